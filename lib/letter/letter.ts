// Renders the site-exception request letter from the template in content/request/letter.yaml and
// the customer's answers. Plain text: the page escapes it when it shows it, the email link encodes
// it, and the download serves it as text/plain. Pure: the date is passed in.
import type { IspEntry } from '../content/isps';
import { type letterPlaceholders, type LetterTemplate } from '../content/schema';
import { factWords } from '../vocabulary/words';
import type { kindsOfMail, LetterRequest } from './form';

type LetterValues = Record<(typeof letterPlaceholders)[number], string>;

export type Letter = { subject: string; text: string };

export const kindWords = {
  transactional: 'transactional messages (orders, receipts, password resets)',
  internal: 'internal notifications',
  correspondence: 'everyday business correspondence',
  newsletters: 'newsletters to subscribers who asked for them',
} satisfies Record<(typeof kindsOfMail)[number], string>;

function listWords(items: ReadonlyArray<string>): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

function fill(text: string, values: LetterValues): string {
  return text.replace(/\{\{([a-zA-Z]+)\}\}/g, (whole, name: string) =>
    name in values ? values[name as keyof LetterValues] : whole,
  );
}

export function letterValues(request: LetterRequest, isp: IspEntry | undefined): LetterValues {
  const relayHosts = request.relayHosts.split(/[\s,;]+/).filter(Boolean);
  return {
    business: request.business,
    contact: request.contact,
    email: request.email,
    phoneSuffix: request.phone ? ` or on ${request.phone}` : '',
    account: request.account,
    address: request.address
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean)
      .join(', '),
    ispName: isp?.name ?? request.ispName,
    connection: factWords.connection[request.connection].name,
    ip: request.ip,
    hostname: request.hostname.toLowerCase(),
    // In the customer's own words to the ISP: the product's full name, or no name for "something else".
    server: [
      request.server === 'other-server' ? 'mail server software' : factWords.server[request.server].label,
      request.serverVersion,
    ]
      .filter(Boolean)
      .join(' '),
    volume: request.volume.toLocaleString('en'),
    kinds: listWords(request.kinds.map((k) => kindWords[k])),
    relayHosts: listWords(relayHosts.map((h) => h.toLowerCase())),
    justification: request.justification,
  };
}

export function renderLetter(
  template: LetterTemplate,
  request: LetterRequest,
  isp: IspEntry | undefined,
  date: string,
): Letter {
  const values = letterValues(request, isp);
  const conditions: Record<string, string> = {
    hasAccount: request.account ? 'yes' : 'no',
    hasAssurances: request.assurances.length > 0 ? 'yes' : 'no',
    destinations: request.destinations,
    ptr: request.ptr,
  };
  const hasRoute = (isp?.exception.routes.length ?? 0) > 0;
  const parts: Array<string> = [date, fill(hasRoute ? template.greeting.route : template.greeting.generic, values)];
  for (const p of template.paragraphs) {
    if (p.when && !Object.entries(p.when).every(([key, value]) => conditions[key] === value)) {
      continue;
    }
    const lines = [fill(p.text, values)];
    if (p.list === 'assurances') {
      lines.push(...request.assurances.map((a) => `- ${fill(template.assurances[a], values)}`));
    }
    parts.push(lines.join('\n'));
  }
  const addressLines = request.address
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n');
  parts.push(fill(template.closing, { ...values, address: addressLines }));
  return { subject: fill(template.subject, values), text: `${parts.join('\n\n')}\n` };
}

/** Longest mailto: link we build; longer ones break in some mail programs and browsers. */
export const maxMailtoLength = 1900;

/**
 * A mailto: link with the letter. Everything is percent-encoded, so no answer can add a header;
 * a letter too long for a link is cut at a paragraph with a note to paste the rest.
 */
export function mailtoLink(
  to: string,
  letter: Letter,
  note = '\n\n[The letter is longer than an email link allows: please paste the full text from the page.]',
): string {
  const base = `mailto:${encodeURIComponent(to).replace(/%40/g, '@')}?subject=${encodeURIComponent(letter.subject)}&body=`;
  let body = letter.text;
  if ((base + encodeURIComponent(body)).length > maxMailtoLength) {
    const paragraphs = letter.text.split('\n\n');
    while (
      paragraphs.length > 1 &&
      (base + encodeURIComponent(paragraphs.join('\n\n') + note)).length > maxMailtoLength
    ) {
      paragraphs.pop();
    }
    body = paragraphs.join('\n\n') + note;
    if ((base + encodeURIComponent(body)).length > maxMailtoLength) {
      body = note.trim();
    }
  }
  return base + encodeURIComponent(body);
}
