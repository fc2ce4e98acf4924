// Where a message names a value: the vocabulary's phrases, the answers to the question on screen,
// and phrase families whose words stand apart. Then what the words around each mention say: a
// longer phrase over a shorter one, a denial, a server named as where mail goes.
import type { FactName } from '../vocabulary/facts';
import type { Word } from '../vocabulary/normalise';
import { deniedAt, denials, near, precededBy, spanBefore } from './context';
import { familyMentions } from './families';
import { findIndexed, indexPatterns, range, type Span } from './phrases';
import type { Language, Phrase, Reader } from './reader';

export type Mention = Span & {
  fact: FactName;
  value: string;
  weak: boolean;
  /** An answer to the question on screen ("yes", "none", an option's label), not a phrase read anywhere. */
  answer: boolean;
  /** The words the mention is made of (a family's words, not the ones between them). */
  covered: ReadonlySet<number>;
  /** A family's words belong to it alone: no other fact is read from them. */
  claims?: boolean;
  /** A web host's name (lib/vocabulary/words/network.ts webHosts). */
  host?: boolean;
  /** A hosting control panel's name (lib/vocabulary/words/network.ts hostingPanels). */
  panel?: boolean;
  /** Read by a phrase family, whose words already say where they stand ("smtp to the other mail servers"). */
  family?: boolean;
};

export type Asked = { fact: FactName; options: ReadonlyArray<{ id: string; label: string }> };

function phraseMentions(words: ReadonlyArray<Word>, reader: Reader, asked: Asked | undefined): Array<Mention> {
  const mention = (m: Span & { item: Phrase }, answer: boolean): Mention => ({
    start: m.start,
    end: m.end,
    ...m.item,
    answer,
    covered: range(m.start, m.end),
  });
  // A name inside a hyphenated host name ("outlook-com.olc.protection.outlook.com") is part of an
  // address, not a program or a provider named.
  const inHost = (m: Span) => {
    for (let i = m.end; i < words.length && words[i]?.hyphened; i++) {
      if (words[i]?.text.includes('.')) {
        return true;
      }
    }
    return false;
  };
  const found = findIndexed(reader.phrases, words)
    .filter((m) => !((m.item.fact === 'client' || m.item.fact === 'isp') && inHost(m)))
    .map((m) => mention(m, false));
  // A host under an ISP's domain ("smtp.blueyonder.co.uk", "mail.bigpond.com") names that ISP.
  // A hyphen splits a host into words ("smtp.t-online.de" is "smtp.t", "online.de"): read them joined.
  words.forEach((w, at) => {
    let end = at + 1;
    let host = w.text;
    while (words[end]?.hyphened) {
      host += ` ${words[end]?.text ?? ''}`;
      end += 1;
    }
    for (let dot = host.indexOf('.'); dot >= 0; dot = host.indexOf('.', dot + 1)) {
      const value = reader.ispDomains.get(host.slice(dot + 1));
      if (value !== undefined) {
        found.push(mention({ start: at, end, item: { fact: 'isp', value, weak: false } }, false));
        break;
      }
    }
  });
  if (asked) {
    const own = reader.answers.get(asked.fact);
    const options = indexPatterns(
      asked.options.flatMap((o) => {
        const item: Phrase = { fact: asked.fact, value: o.id, weak: false };
        return [[o.label, item] as const, [o.id.replace(/-/g, ' '), item] as const];
      }),
    );
    // "yes", "none", "25": an answer when the message is a short reply or starts with it.
    const replying = (m: Span) =>
      words.length <= 8 || words[m.start - 1]?.sentence !== words[m.start]?.sentence || m.start === 0;
    found.push(
      ...(own
        ? findIndexed(own, words)
            .filter(replying)
            .map((m) => mention(m, true))
        : []),
      ...findIndexed(options, words).map((m) => mention(m, true)),
    );
  }
  return found;
}

/** "Sky is my provider", "the internet at the house is spectrum": a copula beside the name, a provider word a few words on. */
function namedByCopula(
  words: ReadonlyArray<Word>,
  m: Mention,
  copulas: ReadonlySet<string>,
  providerNear: ReadonlyArray<Span>,
): boolean {
  const copula = words[m.end];
  // "the internet at the house is spectrum": a provider word, then the copula right before the name
  const before = words[m.start - 1];
  return (
    (copula !== undefined &&
      copula.sentence === words[m.start]?.sentence &&
      copulas.has(copula.text) &&
      providerNear.some(
        (s) => s.start > m.end && s.start - m.end <= 3 && words[s.start]?.sentence === copula.sentence,
      )) ||
    (before !== undefined &&
      before.sentence === words[m.start]?.sentence &&
      copulas.has(before.text) &&
      providerNear.some(
        (s) => s.end < m.start && m.start - 1 - s.end <= 4 && words[s.start]?.sentence === before.sentence,
      ))
  );
}

const contains = (outer: Mention, inner: Mention) =>
  outer.covered.size > inner.covered.size && [...inner.covered].every((i) => outer.covered.has(i));

