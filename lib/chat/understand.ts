// What a customer typed into the chat, read by rules: the vocabulary's phrases for every fact
// (lib/vocabulary/words/), the ISP directory's names, content/chat/understanding.yaml's families
// and word lists, port numbers with the words around them, and pasted errors through the
// classifier. Pure. It never guesses: a fact is taken only when the message states one value.
import type { IspEntry } from '../content/isps';
import type { Understanding } from '../content/schema';
import { classify, deliveryTarget, type Classifier } from '../diagnose/classify';
import { factValues, otherIsp, type FactName, type Facts } from '../vocabulary/facts';
import { readWords, type Word } from '../vocabulary/normalise';
import { correctWords, expandShorthand } from './spelling';
import { guessLanguage, movedTo, splitClauses } from './context';
import { findMentions, type Asked, type Mention } from './mentions';
import type { Span } from './phrases';
import { gluedPorts, readPort, readPortTests, spelledPorts, tlsMentions } from './ports';
import { readerFor, type Reader } from './reader';

export type Heard = { fact: FactName; value: string };

export type Reading = {
  /** Facts read from the text: new ones, and specific values for vague ones already known. */
  facts: Facts;
  heard: Array<Heard>;
  /** Set when the text read as a pasted error message. */
  diagnosis?: string | undefined;
};

export type UnderstandContext = {
  understanding: Understanding;
  isps: ReadonlyArray<IspEntry>;
  classifier: Classifier;
};

/** The one value the mentions of a fact name: alone, or first in the fact's order of preference. */
function choose(fact: FactName, mentions: ReadonlyArray<Mention>, reader: Reader): string | undefined {
  const own = mentions.filter((m) => m.fact === fact);
  const strong = own.filter((m) => !m.weak);
  const values = [...new Set((strong.length > 0 ? strong : own).map((m) => m.value))];
  if (values.length <= 1) {
    return values[0];
  }
  const prefer = reader.understanding.prefer[fact];
  return prefer?.find((v) => values.includes(v));
}

/**
 * Does the message name two places a program runs, joined ("in Outlook or on my phone", "my iPhone
 * and my Mac")? Then it names no one program and no one system.
 */
function twoDevices(words: ReadonlyArray<Word>, mentions: ReadonlyArray<Mention>, reader: Reader): boolean {
  const joins = reader.words(reader.understanding.devices.joins);
  const places = [
    ...mentions.filter((m) => m.fact === 'client' && !m.answer).map((m) => ({ ...m, key: m.value })),
    ...reader.find(reader.understanding.devices.names, words).map((s) => ({
      ...s,
      key: words
        .slice(s.start, s.end)
        .map((w) => w.text)
        .join(' '),
    })),
  ].sort((a, b) => a.start - b.start);
  return places.some((a, i) => {
    const b = places[i + 1];
    return (
      b !== undefined &&
      a.key !== b.key &&
      a.end <= b.start &&
      b.start - a.end <= 4 &&
      words[a.start]?.sentence === words[b.start]?.sentence &&
      words.slice(a.end, b.start).some((w) => joins.has(w.text))
    );
  });
}

/**
 * Does the text look like something a program, a server or a test printed? An SMTP reply code's
 * second digit is 0 to 5 (RFC 5321, 4.2.1), so the ports 465 and 587 in "they block 25 and 465"
 * are not read as replies.
 */
function looksLikeError(raw: string): boolean {
  return (
    raw.length > 30 &&
    /\b[245][0-5]\d[ -]|\b[245]\.\d\.\d|0x[0-9a-f]{8}|error|exception|failed|timed out|refused/i.test(raw)
  );
}

/**
 * Two names of one provider: a name the directory lists and one it does not, the same words
 * ("freebox", listed and among the unlisted) or joined by a word that renames ("TalkTalk (used to
 * be Tiscali)", "Odido, formerly T-Mobile Thuis", "Tiscali (TalkTalk now)"). The listed one is the provider.
 */
