// Facts read straight out of a pasted text: ports, hosts, IP addresses, SMTP reply codes, RFC 3463
// enhanced status codes, operating-system errors and mail-program error codes. Every expression
// here is linear (no nested quantifiers) and runs on lines of bounded length.

export type OsError = { name: string; number?: number };

export type ExtractedFacts = {
  ports: Array<number>;
  hosts: Array<string>;
  ips: Array<string>;
  replyCodes: Array<string>;
  enhancedCodes: Array<string>;
  osErrors: Array<OsError>;
  programCodes: Array<string>;
};

/** SMTP reply codes from RFC 5321, 3207 and 4954: anything else that looks like one is a number. */
const replyCodes = new Set(
  '211 214 220 221 235 250 251 252 334 354 421 432 450 451 452 454 455 500 501 502 503 504 521 530 534 535 538 550 551 552 553 554 555 556'.split(
    ' ',
  ),
);

const errnoNames: Record<number, string> = {
  13: 'EACCES',
  101: 'ENETUNREACH',
  104: 'ECONNRESET',
  110: 'ETIMEDOUT',
  111: 'ECONNREFUSED',
  113: 'EHOSTUNREACH',
  10054: 'WSAECONNRESET',
  10060: 'WSAETIMEDOUT',
  10061: 'WSAECONNREFUSED',
  10065: 'WSAEHOSTUNREACH',
};
const errnoByName = Object.fromEntries(Object.entries(errnoNames).map(([n, name]) => [name, Number(n)]));

/** Words that end like a domain but are file names or code (postfix.c, net.js, index.php). */
const notDomains =
  /\.(?:c|h|js|ts|py|rb|php|java|go|cs|exe|dll|so|erl|ex|json|yaml|yml|log|txt|html|cfg|conf|dat|bak)$/i;

