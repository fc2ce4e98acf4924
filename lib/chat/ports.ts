// The port a message says mail is sent on, the encryption set with it, and what a port test
// showed. Numbers are read with the words around them: a port denied ("not 25"), only tried
// ("tried 25 too") or said to work ("587 works") is not the one that fails.
import type { Word } from '../vocabulary/normalise';
import { deniedAt, denials, movedTo, toBefore, verbDenied } from './context';
import type { Mention } from './mentions';
import type { Span } from './phrases';
import type { Language, Reader } from './reader';

type PortAt = { value: string; at: number };

/** How many words from a port a "works" word may stand and still speak for it ("465 with SSL works"). */
const worksReach = 4;

/**
 * Numbers written as words read as the port they make: "port five eight seven" is port 587,
 * "twenty-five" is 25. A run of digit words (one part of a sentence, nothing between) counts only
 * when it makes a port the chat reads, so "one or two" stays words.
 */
export function spelledPorts(words: ReadonlyArray<Word>, reader: Reader): Array<Word> {
  const { spelled, numbers } = reader.understanding.ports;
  const found = Object.entries(spelled)
    .flatMap(([digits, list]) => reader.find(list, words).map((s) => ({ ...s, digits })))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const ports = new Set(numbers);
  const out: Array<Word> = [];
  let at = 0;
  while (at < words.length) {
    let run = found.filter((s) => s.start === at).slice(0, 1);
    for (let next = run[0]; next !== undefined;) {
      const end = next.end;
      next = found.find((s) => s.start === end && words[s.start]?.clause === words[at]?.clause);
      if (next !== undefined) {
        run = [...run, next];
      }
    }
    // the longest run, from its start, that makes a port
    const made = run
      .map((_, n) => run.slice(0, n + 1))
      .reverse()
      .find((r) => ports.has(r.map((s) => s.digits).join('')));
    const word = words[at];
    if (made !== undefined && word !== undefined) {
      out.push({ ...word, text: made.map((s) => s.digits).join('') });
      at = made.at(-1)?.end ?? at + 1;
    } else if (word !== undefined) {
      out.push(word);
      at += 1;
    }
  }
  return out;
}

/**
 * A port number typed glued to the word before it or after it, as on a phone: "port587", "on465",
 * "porta465", "465ssl". Such a word is read as two words when its number is a port the chat reads
 * and the rest is letters (two or more), so "office365", "win10" or "0x800ccc0f" stay one word.
 */
export function gluedPorts(words: ReadonlyArray<Word>, reader: Reader): Array<Word> {
  const ports = reader.understanding.ports.numbers;
  return words.flatMap((w): Array<Word> => {
    const before = /^([a-z]{2,})(\d+)$/.exec(w.text);
    if (before?.[1] !== undefined && before[2] !== undefined && ports.includes(before[2])) {
      return [
        { ...w, text: before[1] },
        { ...w, text: before[2], name: false },
      ];
    }
    const after = /^(\d+)([a-z]{2,})$/.exec(w.text);
    if (after?.[1] !== undefined && after[2] !== undefined && ports.includes(after[1])) {
      return [
        { ...w, text: after[1] },
        { ...w, text: after[2], name: false },
      ];
    }
    return [w];
  });
}

const spanText = (words: ReadonlyArray<Word>, s: Span) =>
  words
    .slice(s.start, s.end)
    .map((w) => w.text)
    .join(' ');

function inClause(spans: ReadonlyArray<Span>, words: ReadonlyArray<Word>, at: number): boolean {
  return spans.some((s) => words[s.start]?.clause === words[at]?.clause);
}

/**
 * The one port the message sends on, if it names exactly one that is not denied, tried or
 * working; of two, the one not said to be the provider's block ("Comcast blocks 25, so my relay
 * is on 587"). Numbers inside the answer to another question ("No, it can only use port 25") are that
 * answer. Without `tests`, a port after a test command in its sentence ("telnet to my
 * server on port 25 times out") is the test's, not the one mail is sent on. A "works" word counts
 * only where no failure (`failures`: where the message names an error) stands in its part of the
 * sentence: "my server sends on port 25 and times out" names the failing port.
 */