function renamedIsp(words: ReadonlyArray<Word>, mentions: ReadonlyArray<Mention>, reader: Reader): string | undefined {
  const isps = mentions.filter((m) => m.fact === 'isp' && !m.answer);
  const listed = isps.filter((m) => m.value !== otherIsp);
  const [first] = listed;
  if (first === undefined || listed.some((m) => m.value !== first.value)) {
    return undefined;
  }
  const renames = reader.find(reader.understanding.former.renamed, words);
  const sameProvider = (other: Mention) =>
    listed.some((m) => {
      if (m.start < other.end && other.start < m.end) {
        return true;
      }
      const [a, b] = m.start < other.start ? [m, other] : [other, m];
      // the renaming word between the names, or right after the second: "Tiscali (TalkTalk now)"
      return (
        words[a.start]?.sentence === words[b.start]?.sentence &&
        b.start - a.end <= 4 &&
        renames.some(
          (r) =>
            (a.end <= r.start && r.end <= b.start) ||
            (r.start === b.end && words[r.start]?.sentence === words[b.start]?.sentence),
        )
      );
    });
  return isps.filter((m) => m.value === otherIsp).every(sameProvider) ? first.value : undefined;
}

/**
 * Two providers named, one of them as a mailbox ("on AT&T at the office, my Road Runner mail",
 * "my Comcast email from the Verizon line"): the other is the line.
 */
function lineIsp(words: ReadonlyArray<Word>, mentions: ReadonlyArray<Mention>, reader: Reader): string | undefined {
  const isps = mentions.filter((m) => m.fact === 'isp' && !m.answer && m.value !== otherIsp);
  const mail = reader.find(reader.understanding.hostMail, words);
  const mailbox = (m: Mention) => {
    const next = words[m.end]?.text === 's' ? m.end + 1 : m.end;
    return mail.some((h) => h.start === next && words[h.start]?.clause === words[m.start]?.clause);
  };
  const boxes = new Set(isps.filter(mailbox).map((m) => m.value));
  const lines = new Set(isps.filter((m) => !boxes.has(m.value)).map((m) => m.value));
  const [line] = lines;
  return boxes.size > 0 && lines.size === 1 ? line : undefined;
}

/**
 * "my email is (hosted) with GoDaddy": where a mailbox noun and a copula stand within `reach` words
 * before a name in its part of the sentence, the copula's place; the name is then the mailbox's.
 */
function mailboxCopula(words: ReadonlyArray<Word>, m: Mention, reader: Reader, reach: number): number | undefined {
  const copulas = reader.words(reader.understanding.provider.copulas);
  const nouns = reader.words(reader.understanding.former.mailbox);
  const clause = words[m.start]?.clause;
  for (let j = m.start - 1; j >= Math.max(1, m.start - reach) && words[j]?.clause === clause; j--) {
    if (copulas.has(words[j]?.text ?? '') && nouns.has(words[j - 1]?.text ?? '')) {
      return j;
    }
  }
  return undefined;
}

/**
 * Several providers named, the message not saying which is the line: one named as had before ("it
 * was with TalkTalk until last month", "att fiber now, was comcast before", "my old Shaw
 * connection") or as where the mailbox is ("my email is hosted with GoDaddy", "her email is
 * actually with BT", "my sympatico address") is not the line, and "hosted" said of the mailbox is no
 * hosting. The others stand.
 */
function lineHistory(words: ReadonlyArray<Word>, mentions: ReadonlyArray<Mention>, reader: Reader): Array<Mention> {
  const isps = mentions.filter((m) => m.fact === 'isp' && !m.answer);
  if (new Set(isps.map((m) => m.value)).size < 2) {
    return [...mentions];
  }
  const u = reader.understanding;
  const clause = (at: number) => words[at]?.clause;
  const before = reader.find(u.former.before, words);
  const after = reader.find(u.former.after, words);
  const mail = reader.find([...u.hostMail, ...u.programMail], words);
  const had = (m: Mention) =>
    // (the words may run into the name's own: "chez free" is a name, "étais chez" a history word)
    before.some(
      (s) => s.start < m.start && s.end <= m.end && m.start - s.end <= 1 && clause(s.start) === clause(m.start),
    ) || after.some((s) => s.start >= m.end && s.start - m.end <= 1 && clause(s.start) === clause(m.start));
  // the copula of "my email is (hosted) with GoDaddy", when the name is a mailbox's
  const mailboxAt = (m: Mention): number | undefined => {
    const next = words[m.end]?.text === 's' ? m.end + 1 : m.end;
    if (mail.some((h) => h.start === next && clause(h.start) === clause(m.start))) {
      return m.start;
    }
    return mailboxCopula(words, m, reader, 5);
  };
  const gone = isps.filter((m) => had(m) || mailboxAt(m) !== undefined);
  if (gone.length === 0 || new Set(isps.filter((m) => !gone.includes(m)).map((m) => m.value)).size !== 1) {
    return [...mentions];
  }
  const boxes = gone.flatMap((m) => {
    const at = mailboxAt(m);
    return at === undefined ? [] : [{ start: at, end: m.end }];
  });
  return mentions.filter(
    (m) =>
      !gone.includes(m) &&
      !(m.fact === 'connection' && m.value === 'cloud' && boxes.some((b) => b.start <= m.start && m.end <= b.end)),
  );
}

