import type { Metadata } from 'next';

import { getSiteConfig } from '@/lib/content';

export const metadata: Metadata = {
  title: 'What this site records',
  description: 'Exactly what the help site counts to improve its answers, and what it never records.',
  alternates: { canonical: '/privacy' },
};

export default async function PrivacyPage() {
  const config = await getSiteConfig();
  return (
    <div className="prose">
      <h1>What this site records</h1>
      <p className="lead">
        {config.name} counts how its help is used, so that it can fix the answers that do not help. It counts; it does
        not follow anyone.
      </p>
      <h2 id="recorded">What is counted</h2>
      <p>Each of these adds one to a count for the day, and nothing else:</p>
      <ul>
        <li>
          An answer reached, and the answers you chose on the way (which mail program, which symptom, which internet
          provider: the choices on the buttons, never anything typed).
        </li>
        <li>Each troubleshooter question shown and answered, to see where people give up.</li>
        <li>
          Your &ldquo;Did this solve it?&rdquo; vote, and the reason you tapped if it did not, and whether you followed
          &ldquo;I still need help&rdquo;.
        </li>
        <li>
          A search that found nothing: its words, cut to 64 characters, after anything that looks like an email address,
          a phone number or an IP address is removed.
        </li>
        <li>
          The kind of error a pasted message was recognised as (for example &ldquo;port 25 blocked&rdquo;), never the
          message.
        </li>
        <li>Whether the chat understood a message you typed, never the message.</li>
        <li>That a request letter was prepared, and for which internet provider; never what is in it.</li>
      </ul>
      <h2 id="never">What is never recorded</h2>
      <ul>
        <li>Your IP address, your browser (its user agent), or any cookie or other identifier for you.</li>
        <li>
          Anything you type or paste, apart from the scrubbed words of a search that found nothing. Pasted errors, chat
          messages and the details in a request letter are read to answer you and then forgotten.
        </li>
      </ul>
      <p>
        Because only daily counts are kept, nothing recorded can tell one visitor from another, or put one
        person&rsquo;s steps back together. To stop one person from voting many times, a vote is checked against a
        scrambled form of the address it came from (a hash under a secret that changes every day); that is kept in the
        server&rsquo;s memory for the day only, never written down, and then thrown away.
      </p>
      <p>
        The counts are kept for a limited time (400 days, unless the ESP sets another period) and then deleted
        automatically. Only the ESP&rsquo;s support staff can see them.
      </p>
    </div>
  );
}