export function readPort(
  words: ReadonlyArray<Word>,
  reader: Reader,
  language: Language,
  asked: boolean,
  answered: ReadonlyArray<Span>,
  { tests = true, failures = [] }: { tests?: boolean; failures?: ReadonlyArray<Span> } = {},
): PortAt | undefined {
  const { ports, negation } = reader.understanding;
  const cues = reader.words(ports.cues);
  const numbers = reader.words(ports.numbers);
  const needsCue = reader.words(ports.needsCue);
  const counted = reader.words(ports.counted);
  const verbs = denials(reader, language, 'verbs');
  const after = reader.words(negation.after);
  const contrast = {
    words: reader.words(negation.contrast),
    prepositions: reader.words(reader.understanding.statementStarts.prepositions),
  };
  const routeVerbs = reader.words(ports.route.verbs);
  const routeWords = reader.words(ports.route.words);
  // "sends through our smtp on port 25", "sends everything via your relay" says how mail goes, not
  // that it works
  const route = (s: Span) =>
    routeVerbs.has(spanText(words, s)) &&
    words.slice(s.end, s.end + 3).some((w) => w.clause === words[s.start]?.clause && routeWords.has(w.text));
  // "my work's smtp", "our work laptop": work the noun after a possessive, not working
  const possessives = reader.words(reader.understanding.towards.own);
  const workNoun = (s: Span) => spanText(words, s) === 'work' && possessives.has(words[s.start - 1]?.text ?? '');
  // "imap works", "receiving is fine": receiving works, which says nothing of the sending port
  const receiving = reader.words(ports.receiving);
  const received = (s: Span) =>
    [words[s.start - 1], words[s.start - 2]].some(
      (w) => w !== undefined && w.clause === words[s.start]?.clause && receiving.has(w.text),
    );
  // "that worked for years": how long it worked before it stopped
  const worked = reader.find(ports.worked, words);
  const pastOnly = (s: Span) =>
    worked.some((p) => p.start === s.end && words[p.start]?.clause === words[s.start]?.clause);
  const works = reader
    .find(reader.understanding.works, words)
    .filter(
      (s) =>
        !pastOnly(s) &&
        !verbDenied(words, s, verbs, after, contrast) &&
        !inClause(failures, words, s.start) &&
        !route(s) &&
        !workNoun(s) &&
        !received(s),
    );
  // "587 starttls com o icloud na 465 funcionou": a "works" word after a port says the nearest port
  // before it works, not one further back with another port between; and only a few words from it,
  // so a works word about something else in a run-on sentence ("won't send on port 25 works fine on
  // my neighbour's wifi", "on port 25 only mail.bigpond.com works") leaves the port standing.
  const worksFor = (at: number) =>
    works.some(
      (s) =>
        words[s.start]?.clause === words[at]?.clause &&
        Math.abs(s.start - at) <= worksReach &&
        (s.start < at || !words.slice(at + 1, s.start).some((w) => numbers.has(w.text))),
    );
  const tried = reader.find(ports.tried, words);
  const commands = tests ? [] : reader.find(reader.understanding.portTests.commands, words);
  const advice = reader.find(ports.advice, words);
  const triedAfter = reader.find(ports.triedAfter, words);
  const denyCues = denials(reader, language, 'before');
  const fillers = reader.words(negation.fillers);
  const quantifiers = reader.words(negation.quantifiers);
  const blocked = reader.find(ports.blocked, words);
  const joins = reader.words(reader.understanding.devices.joins);
  const switched = reader.find(ports.switched, words);
  // "465, sorry I meant 587", "587 — wait no, it's 465": a port right before a correction, with
  // another port after it in the same sentence, is the one taken back
  const corrections = reader.find(ports.corrections, words);
  const corrected = (at: number) =>
    corrections.some(
      (c) =>
        c.start > at &&
        c.start - at <= 3 &&
        words[c.start]?.sentence === words[at]?.sentence &&
        words
          .slice(c.end, c.end + 5)
          .some((w) => w.sentence === words[at]?.sentence && numbers.has(w.text) && w.text !== words[at]?.text),
    );
  // "changed the account to 587", "mudei a configuração para 465": a move word, then "to" right
  // before the port, a few words on
  // "from 587 to 465", "de 587 starttls à 465", "von 25 auf 587": the port after "to" is the one now
  const from = reader.words([...reader.understanding.former.from, ...reader.understanding.former.fromTo]);
  const fromTo = (at: number) => {
    for (let j = Math.max(1, at - 4); j < at - 1; j++) {
      if (
        numbers.has(words[j]?.text ?? '') &&
        words[j]?.clause === words[at]?.clause &&
        from.has(words[j - 1]?.text ?? '')
      ) {
        return toBefore(words, at, reader);
      }
    }
    return false;
  };
  // "use 587, 465 or 2525", "devo usar a 465 ou a 587": a port listed right after an advised one
  // (only joining words and fillers between, in one sentence) is advice too.
  const advisedAt = new Set<number>();
  const listedAfterAdvice = (at: number) => {
    for (let j = at - 1; j >= Math.max(0, at - 3) && words[j]?.sentence === words[at]?.sentence; j--) {
      const text = words[j]?.text ?? '';
      if (advisedAt.has(j)) {
        return true;
      }
      if (!joins.has(text) && !fillers.has(text)) {
        return false;
      }
    }
    return false;
  };
  const failing: Array<PortAt & { blocked: boolean; switched: boolean }> = [];
  words.forEach((w, at) => {
    if (
      !numbers.has(w.text) ||
      answered.some((a) => a.start <= at && at < a.end) ||
      counted.has(words[at + 1]?.text ?? '')
    ) {
      return;
    }
    // A cue word or a host name right before it, or one word earlier ("port is still 25").
    const cued = [words[at - 1], words[at - 2]].some(
      (b) => b !== undefined && b.sentence === w.sentence && (cues.has(b.text) || b.text.includes('.')),
    );
    // "25 and 465 are blocked": a port listed before another is cued by the list.
    const listedBefore = joins.has(words[at + 1]?.text ?? '') && numbers.has(words[at + 2]?.text ?? '');
    if (needsCue.has(w.text) && !cued && !listedBefore && !asked) {
      return;
    }
    const advised =
      advice.some((s) => s.end <= at && at - s.end <= 4 && words[s.start]?.clause === w.clause) ||
      listedAfterAdvice(at);
    if (advised) {
      advisedAt.add(at);
    }
    // "tried 465 before, now it's on 587": the port moved to is the one now, tried words before it
    // in the sentence notwithstanding
    const movedNow = switched.some((s) => s.end <= at && at - s.end <= 2 && words[s.start]?.clause === w.clause);
    const wasTried =
      (!movedNow && tried.some((s) => s.end <= at && words[s.start]?.sentence === w.sentence)) ||
      advised ||
      corrected(at) ||
      triedAfter.some((s) => s.start > at && s.start - at <= 2 && words[s.start]?.clause === w.clause);
    const tested = commands.some((s) => s.end <= at && words[s.start]?.sentence === w.sentence);
    const blockedNear = (port: number) =>
      blocked.some(
        (s) =>
          words[s.start]?.clause === w.clause &&
          ((s.end <= port && port - s.end <= 2) || (s.start > port && s.start - port <= 2)),
      );
    // "25 and 465 are blocked": a port listed before a blocked one is blocked too.
    const isBlock = blockedNear(at) || (listedBefore && blocked.some((s) => s.start > at + 2 && s.start - at - 2 <= 2));
    // "blocked and 587 is open": a port said right after it to work or be open is not blocked.
    const saidWorking = works.some((s) => s.start > at && s.start - at <= 2 && words[s.start]?.clause === w.clause);
    if (saidWorking) {
      return;
    }
    // A port the provider blocks does not work, whatever works in its part of the sentence ("since
    // Cox blocked port 25 my mail only sends on campus").
    if (!deniedAt(words, at, denyCues, fillers, quantifiers) && !wasTried && !tested && (isBlock || !worksFor(at))) {
      // "block 25 and 465": a port joined to a blocked one is blocked too.
      const previous = failing.at(-1);
      const listed = previous?.blocked === true && previous.at === at - 2 && joins.has(words[at - 1]?.text ?? '');
      const moved = movedNow || movedTo(words, at, reader) || fromTo(at);
      failing.push({ value: w.text, at, blocked: isBlock || listed, switched: moved });
    }
  });
  // Of two, the one the customer moved to ("mudei para a 587 e continua sem enviar"), else the one
  // not said to be the provider's block.
  return onePort(failing) ?? onePort(failing.filter((p) => p.switched)) ?? onePort(failing.filter((p) => !p.blocked));
}