/**
 * "telnet … 25 just hangs", "nc to gmail prints nothing": what follows a test command in its part
 * of the sentence is the test's result (t25, t587, …), not the error the customer's program shows.
 */
function testResults(words: ReadonlyArray<Word>, mentions: ReadonlyArray<Mention>, reader: Reader): Array<Mention> {
  const commands = reader.find(reader.understanding.portTests.commands, words);
  return mentions.filter(
    (m) =>
      !(
        m.fact === 'symptom' &&
        !m.family &&
        (m.value === 'timeout' || m.value === 'refused') &&
        commands.some((c) => c.end <= m.start && words[c.start]?.clause === words[m.start]?.clause)
      ),
  );
}

/**
 * A pasted log that shows a connection to a recipient's mail server ("connect to
 * mx.example.net[192.0.2.1]:25") shows a server that delivers itself: the sender when none is
 * named, and over an app that hands its mail to a mail server the message names ("the wordpress
 * sites on my vps … sendmail … stat=Deferred … aspmx.l.google.com"). A recipient's MX named
 * without the connection counts only beside a mail server: a bounce names one too.
 */
function deliversItself(raw: string, read: Facts, mentions: ReadonlyArray<Mention>, classifier: Classifier): boolean {
  if (read.sender !== undefined && read.sender !== 'app') {
    return false;
  }
  const serverNamed = mentions.some((m) => m.fact === 'sender' && m.value === 'direct-server');
  const target = deliveryTarget(raw, classifier);
  return target !== undefined && (serverNamed || (read.sender === undefined && target.logged));
}

/**
 * "We moved to fibre last week", "switched to Verizon": the line or provider moved to is the one
 * now, over any other the message names ("the relay only takes their own DSL range").
 */
function currentLine(words: ReadonlyArray<Word>, mentions: ReadonlyArray<Mention>, reader: Reader): Array<Mention> {
  const facts = new Set<string>(reader.understanding.former.facts);
  const now = mentions.filter((m) => facts.has(m.fact) && !m.answer && movedTo(words, m.start, reader));
  const moved = new Set(now.map((m) => m.fact));
  return mentions.filter((m) => !moved.has(m.fact) || now.includes(m));
}

/**
 * "uverse at the front desk … sends fine at home on Spectrum", "fibra de Movistar … desde el móvil
 * con datos sí sale": a provider or a line named in the part of a sentence where mail works is the
 * other place's, not the one that fails, when the message names another.
 */
function failingPlace(words: ReadonlyArray<Word>, mentions: ReadonlyArray<Mention>): Array<Mention> {
  const places = mentions.filter((m) => m.fact === 'symptom' && m.value === 'works-elsewhere' && m.family === true);
  const clauses = new Set(places.flatMap((m) => [...m.covered].map((i) => words[i]?.clause)));
  const elsewhere = (m: Mention) =>
    (m.fact === 'isp' || m.fact === 'connection') &&
    !m.answer &&
    (clauses.has(words[m.start]?.clause) || places.some((p) => [...m.covered].some((i) => p.covered.has(i))));
  return mentions.filter(
    (m) => !elsewhere(m) || !mentions.some((o) => o.fact === m.fact && !o.answer && !elsewhere(o)),
  );
}

/**
 * Encryption as a settings screen shows it: "ssl yes tls no" (a value followed by an "off" word is
 * denied), and encryption words that are no setting: part of an error ("ssl handshake failed",
 * "could not parse tls headers") or of a list of tries ("tried starttls, force_tls and off").
 */
