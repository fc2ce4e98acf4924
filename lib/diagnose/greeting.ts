// A greeting from the wrong server: the pasted test connected to one host, but the 220 greeting
// names another organisation's server. That is the mark of interception (an ISP's relay, a
// firewall or security software answering in the middle). Organisations are registrable domains
// from the Public Suffix List (smtp.web.de and web.de are one), joined where one operator runs
// several (context.yaml organisations).
import { getDomain } from 'tldts';

export type GreetingMismatch = { target: string; greeting: string; start: number; end: number };

const targetPatterns = [
  /\btelnet\s{1,5}([a-z0-9][\w.-]{2,120})\s{1,5}\d{1,5}\b/i,
  /\bnc\s{1,5}(?:-[a-z]{1,4}\s{1,5}(?:\d{1,4}\s{1,5})?){0,6}([a-z0-9][\w.-]{2,120})\s{1,5}\d{1,5}\b/i,
  /-connect\s{1,5}([a-z0-9][\w.-]{2,120}):\d{1,5}/i,
  /--server\s{1,5}([a-z0-9][\w.-]{2,120})/i,
  /\b(?:connected to|trying to connect to|connecting to|connection to:? (?:smtp:\/\/)?)\s{0,3}([a-z][\w.-]{2,120})/i,
  // PHPMailer's debug output: "Connection: opening to ssl://smtp.example.net:465, timeout=300"
  /\bopening to\s{1,5}(?:[a-z]{2,8}:\/\/)?([a-z][\w.-]{2,120})/i,
];

// At a line's start, or after a debug log's "SERVER -> CLIENT:" (PHPMailer, with its timestamp) or
// its lowest level's 'get_lines(): $str is "' (the line as read, in quotes). A host name has a
// letter: "220 2.0.0 Ready to start TLS" is a status, not another server.
const greetingPattern =
  /^(?:[\s<s:*=-]{0,12}|[^\n]{0,40}server -(?:>|&gt;) client:\s{0,3}|[^\n]{0,40}\$str is\s{0,3}"\s{0,3})220[ -](?=[\w.-]{0,120}[a-z])([a-z0-9][\w.-]{2,120})\b/i;

/** The organisation a host belongs to: its registrable domain, or the group that domain is in. */
export function organisation(host: string, groups: ReadonlyMap<string, number> = new Map()): string | undefined {
  const domain = getDomain(host.toLowerCase().replace(/\.$/, ''), { allowPrivateDomains: false });
  if (!domain) {
    return undefined;
  }
  const group = groups.get(domain);
  return group === undefined ? domain : `group ${group}`;
}

/** The first greeting that names another organisation than every name the test used. */
export function findGreetingMismatch(
  norm: string,
  groups: ReadonlyMap<string, number> = new Map(),
): GreetingMismatch | undefined {
  if (!norm.includes('220')) {
    return undefined;
  }
  // Every name the test used for its target: "telnet smtp.gmail.com" then "Connected to
  // gmail-smtp-msa.l.google.com" are the same server under two names.
  const targets: Array<string> = [];
  let at = 0;
  for (const line of norm.split('\n')) {
    for (const pattern of targetPatterns) {
      const m = pattern.exec(line);
      if (m?.[1] && organisation(m[1], groups)) {
        targets.push(m[1]);
      }
    }
    const greeting = greetingPattern.exec(line);
    const target = targets[0];
    if (target && greeting?.[1]) {
      const theirs = organisation(greeting[1], groups);
      if (theirs && !targets.some((t) => organisation(t, groups) === theirs)) {
        const start = at + greeting.index;
        return { target, greeting: greeting[1], start, end: start + greeting[0].length };
      }
    }
    at += line.length + 1;
  }
  return undefined;
}

/** A line of a server's answer to EHLO: "250-SIZE 20000000", "S: 250-PIPELINING", "<< 250 OK". */
const ehloLine = /^[\s<s:*=>-]{0,12}(?:out:\s{0,3})?250[ -]/;
/** Where the text shows encryption at all, an EHLO list without STARTTLS may come after it. */
const encryptionWords = /starttls|\btls|ssl|cipher|certificate|s_client|\b465\b/;

/**
 * A server's EHLO answer listing its extensions, none of them STARTTLS, in a text that shows no
 * encryption at all: mail servers offer STARTTLS almost everywhere today, and something answering
 * in the middle (an internet provider's or a firewall's SMTP proxy) strips it. A server may still
 * simply not offer it, so this leaves interception open rather than deciding it.
 */
export function findEhloWithoutStarttls(norm: string): { start: number; end: number } | undefined {
  if (!norm.includes('250-') || encryptionWords.test(norm)) {
    return undefined;
  }
  let at = 0;
  let run = 0;
  let runStart = 0;
  for (const line of norm.split('\n')) {
    if (ehloLine.test(line)) {
      runStart = run === 0 ? at : runStart;
      run++;
      // At least three lines: a greeting's "250-" continuation alone is no extension list.
      if (run >= 3 && !line.includes('250-')) {
        return { start: runStart, end: at + line.length };
      }
    } else {
      run = 0;
    }
    at += line.length + 1;
  }
  return undefined;
}