/** The port, when these name exactly one. */
function onePort(list: ReadonlyArray<PortAt>): PortAt | undefined {
  const [first] = list;
  return first && list.every((p) => p.value === first.value) ? { value: first.value, at: first.at } : undefined;
}

/** Encryption mentions that belong to the port read (or to no number at all), not to another port ("pop3 on 995 ssl"). */
export function tlsMentions(
  mentions: ReadonlyArray<Mention>,
  words: ReadonlyArray<Word>,
  port: PortAt | undefined,
): Array<Mention> {
  const numberNear = (m: Mention): number | undefined => {
    const nearby = words
      .map((w, at) => ({ w, at }))
      .filter(
        ({ w, at }) =>
          /^\d{2,5}$/.test(w.text) &&
          w.clause === words[m.start]?.clause &&
          (at < m.start ? m.start - at : at - m.end + 1) <= 3,
      );
    return nearby.sort((a, b) => Math.abs(a.at - m.start) - Math.abs(b.at - m.start))[0]?.at;
  };
  return mentions.filter((m) => {
    const at = numberNear(m);
    return at === undefined || (port !== undefined && words[at]?.text === port.value);
  });
}

type TestResult = keyof Reader['understanding']['portTests']['results'];
const resultOrder: ReadonlyArray<TestResult> = ['intercepted', 'open', 'refused', 'timeout'];