const patterns = {
  // host:25, [2a00::1b]:25 and 1.2.3.4:25, but not the minutes of 09:42:44.
  // host:25, but not a source file's line (StreamBuffer.php:268).
  portAfterName:
    /[a-z-](?<!\.(?:php|py|js|mjs|cjs|ts|tsx|java|kt|cs|rb|go|c|h|cc|cpp|pl|pm|ex|exs|erl|lua|sh)):(\d{2,5})\b(?![.:]\d)/gi,
  portAfterBracket: /\]:(\d{2,5})\b/g,
  portAfterIp: /\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}:(\d{2,5})\b/g,
  portWord: /\bport[\s:=]{1,3}(\d{2,5})\b/gi,
  portDash: /-Port\s{1,5}(\d{2,5})\b/gi,
  portTnc: /\(\s{0,2}[\d.a-f:]{3,45}\s{1,2}:\s{1,2}(\d{2,5})\s{0,2}\)/gi,
  portJava: /, (\d{2,5}); timeout/g,
  portTcp: /\bport (\d{2,5}) \(tcp\)/gi,
  portRemote: /\bRemotePort\s{0,5}:\s{0,5}(\d{2,5})\b/gi,
  // telnet smtp.example.net 25, nc -v -w 10 smtp.example.net 587
  portAfterSpace: /\b(?:telnet|nc|ncat|netcat)\b[^\n]{1,60}?[a-z][\w-]{0,62}\.[\w.-]{2,120}\s{1,5}(\d{2,5})\b/gi,
  portSpace: /\(\s?[\d.]{7,15} (\d{2,5})\)/g,
  host: /\b(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.){1,10}[a-z]{2,24}\b/gi,
  ipv4: /\b(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)\b/g,
  ipv6: /\[([0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7})\]/gi,
  reply: /(?:^|[\s(:'"[;>=])([2-5]\d\d)(?=[ -][\w\d<[(]|,\s)/g,
  enhanced: /(?:^|[^\w.])([245])\.([0-7])\.(\d{1,3})(?![\w.])/g,
  osName:
    /\b(ETIMEDOUT|ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH|EACCES|WSAETIMEDOUT|WSAECONNREFUSED|WSAECONNRESET|WSAEHOSTUNREACH)\b/g,
  osNumber: /(?:errno|error number|error|#|\[Errno)[\s:=]{0,3}(13|101|104|110|111|113|10054|10060|10061|10065)\b/gi,
  osParen: /\((110|111|113|10060|10061)\)/g,
  programCode: /\b0x(?:800CCC[0-9A-F]{2}|8004210[0-9A-F]|8007274[0-9A-F]|80040217)\b/gi,
};

/** A label with both cases (TCPConnectWrap.afterConnect): code, not a host name. Hosts are ASCII. */
function mixedCaseLabel(host: string): boolean {
  let lower = false;
  let upper = false;
  for (let i = 0; i < host.length; i++) {
    const c = host.charCodeAt(i);
    if (c === 46) {
      // A dot: the next label.
      lower = upper = false;
    } else {
      lower ||= c >= 97 && c <= 122;
      upper ||= c >= 65 && c <= 90;
      if (lower && upper) {
        return true;
      }
    }
  }
  return false;
}

function all(re: RegExp, text: string, group = 1): Array<string> {
  re.lastIndex = 0;
  const found: Array<string> = [];
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    found.push(m[group] ?? m[0]);
    if (m[0] === '') {
      re.lastIndex++;
    }
  }
  return found;
}

/** The first `limit` different items. */
function unique<T>(items: Array<T>, limit = 20): Array<T> {
  if (items.length <= 1) {
    return items;
  }
  const kept = new Set<T>();
  for (const item of items) {
    if (kept.size === limit) {
      break;
    }
    kept.add(item);
  }
  return [...kept];
}

/**
 * Ports from here up are the dynamic (ephemeral) range (RFC 6335): the client's own end of a
 * connection, as Dart's "SocketException: … address = smtp.gmail.com, port = 57668" reports it, never
 * the port a mail server listens on.
 */
const dynamicPortsFrom = 49152;

/** Every way of writing a port above, as one expression: one pass over the text. */
const portPattern = new RegExp(
  [
    patterns.portAfterName,
    patterns.portAfterBracket,
    patterns.portAfterIp,
    patterns.portWord,
    patterns.portDash,
    patterns.portTnc,
    patterns.portJava,
    patterns.portTcp,
    patterns.portRemote,
    patterns.portAfterSpace,
    patterns.portSpace,
  ]
    .map((re) => `(?:${re.source})`)
    .join('|'),
  'gi',
);

/** Ports in a text, each with where it was written. */
export function extractPortPlaces(text: string): Array<{ port: number; at: number }> {
  const places: Array<{ port: number; at: number }> = [];
  portPattern.lastIndex = 0;
  for (let m = portPattern.exec(text); m !== null; m = portPattern.exec(text)) {
    const port = Number(m.slice(1).find((g) => g !== undefined));
    if (port > 0 && port < dynamicPortsFrom) {
      places.push({ port, at: m.index });
    }
  }
  return places;
}

export function extractPorts(text: string): Array<number> {
  return unique(extractPortPlaces(text).map((p) => p.port));
}

export function extractFacts(text: string): ExtractedFacts {
  const osErrors: Array<OsError> = [];
  for (const name of all(patterns.osName, text)) {
    const number = errnoByName[name];
    osErrors.push(number === undefined ? { name } : { name, number });
  }
  for (const n of [...all(patterns.osNumber, text), ...all(patterns.osParen, text)]) {
    const number = Number(n);
    osErrors.push({ name: errnoNames[number] ?? `errno ${number}`, number });
  }
  const seenErrors = new Set<string>();
  return {
    ports: extractPorts(text),
    hosts: unique(
      all(patterns.host, text, 0)
        // Mixed-case labels (TCPConnectWrap.afterConnect) are code, not host names.
        .filter((h) => !notDomains.test(h) && !mixedCaseLabel(h))
        .map((h) => h.toLowerCase()),
    ),
    ips: unique([
      ...all(patterns.ipv4, text, 0),
      ...(text.includes('[') ? all(patterns.ipv6, text).filter((ip) => ip.includes(':')) : []),
    ]),
    replyCodes: unique(all(patterns.reply, text).filter((c) => replyCodes.has(c))),
    enhancedCodes: unique(
      (() => {
        patterns.enhanced.lastIndex = 0;
        const codes: Array<string> = [];
        for (let m = patterns.enhanced.exec(text); m !== null; m = patterns.enhanced.exec(text)) {
          codes.push(`${m[1]}.${m[2]}.${m[3]}`);
        }
        return codes;
      })(),
    ),
    osErrors: osErrors.filter((e) => !seenErrors.has(e.name) && seenErrors.add(e.name)).slice(0, 10),
    programCodes: /0x/i.test(text)
      ? unique(all(patterns.programCode, text, 0).map((c) => `0x${c.slice(2).toUpperCase()}`))
      : [],
  };
}