export type Found = { mentions: Array<Mention>; denied: Array<Mention> };

/** Every mention the words around it leave standing, and those a denial turned around. */
export function findMentions(
  words: ReadonlyArray<Word>,
  reader: Reader,
  language: Language,
  asked: Asked | undefined,
): Found {
  const u = reader.understanding;
  const providerNear = reader.find(reader.providerNear, words);
  const copulas = reader.words(u.provider.copulas);
  const textOf = (m: Span) =>
    words
      .slice(m.start, m.end)
      .map((w) => w.text)
      .join(' ');
  // An ISP name that is an everyday word counts when written as a name, next to a provider word, or
  // as a sentence of its own ("optimum. outlook won't send").
  const alone = (m: Span) => words.filter((w) => w.sentence === words[m.start]?.sentence).length === m.end - m.start;
  const raw = phraseMentions(words, reader, asked).filter(
    (m) =>
      m.fact !== 'isp' ||
      !reader.ambiguousIsps.has(textOf(m)) ||
      words.slice(m.start, m.end).some((w) => w.name) ||
      alone(m) ||
      near(words, m, providerNear) ||
      namedByCopula(words, m, copulas, providerNear),
  );
  const ispSentences = new Set([
    ...raw.filter((m) => m.fact === 'isp').map((m) => words[m.start]?.sentence ?? -1),
    ...reader.find(u.provider.names, words).map((s) => words[s.start]?.sentence ?? -1),
  ]);
  const families = familyMentions(words, reader, language, ispSentences);
  // Some families read their words as one statement ("works … on my phone"), so no other fact is
  // read from them; among phrases, the longer wins ("new outlook" over "outlook").
  const phrases = raw.filter(
    (m) =>
      !families.some(
        (f) => f.claims && (f.fact !== m.fact || f.value !== m.value) && [...m.covered].some((i) => f.covered.has(i)),
      ),
  );
  const all = [...phrases, ...families];
  // A family that does not claim its words leaves the other facts read from them standing
  // ("bounced for our IP" is a bounce and a server that delivers).
  const standing = all.filter(
    (m) => !all.some((o) => contains(o, m) && (!o.family || o.claims === true || o.fact === m.fact)),
  );
  const answers = standing.filter((m) => m.answer);
  const cues = denials(reader, language, 'before');
  const fillers = reader.words(u.negation.fillers);
  const quantifiers = reader.words(u.negation.quantifiers);
  const moveWords = reader.words(u.former.moves);
  // "switched to the new Outlook", "me pasé al nuevo Outlook": a move to it, not mail going to it
  const towards = reader
    .find(u.towards.words, words)
    .filter((s) => !precededBy(words, s.start, moveWords, 2) && !moveWords.has(words[s.start]?.text ?? ''));
  const targets = new Set(u.towards.facts);
  const except = reader.find(u.towards.except, words);
  const using = reader.words(u.towards.using);
  const own = reader.find(u.towards.own, words);
  const sameClause = (a: Span, b: Span) => words[a.start]?.clause === words[b.start]?.clause;
  const hostMail = reader.find(u.hostMail, words);
  const programMail = reader.find(u.programMail, words);
  const mailboxAfter = (m: Mention, list: ReadonlyArray<Span>) =>
    list.some((h) => h.start === m.end && words[h.start]?.clause === words[m.start]?.clause);
  const formerFrom = reader.words(u.former.from);
  const formerFromTo = reader.words(u.former.fromTo);
  const formerTo = reader.words(u.former.to);
  // "we left Comcast", "on a quitté Vidéotron", "deixei a Vivo": the provider right after the verb
  const leftVerbs = reader.find(u.former.left, words);
  const leftBy = (m: Mention) =>
    leftVerbs.some(
      (v) => v.end <= m.start && m.start - v.end <= 1 && words[v.start]?.clause === words[m.start]?.clause,
    );
  const left = (m: Mention) =>
    precededBy(words, m.start, formerFrom, 2) ||
    (precededBy(words, m.start, formerFromTo, 2) &&
      words.slice(m.end, m.end + 3).some((w) => w.clause === words[m.start]?.clause && formerTo.has(w.text)));
  const moves = reader.find(u.former.moves, words);
  const foreignTo = new Set(
    Object.entries(u.provider.recipients.onlyIn)
      .filter(([l]) => l !== language)
      .flatMap(([, list]) => [...reader.words(list ?? [])]),
  );
  const recipientsBefore = new Set([...reader.words(u.provider.recipients.before)].filter((w) => !foreignTo.has(w)));
  const recipientsAfter = reader.words(u.provider.recipients.after);
  // "to a Comcast address", "a direcciones de Movistar": the noun after the name, or before it
  // with "of" between, says the provider is the recipient's.
  // A provider's mail domain after "to" is an address too: "everything to comcast.net bounces"
  // (a host in it, "to smtp.comcast.net", is the provider's server, not an address).
  // "mails an t-online kommen zurück", "emails to comcast bounce": mail sent to the provider's users
  const mailNouns = reader.words(u.former.mailbox);
  const mailTo = (m: Mention) =>
    recipientsBefore.has(words[m.start - 1]?.text ?? '') &&
    mailNouns.has(words[m.start - 2]?.text ?? '') &&
    words[m.start - 2]?.clause === words[m.start]?.clause;
  const recipients = (m: Mention) =>
    mailTo(m) ||
    (precededBy(words, m.start, recipientsBefore, 4) &&
      (reader.ispDomains.has(textOf(m)) ||
        words.slice(m.end, m.end + 2).some((w) => w.clause === words[m.start]?.clause && recipientsAfter.has(w.text)) ||
        words
          .slice(Math.max(0, m.start - 3), m.start)
          .some((w) => w.clause === words[m.start]?.clause && recipientsAfter.has(w.text))));
  const formerFacts = new Set(u.former.facts);
  // "we send out thru aws ses": a service of the provider's that mail goes through, not the line
  const services = reader.find(u.provider.services, words);
  // "at my mums on her bt": someone else's line
  const others = reader.words(u.provider.others);
  // "vaultwarden in docker on my home server": an app named, then the server it runs on
  const runsOn = reader.find(u.towards.runsOn, words);
  const apps = standing.filter((a) => a.fact === 'sender' && a.value === 'app' && !a.answer);
  const hostOfApp = (m: Mention) =>
    m.fact === 'sender' &&
    m.value === 'direct-server' &&
    // ("on our own server": the words may run into the server's phrase)
    runsOn.some((r) => r.start < m.start && m.start <= r.end && sameClause(r, m)) &&
    apps.some((a) => a.end <= m.start && words[a.start]?.sentence === words[m.start]?.sentence);
  // "the helpdesk told me to try 587", "the app password": an app's name that is no sender
  const speech = reader.find(u.notSender.speech, words);
  const notAppAfter = reader.find(u.notSender.after, words);
  const noSender = (m: Mention) =>
    m.fact === 'sender' &&
    m.value === 'app' &&
    !m.family &&
    (speech.some((s) => s.start >= m.end && s.start - m.end <= 2 && sameClause(s, m)) ||
      notAppAfter.some((s) => s.start === m.end && sameClause(s, m)));
  // "not bell anymore": "anymore" right after a provider's name is the provider left, not a stop
  // (only those words: "chez free partent plus" is the mail that stopped going)
  const ispSpans = standing.filter((m) => m.fact === 'isp');
  const leftWords = reader.words(u.former.after);
  const leftProvider = (m: Mention) =>
    m.fact === 'symptom' &&
    m.value === 'stopped-recently' &&
    !m.family &&
    leftWords.has(textOf(m)) &&
    ispSpans.some((i) => i.end === m.start && sameClause(i, m));
  const mentions: Array<Mention> = [];
  const denied: Array<Mention> = [];
  for (const m of standing) {
    if (noSender(m) || leftProvider(m)) {
      continue;
    }
    if (!m.answer && answers.some((a) => a.fact !== m.fact && a.start < m.end && m.start < a.end)) {
      continue; // the words answer the question on screen
    }
    if (deniedAt(words, m.start, cues, fillers, quantifiers)) {
      denied.push(m);
      continue;
    }
    if (m.host && mailboxAfter(m, hostMail)) {
      continue; // "my GoDaddy email": the mailbox provider, not where the sender runs
    }
    if (m.fact === 'client' && !m.answer && mailboxAfter(m, programMail)) {
      continue; // "an Outlook account": the mailbox, not the program that sends
    }
    if (
      formerFacts.has(m.fact) &&
      (leftBy(m) ||
        (left(m) &&
          moves.some((s) => words[s.start]?.clause === words[m.start]?.clause && Math.abs(s.start - m.start) <= 10)))
    ) {
      continue; // "moved from Comcast to Verizon", "we left Comcast": the provider left behind
    }
    if (m.fact === 'isp' && !m.answer && recipients(m)) {
      continue; // the recipient's mailbox provider, not the customer's line
    }
    if (m.fact === 'isp' && !m.answer && (mailboxAfter(m, services) || precededBy(words, m.start, others, 2))) {
      continue; // a service mail goes through ("aws ses"), or someone else's line ("her bt")
    }
    if (hostOfApp(m)) {
      continue; // where the app runs, not what sends
    }
    // "can't send through Outlook": the program used, not where mail goes
    const usedProgram = m.fact === 'client' && precededBy(words, m.start, using, 1);
    // "through my own postfix", "über unseren Exim": the customer's own mail server software
    const ownServer =
      m.fact === 'server' && m.value !== 'other-server' && own.some((o) => o.end === m.start && sameClause(o, m));
    const place = !usedProgram && !ownServer && (targets.has(m.fact) || targets.has(`${m.fact}.${m.value}`));
    const always = except.some((e) => e.start === m.start && e.end === m.end);
    if (place && !always && !m.family && spanBefore(words, m.start, towards)) {
      continue;
    }
    mentions.push(m);
  }
  return { mentions, denied };
}