function encryptionSettings(
  words: ReadonlyArray<Word>,
  mentions: ReadonlyArray<Mention>,
  reader: Reader,
): { kept: Array<Mention>; off: Array<Mention> } {
  const { encryption, ports } = reader.understanding;
  const off = reader.words(encryption.off);
  const errors = reader.find(encryption.errors, words);
  const tried = reader.find(ports.tried, words);
  const sameClause = (at: number, m: Mention) => words[at]?.clause === words[m.start]?.clause;
  // "tls no error", "ssl off problem": the "off" word begins something else
  const isOff = (m: Mention) =>
    sameClause(m.end, m) &&
    off.has(words[m.end]?.text ?? '') &&
    !errors.some((e) => e.start === m.end + 1 && sameClause(e.start, m));
  const inError = (m: Mention) => errors.some((e) => e.start === m.end && sameClause(e.start, m));
  const wasTried = (m: Mention) =>
    tried.some((t) => t.end <= m.start && m.start - t.end <= 3 && sameClause(t.start, m));
  const tls = mentions.filter((m) => m.fact === 'tls');
  const kept = tls.filter((m) => !isOff(m) && !inError(m) && !wasTried(m));
  // "ssl on tls off": one value set, then another switched off after it in the same part
  const set = kept.filter((m) => m.value !== 'none');
  const one = set.every((m) => m.value === set[0]?.value);
  const switchedOff = (m: Mention) =>
    set.length > 0 && one && m.value === 'none' && set.some((v) => v.end <= m.start && sameClause(v.start, m));
  return { kept: kept.filter((m) => !switchedOff(m)), off: tls.filter(isOff) };
}

/**
 * "a react native app on my ipad", "mi app de ios": an iPhone or iPad named beside an app the
 * customer runs is where the app runs, not iOS Mail.
 */
function appOnDevice(words: ReadonlyArray<Word>, mentions: ReadonlyArray<Mention>): Array<Mention> {
  const apps = mentions.filter((m) => m.fact === 'sender' && m.value === 'app' && !m.weak && !m.answer);
  return mentions.filter(
    (m) =>
      !(
        m.fact === 'client' &&
        m.value === 'ios-mail' &&
        m.weak &&
        apps.some((a) => words[a.start]?.sentence === words[m.start]?.sentence)
      ),
  );
}

function readFacts(raw: string, asked: Asked | undefined, reader: Reader, classifier: Classifier): Facts {
  const typed = readWords(raw.slice(0, 2000));
  const language = guessLanguage(typed, reader);
  const first = correctWords(
    expandShorthand(gluedPorts(typed, reader), reader.understanding.shorthand),
    reader.lexicon,
    language === 'de' || language === 'fr' ? language : undefined,
  );
  const words = splitClauses(spelledPorts(first, reader), reader.understanding, reader);
  const found = findMentions(words, reader, language, asked);
  const denied = found.denied;
  // "status=deferred (connect to …: Connection timed out)": the log's reason, not its queue, is the symptom
  const logFields = reader.find(reader.understanding.logFields, words);
  // "thinking about adding a smarthost", "should I use a relay?": a sender only planned or advised
  // (the words that make a port advice) is not what sends now.
  const planned = reader.find(reader.understanding.ports.advice, words);
  // "tried mobile data and wifi, same thing": a network only tried is not the customer's line
  const tried = reader.find(reader.understanding.ports.tried, words);
  const before = (spans: ReadonlyArray<Span>, m: Mention, reach = 3) =>
    spans.some(
      (p) => p.end <= m.start && m.start - p.end <= reach && words[p.start]?.clause === words[m.start]?.clause,
    );
  const mentions = appOnDevice(
    words,
    lineHistory(
      words,
      currentLine(
        words,
        failingPlace(
          words,
          testResults(words, found.mentions, reader).filter(
            (m) => !(m.fact === 'sender' && before(planned, m)) && !(m.fact === 'connection' && before(tried, m, 6)),
          ),
        ),
        reader,
      ).map((m) => (logFields.some((f) => f.start <= m.start && m.end <= f.end) ? { ...m, weak: true } : m)),
      reader,
    ),
  );
  const answered = mentions.filter((m) => m.answer && m.fact !== 'port');
  // Where the message names a failure (the symptoms that say it works somewhere are no failure).
  const failures = mentions.filter(
    (m) => m.fact === 'symptom' && m.value !== 'works-elsewhere' && m.value !== 'one-device',
  );
  const port = readPort(words, reader, language, asked?.fact === 'port', answered, { failures });
  const portAnswer =
    asked?.fact === 'port' ? mentions.find((m) => m.fact === 'port' && m.answer && m.value === 'unknown') : undefined;
  const encryption = encryptionSettings(words, mentions, reader);
  const tls = tlsMentions(encryption.kept, words, port);
  const read: Facts = {};
  for (const fact of Object.keys(factValues) as Array<FactName>) {
    read[fact] = choose(fact, fact === 'tls' ? tls : mentions, reader);
  }
  const several = read.client !== undefined && twoDevices(words, mentions, reader);
  if (several) {
    read.client = undefined;
    read.os = undefined;
  }
  // Two programs named ("works in Thunderbird, not in K-9") name no one program, but a program sends.
  const programs = mentions.some((m) => m.fact === 'client' && !m.answer);
  if (read.client !== undefined || several || programs) {
    // A named mail program is sent by a program, unless a server or an app is said to send.
    const program: Mention = {
      start: 0,
      end: 0,
      fact: 'sender',
      value: 'program',
      weak: false,
      answer: false,
      covered: new Set(),
    };
    read.sender = choose('sender', [...mentions, program], reader);
  }
  if (deliversItself(raw, read, mentions, classifier)) {
    read.sender = 'direct-server';
  }
  // A port only tested ("telnet … on port 25") is the sending port only for a server that delivers
  // itself, which sends on 25 by nature.
  const tested = reader.find(reader.understanding.portTests.commands, words).length > 0;
  const sending =
    read.sender === 'direct-server' || !tested
      ? port
      : readPort(words, reader, language, asked?.fact === 'port', answered, { tests: false, failures });
  read.port = sending?.value ?? portAnswer?.value;
  // The encryption goes with the port mail is sent on, once a tested port is set aside.
  if (sending !== port) {
    read.tls = choose('tls', tlsMentions(encryption.kept, words, sending), reader);
  }
  // "I'm not using SSL", "sans SSL": no encryption, when nothing else names one.
  if (
    read.tls === undefined &&
    [...denied, ...encryption.off].some((m) => m.fact === 'tls' && (m.value === 'ssl' || m.value === 'starttls'))
  ) {
    read.tls = 'none';
  }
  for (const [p, result] of readPortTests(words, reader)) {
    read[`t${p}` as FactName] ??= result;
  }
  read.isp ??= renamedIsp(words, mentions, reader) ?? lineIsp(words, mentions, reader);
  if (read.isp !== undefined && reader.cloudIsps.has(read.isp)) {
    read.connection ??= 'cloud';
  }
  // A hosting panel beside a mail program is where the mailbox is ("my cPanel email in Outlook",
  // "the webmail from cPanel works but Outlook doesn't"), not the line the program sends from.
  const cloud = mentions.filter((m) => m.fact === 'connection' && m.value === 'cloud');
  // So is a web host beside a mail program ("my mail is at IONOS", "Thunderbird … über meinen
  // Webhoster"), and hosting said of the mailbox ("my email is hosted with GoDaddy").
  const ofMailbox = (m: Mention) => mailboxCopula(words, m, reader, 2) !== undefined;
  if (
    read.connection === 'cloud' &&
    read.sender === 'program' &&
    cloud.length > 0 &&
    cloud.every((m) => m.panel === true || m.host === true || ofMailbox(m)) &&
    (read.isp === undefined || !reader.cloudIsps.has(read.isp))
  ) {
    delete read.connection;
  }
  // A web host the directory lacks, named as where the sender runs: a provider, just not one listed.
  if (read.connection === 'cloud' && mentions.some((m) => m.host === true)) {
    read.isp ??= otherIsp;
  }
  return read;
}

