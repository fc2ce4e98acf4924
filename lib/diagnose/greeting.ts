// A greeting from the wrong server: the pasted test connected to one host, but the 220 greeting
// names another organisation's server. That is the mark of interception (an ISP's relay, a
// firewall or security software answering in the middle), so it is checked in code, not a rule.

export type GreetingMismatch = { target: string; greeting: string; start: number; end: number };

const targetPatterns = [
  /\btelnet\s{1,5}([a-z0-9][\w.-]{2,120})\s{1,5}\d{1,5}\b/i,
  /\bnc\s{1,5}(?:-[a-z]{1,4}\s{1,5}(?:\d{1,4}\s{1,5})?){0,6}([a-z0-9][\w.-]{2,120})\s{1,5}\d{1,5}\b/i,
  /-connect\s{1,5}([a-z0-9][\w.-]{2,120}):\d{1,5}/i,
  /--server\s{1,5}([a-z0-9][\w.-]{2,120})/i,
  /\b(?:Connected to|Trying to connect to|Connecting to|Connection to:? (?:smtp:\/\/)?)\s{0,3}([a-z][\w.-]{2,120})/i,
];

const greetingPattern = /^[\s<S:*=-]{0,12}220[ -]([a-z0-9][\w.-]{2,120})\b/i;

/** The organisation part of a host name: example.co.uk, google.com. */
export function organisation(host: string): string | undefined {
  const labels = host.toLowerCase().replace(/\.$/, '').split('.');
  if (labels.length < 2 || labels.every((l) => /^\d+$/.test(l))) {
    return undefined;
  }
  const [second = '', top = ''] = labels.slice(-2);
  const short = top.length === 2 && second.length <= 3 && labels.length >= 3;
  return labels.slice(short ? -3 : -2).join('.');
}

export function findGreetingMismatch(text: string): GreetingMismatch | undefined {
  // Every name the test used for its target: "telnet smtp.gmail.com" then "Connected to
  // gmail-smtp-msa.l.google.com" are the same server under two organisations' names.
  const targets: Array<string> = [];
  let at = 0;
  for (const line of text.split('\n')) {
    for (const pattern of targetPatterns) {
      const m = pattern.exec(line);
      if (m?.[1] && organisation(m[1])) {
        targets.push(m[1]);
      }
    }
    const greeting = greetingPattern.exec(line);
    const target = targets[0];
    if (target && greeting?.[1]) {
      const theirs = organisation(greeting[1]);
      if (theirs && !targets.some((t) => organisation(t) === theirs)) {
        const start = at + greeting.index;
        return { target, greeting: greeting[1], start, end: start + greeting[0].length };
      }
    }
    at += line.length + 1;
  }
  return undefined;
}
