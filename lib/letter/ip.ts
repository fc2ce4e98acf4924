// Is this a public address an ISP could open port 25 for? Private, loopback, link-local, shared
// (CGNAT), documentation, multicast and reserved ranges are refused with the reason in plain words.

export type IpCheck = { ok: true; version: 4 | 6; normalised: string } | { ok: false; reason: string };

function parseIPv4(text: string): Array<number> | undefined {
  const parts = text.split('.');
  if (parts.length !== 4 || !parts.every((p) => /^(?:0|[1-9]\d{0,2})$/.test(p))) {
    return undefined;
  }
  const octets = parts.map(Number);
  return octets.every((o) => o <= 255) ? octets : undefined;
}

/** Eight 16-bit groups, or undefined when the text is not an IPv6 address. */
function parseIPv6(text: string): Array<number> | undefined {
  if (!/^[0-9a-f:.]{2,45}$/i.test(text) || (text.match(/::/g) ?? []).length > 1) {
    return undefined;
  }
  let tail: Array<number> = [];
  let body = text;
  const v4 = /(?:^|:)(\d{1,3}(?:\.\d{1,3}){3})$/.exec(text);
  if (v4?.[1]) {
    const octets = parseIPv4(v4[1]);
    if (!octets) {
      return undefined;
    }
    tail = [((octets[0] ?? 0) << 8) | (octets[1] ?? 0), ((octets[2] ?? 0) << 8) | (octets[3] ?? 0)];
    body = text.slice(0, text.length - v4[1].length).replace(/:$/, text.endsWith(`::${v4[1]}`) ? ':' : '');
  }
  const [head = '', rest] = body.split('::');
  const toGroups = (s: string) => (s === '' ? [] : s.split(':'));
  const headGroups = toGroups(head);
  const restGroups = rest === undefined ? [] : toGroups(rest);
  if (![...headGroups, ...restGroups].every((g) => /^[0-9a-f]{1,4}$/i.test(g))) {
    return undefined;
  }
  const given = headGroups.length + restGroups.length + tail.length;
  const missing = 8 - given;
  if (rest === undefined ? missing !== 0 : missing < 1) {
    return undefined;
  }
  const groups = [
    ...headGroups.map((g) => parseInt(g, 16)),
    ...Array.from({ length: rest === undefined ? 0 : missing }, () => 0),
    ...restGroups.map((g) => parseInt(g, 16)),
    ...tail,
  ];
  return groups.length === 8 ? groups : undefined;
}

const v4Ranges: Array<[Array<number>, number, string]> = [
  [[0, 0, 0, 0], 8, 'a "this network" address (0.0.0.0/8), not one on the internet'],
  [
    [10, 0, 0, 0],
    8,
    'a private address (10.0.0.0/8) used inside your own network; look up the public address your provider gave you',
  ],
  [
    [100, 64, 0, 0],
    10,
    'a shared address (100.64.0.0/10, carrier-grade NAT): many customers share it, so no provider can open port 25 for it alone; ask for a public static IP',
  ],
  [[127, 0, 0, 0], 8, 'a loopback address (127.0.0.0/8): it means "this computer"'],
  [
    [169, 254, 0, 0],
    16,
    'a link-local address (169.254.0.0/16): the computer gave it to itself when it found no network settings',
  ],
  [
    [172, 16, 0, 0],
    12,
    'a private address (172.16.0.0/12) used inside your own network; look up the public address your provider gave you',
  ],
  [[192, 0, 0, 0], 24, 'a reserved address (192.0.0.0/24)'],
  [[192, 0, 2, 0], 24, 'a documentation address (192.0.2.0/24) used in examples, not a real one'],
  [
    [192, 168, 0, 0],
    16,
    'a private address (192.168.0.0/16) used inside your own network; look up the public address your provider gave you',
  ],
  [[198, 18, 0, 0], 15, 'a benchmarking address (198.18.0.0/15), not one on the internet'],
  [[198, 51, 100, 0], 24, 'a documentation address (198.51.100.0/24) used in examples, not a real one'],
  [[203, 0, 113, 0], 24, 'a documentation address (203.0.113.0/24) used in examples, not a real one'],
  [[224, 0, 0, 0], 4, 'a multicast address (224.0.0.0/4), not one a server has'],
  [[240, 0, 0, 0], 4, 'a reserved address (240.0.0.0/4), not one on the internet'],
];

function inV4(octets: Array<number>, base: Array<number>, bits: number): boolean {
  const value = (o: Array<number>) =>
    (((o[0] ?? 0) << 24) | ((o[1] ?? 0) << 16) | ((o[2] ?? 0) << 8) | (o[3] ?? 0)) >>> 0;
  const mask = bits === 0 ? 0 : (~0 << (32 - bits)) >>> 0;
  return (value(octets) & mask) === (value(base) & mask);
}

function checkV4(octets: Array<number>): IpCheck {
  for (const [base, bits, reason] of v4Ranges) {
    if (inV4(octets, base, bits)) {
      return { ok: false, reason: `That is ${reason}.` };
    }
  }
  return { ok: true, version: 4, normalised: octets.join('.') };
}

function checkV6(groups: Array<number>): IpCheck {
  const [g0 = 0, g1 = 0] = groups;
  const zeroUntil = (n: number) => groups.slice(0, n).every((g) => g === 0);
  if (zeroUntil(8)) {
    return { ok: false, reason: 'That is the unspecified address (::), not one a server has.' };
  }
  if (zeroUntil(7) && groups[7] === 1) {
    return { ok: false, reason: 'That is the loopback address (::1): it means "this computer".' };
  }
  if (zeroUntil(5) && groups[5] === 0xffff) {
    return checkV4([(groups[6] ?? 0) >> 8, (groups[6] ?? 0) & 255, (groups[7] ?? 0) >> 8, (groups[7] ?? 0) & 255]);
  }
  if ((g0 & 0xfe00) === 0xfc00) {
    return {
      ok: false,
      reason: 'That is a unique local address (fc00::/7) used inside your own network; use the public address.',
    };
  }
  if ((g0 & 0xffc0) === 0xfe80) {
    return { ok: false, reason: 'That is a link-local address (fe80::/10): it only works on the local network.' };
  }
  if (g0 === 0x2001 && g1 === 0x0db8) {
    return { ok: false, reason: 'That is a documentation address (2001:db8::/32) used in examples, not a real one.' };
  }
  if ((g0 & 0xff00) === 0xff00) {
    return { ok: false, reason: 'That is a multicast address (ff00::/8), not one a server has.' };
  }
  if ((g0 & 0xe000) !== 0x2000) {
    return { ok: false, reason: 'That address is not in the range used on the internet (2000::/3).' };
  }
  const normalised = groups.map((g) => g.toString(16)).join(':');
  return { ok: true, version: 6, normalised };
}

export function checkPublicIp(input: string): IpCheck {
  const text = input.trim();
  const v4 = parseIPv4(text);
  if (v4) {
    return checkV4(v4);
  }
  const v6 = parseIPv6(text);
  if (v6) {
    return checkV6(v6);
  }
  return {
    ok: false,
    reason: 'That is not an IP address. An IPv4 address looks like 81.2.69.160; an IPv6 one like 2a02:8010::1.',
  };
}