/**
 * What a port test the message describes showed, per port: "telnet … 25 just times out". The
 * result must stand in the port's own part of the sentence; another company's greeting counts
 * anywhere in the sentence, with or without a test command ("the greeting is from my host").
 */
export function readPortTests(words: ReadonlyArray<Word>, reader: Reader): Map<string, TestResult> {
  const { portTests, ports } = reader.understanding;
  const numbers = reader.words(ports.numbers);
  const commands = reader.find(portTests.commands, words);
  const receiving = reader.words(ports.receiving);
  const results = resultOrder.map((r) => ({ result: r, spans: reader.find(portTests.results[r], words) }));
  const tests = new Map<string, TestResult>();
  words.forEach((w) => {
    if (!numbers.has(w.text)) {
      return;
    }
    const inPart = (spans: ReadonlyArray<Span>, part: 'clause' | 'sentence') =>
      spans.some((s) => words[s.start]?.[part] === w[part]);
    const intercepted = results.find((r) => r.result === 'intercepted' && inPart(r.spans, 'sentence'));
    const withCommand = inPart(commands, 'sentence');
    // "can't reach gmail on 25, telnet just hangs": the command in a part of the sentence of its own,
    // with no port there, tests the port named in the part before it
    // (not a port said to take incoming mail: "inbound on 25 works, telnet to my server gives 220")
    const bareCommand =
      !words.some((o) => o.clause === w.clause && receiving.has(o.text)) &&
      commands.some(
        (c) =>
          words[c.start]?.sentence === w.sentence &&
          words[c.start]?.clause === w.clause + 1 &&
          !words.some((o) => o.clause === words[c.start]?.clause && numbers.has(o.text)),
      );
    const inCommandPart = (spans: ReadonlyArray<Span>) =>
      spans.some((s) =>
        commands.some(
          (c) => words[c.start]?.sentence === w.sentence && words[c.start]?.clause === words[s.start]?.clause,
        ),
      );
    const found =
      intercepted ??
      (withCommand ? results.find((r) => inPart(r.spans, 'clause')) : undefined) ??
      (bareCommand ? results.find((r) => inCommandPart(r.spans)) : undefined);
    if (found) {
      tests.set(w.text, found.result);
    }
  });
  return tests;
}