export function understand(raw: string, current: Asked | undefined, known: Facts, context: UnderstandContext): Reading {
  const reader = readerFor(context.understanding, context.isps, context.classifier.rules.esp);
  const vague = reader.understanding.vague;
  const facts: Facts = {};
  const heard: Array<Heard> = [];
  const take = (fact: FactName, value: string | undefined) => {
    const allowed: ReadonlyArray<string> = factValues[fact] ?? [...context.isps.map((i) => i.slug), otherIsp];
    const was = known[fact];
    // A vague answer already given ("no clear error") gives way to a specific one ("it times out").
    const refines = was !== undefined && vague[fact]?.includes(was) === true && !vague[fact]?.includes(value ?? '');
    if (
      value !== undefined &&
      (was === undefined || refines) &&
      value !== was &&
      facts[fact] === undefined &&
      allowed.includes(value)
    ) {
      facts[fact] = value;
      heard.push({ fact, value });
    }
  };
  const read = readFacts(raw, current, reader, context.classifier);
  if (current) {
    take(current.fact, read[current.fact]);
  }
  for (const [fact, value] of Object.entries(read) as Array<[FactName, string | undefined]>) {
    take(fact, value);
  }
  let diagnosis: string | undefined;
  if (looksLikeError(raw)) {
    const result = classify(raw, context.classifier);
    if (result.diagnosis !== 'unknown' && result.confidence >= 0.5) {
      diagnosis = result.diagnosis;
      for (const [fact, value] of Object.entries(result.implied)) {
        if (read[fact as FactName] === undefined) {
          take(fact as FactName, value);
        }
      }
    }
  }
  return { facts, heard, ...(diagnosis ? { diagnosis } : {}) };
}
