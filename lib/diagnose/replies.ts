// Layer 1: SMTP replies. Reply codes and enhanced status codes, read wherever they stand, with the
// meaning codes.yaml gives them. Where one line wraps another server's reply ("451 4.4.0 Primary
// target responded with: 421 4.4.2 …", "temporary failure, server said: 550 5.7.1 …"), the
// inner (later) reply decides and the outer one's codes are set aside.
import type { CodesFile } from '../content/schema';
import { lineAround, type Evidence, type LayerEvidence, type Lines, type Locate, type Reading } from './evidence';

export type Reply = { code: string; start: number; local: boolean };
export type ReadReplies = {
  evidence: Array<LayerEvidence>;
  replies: Array<Reply>;
  /** Per line start: where the innermost reply begins, on lines that wrap one reply in another. */
  inner: Map<number, number>;
};

/**
 * A three-digit reply code standing on its own (not part of a number, an address or a time, not
 * after "^": a script's own pattern for a reply, grep '^220 ', is no server answering, and not a
 * source line in a trace, 'File "socket.py", line 500, in create_connection').
 */
const replyPattern = /(?<![\w.:/+=^-])(?<!\bline )([2-5][0-5]\d)(?=[ \-,)'"\]]|$)/gm;
/** An enhanced status code class.subject.detail (RFC 3463). */
const enhancedPattern = /(?<![\w.])([245])\.([0-7])\.(\d{1,3})(?!\w|\.\d)/g;
/** Where a lone enhanced code is a status, not a version number: dsn=, Status:, #, (, a line start. */
const statusContext = /(?:dsn=|status:\s{0,3}|#|\(|smtp;\s{0,3}|code:?\s{0,3}|^\s{0,12}|[:;,"'<\[]\s{0,2})$/;

const maxReplies = 200;
/** A delivery-status part's Diagnostic-Code line and the first enhanced code in it. */
const diagnosticStatus = /^diagnostic-code:[^\n]{0,80}?(?<![\w.])([245]\.[0-7]\.\d{1,3})(?!\w|\.\d)/im;
/** A delivery-status part's own Status: field, at the start of its line. */
const statusField = /^\s{0,3}status:\s{0,3}$/i;
/**
 * Where System.Net.Mail hands over to the server's own words, in English and as .NET words it in
 * Spanish, French, Portuguese and German (the German opens the server's words with a quote mark).
 */
const serverResponseWas =
  /\b(?:the server response was|la respuesta del servidor fue|la réponse du serveur (?:était|a été)|a resposta do servidor foi|die serverantwort war):? {0,3}[„"“]?/gi;

/** A server answered; a code that says nothing on its own still says what it leaves open. */
function answered(entry: CodesFile['replies'][string]) {
  return {
    means: 'connected' as const,
    text: 'a server answered',
    ...(entry.means === undefined && entry.open ? { open: entry.open } : {}),
    ...(entry.means === undefined && entry.ask ? { ask: entry.ask } : {}),
  };
}

type CodeMeaning = {
  means?: Evidence['means'];
  weight?: number;
  text: string;
  open?: ReadonlyArray<Reading>;
  ask?: string;
};

/** Evidence for a code that means something. */
function pushCode(
  evidence: Array<LayerEvidence>,
  locate: Locate,
  rule: string,
  start: number,
  end: number,
  e: CodeMeaning,
): void {
  if (e.means) {
    evidence.push({
      rule,
      means: e.means,
      ...(e.weight === undefined ? {} : { weight: e.weight }),
      ...(e.open === undefined ? {} : { open: e.open }),
      ...(e.ask === undefined ? {} : { ask: e.ask }),
      ...locate(start, end),
      layer: 'code',
      explain: `${rule}: ${e.text}.`,
    });
  }
}

export function readReplies(norm: string, locate: Locate, lines: Lines, codes: CodesFile): ReadReplies {
  const replies: Array<Reply> = [];
  replyPattern.lastIndex = 0;
  for (let m = replyPattern.exec(norm); m !== null && replies.length < maxReplies; m = replyPattern.exec(norm)) {
    const code = m[1] ?? '';
    const entry = codes.replies[code];
    if (entry) {
      // "550 4.4.7 QUEUE.Expired" is a sending program's own status, whatever the reply code.
      const subject = /^[ -][245]\.([0-7])\.\d/.exec(norm.slice(m.index + 3, m.index + 10))?.[1];
      const local = entry.local === true || (subject !== undefined && codes.subjects[subject]?.local === true);
      replies.push({ code, start: m.index, local });
    }
  }
  // The last reply on each line is the innermost; earlier ones on that line are outer wrappers,
  // unless they are the same reply going on ("550-5.7.1 … 550 5.7.1 …").
  const innerStart = new Map<number, number>();
  const innerCode = new Map<number, string>();
  for (const r of replies) {
    const line = lineAround(lines, r.start)[0];
    if (innerCode.get(line) !== r.code) {
      innerStart.set(line, r.start);
      innerCode.set(line, r.code);
    }
  }
  const innermost = replies.filter((r) => innerCode.get(lineAround(lines, r.start)[0]) === r.code);
  const evidence: Array<LayerEvidence> = [];
  for (const r of innermost) {
    const entry = codes.replies[r.code];
    if (entry) {
      pushCode(evidence, locate, `Reply ${r.code}`, r.start, r.start + 3, entry);
      if (!r.local) {
        pushCode(evidence, locate, `Reply ${r.code}`, r.start, r.start + 3, answered(entry));
      }
    }
  }

  // A delivery-status part's "Status:" field is the reporting server's summary; where the
  // Diagnostic-Code gives the remote server's own, different enhanced code, that one says what happened.
  const remoteStatus = diagnosticStatus.exec(norm)?.[1];
  enhancedPattern.lastIndex = 0;
  let count = 0;
  for (let m = enhancedPattern.exec(norm); m !== null && count < maxReplies; m = enhancedPattern.exec(norm)) {
    count++;
    const [whole, klass = '', subject = '', detail = ''] = m;
    const [lineStart] = lineAround(lines, m.index);
    const outer = (innerStart.get(lineStart) ?? -1) > m.index + 12;
    if (outer || klass === '2') {
      continue;
    }
    const before = norm.slice(Math.max(lineStart, m.index - 16), m.index);
    if (remoteStatus !== undefined && whole !== remoteStatus && statusField.test(before)) {
      continue;
    }
    const paired = /(?:^|[^\d])([2-5])\d\d[ -]$/.exec(before)?.[1] === klass;
    const status = paired || statusContext.test(before);
    if (status && !paired && (innerStart.get(lineStart) ?? -1) < m.index) {
      innerStart.set(lineStart, m.index);
    }
    const exact = codes.details[`${subject}.${detail}`];
    // A detail outside the registry falls back to its subject, but only where it is surely a status.
    const entry = exact ?? (status ? codes.subjects[subject] : undefined);
    if (!entry) {
      continue;
    }
    const code = `${klass}.${subject}.${detail}`;
    // Where it may be a version number (PHPMailer 5.2.2), it is only a hint.
    const weight = entry.weight === undefined ? undefined : status ? entry.weight : Math.min(2, entry.weight);
    pushCode(evidence, locate, `Status ${code}`, m.index, m.index + whole.length, {
      ...entry,
      ...(weight === undefined ? {} : { weight }),
    });
    if (!entry.local && status) {
      pushCode(evidence, locate, `Status ${code}`, m.index, m.index + whole.length, answered(entry));
    }
  }
  // System.Net.Mail's "<its own words for the reply code>. The server response was: <the server's
  // words>": the words before are .NET's description of the code ("Mailbox unavailable" for every
  // 550), so the server's own words are the inner reply even where they carry no code.
  serverResponseWas.lastIndex = 0;
  for (let m = serverResponseWas.exec(norm); m !== null; m = serverResponseWas.exec(norm)) {
    const [lineStart] = lineAround(lines, m.index);
    if ((innerStart.get(lineStart) ?? -1) < m.index) {
      innerStart.set(lineStart, m.index + m[0].length);
    }
  }
  // Only lines that wrap: the inner reply starts after something else that said what happened.
  const inner = new Map([...innerStart].filter(([lineStart, start]) => start > lineStart + 3));
  return { evidence, replies, inner };
}
