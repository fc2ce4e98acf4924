// Layer 3: the port and the host in play. A connection that never opened is a port 25 block or a
// submission-port block by the port it was for (or the kind of host: a recipient's MX is always
// reached on 25); a port mail is not sent on is no mail block at all; this computer itself
// (localhost) is no network's block either, and a refusal from an address on the local network
// (RFC 1918, RFC 4193) is that server's, not the internet provider's.
import { BlockList, isIPv4, isIPv6 } from 'node:net';

import type { Classifier } from './compile';
import { lineAround, type Evidence, type Lines } from './evidence';
import { extractPortPlaces } from './extract';

const hostPattern = /\b(?:[a-z0-9-]{1,63}\.){1,8}[a-z]{2,24}\b/g;
/**
 * A connection to this computer: a local name with a port after it, or after "to"/"host". A log
 * line's own "localhost" (syslog's host name) is not one.
 */
const localTarget =
  /(?:(?:to|host|server|connect(?:ing)?)[\s:=]{1,3}\[?(localhost|127\.0\.0\.1|::1|0\.0\.0\.0)\b)|(?:(localhost|127\.0\.0\.1|0\.0\.0\.0)|\[(::1)\])["']?(?:[:,] ?\d{1,5}\b|\]:\d{1,5}| port)/;

/** Whether a line names this computer at all: a quick look before localTarget, which needs one of these. */
const mayBeLocal = (line: string) =>
  line.includes('localhost') || line.includes('127.0.0.1') || line.includes('::1') || line.includes('0.0.0.0');

/** Addresses of a local network: a server there is the customer's own, behind no provider's filter. */
const localNetworks = new BlockList();
localNetworks.addSubnet('10.0.0.0', 8);
localNetworks.addSubnet('172.16.0.0', 12);
localNetworks.addSubnet('192.168.0.0', 16);
localNetworks.addSubnet('169.254.0.0', 16);
localNetworks.addSubnet('fc00::', 7, 'ipv6');
localNetworks.addSubnet('fe80::', 10, 'ipv6');
const addressPattern = /(?<![\w.:])(?:\d{1,3}\.){3}\d{1,3}(?![\w.])|(?<=\[)[0-9a-f:]{3,39}(?=\])/g;

/** A quick look for the start of a local-network address, before the full check. */
const localStart = /\b(?:10|172|192|169)\.|\[f[cde]/;

/** Whether the only addresses on these lines are on a local network. */
function onLocalNetwork(lineTexts: ReadonlyArray<string>): boolean {
  if (!lineTexts.some((l) => localStart.test(l))) {
    return false;
  }
  const addresses = lineTexts.flatMap((l) => l.match(addressPattern) ?? []);
  const known = addresses.filter((a) => isIPv4(a) || isIPv6(a));
  return known.length > 0 && known.every((a) => localNetworks.check(a, isIPv4(a) ? 'ipv4' : 'ipv6'));
}

export type Place =
  | { kind: 'relay'; port: number; lan?: boolean }
  | { kind: 'submission'; port?: number; lan?: boolean }
  | { kind: 'not-smtp'; port: number }
  | { kind: 'local'; otherPort?: number }
  /** No port: `likely` says which block the kind of sender makes the likelier. */
  | { kind: 'unknown'; likely?: 'submission' };

/** `delivery`: the text is a mail server's report of a delivery, which goes to an MX on port 25. */
export type PlaceHints = { sender?: string | undefined; port?: string | undefined; delivery?: boolean };

/** Where the connection in these pieces of evidence was going: their lines first, then the text. */
export function placeOf(
  evidence: ReadonlyArray<Evidence & { at: number }>,
  norm: string,
  lines: Lines,
  classifier: Classifier,
  hints: PlaceHints,
  portPlaces: ReadonlyArray<{ port: number; at: number }> = extractPortPlaces(norm),
): Place {
  const ranges = evidence.map((e) => lineAround(lines, e.at));
  const lineTexts = [...new Set(ranges.map(([a]) => a))].map((a) => norm.slice(a, lineAround(lines, a)[1]));
  const all = portPlaces;
  const linePorts = all.filter((p) => ranges.some(([a, b]) => p.at >= a && p.at <= b)).map((p) => p.port);
  const local = lineTexts.map((l) => (mayBeLocal(l) ? localTarget.exec(l) : null)).find((m) => m !== null);
  if (local && classifier.localHosts.has(local[1] ?? local[2] ?? local[3] ?? '')) {
    // A service of this computer's own on a port mail is not sent on (a content filter, a milter):
    // a wait for it is that port's, not a mail server's (a refusal still says nothing listens here).
    const other = linePorts.find((p) => !classifier.relayPorts.has(p) && !classifier.submissionPorts.has(p));
    return other !== undefined && linePorts.every((p) => p === other)
      ? { kind: 'local', otherPort: other }
      : { kind: 'local' };
  }
  const ports = linePorts.length > 0 ? linePorts : all.map((p) => p.port);
  const relay = ports.find((p) => classifier.relayPorts.has(p));
  const submission = ports.find((p) => classifier.submissionPorts.has(p));
  if (relay !== undefined && submission === undefined) {
    return { kind: 'relay', port: relay, ...lanOf(lineTexts) };
  }
  if (submission !== undefined && relay === undefined) {
    return { kind: 'submission', port: submission, ...lanOf(lineTexts) };
  }
  const other = ports.find((p) => !classifier.relayPorts.has(p) && !classifier.submissionPorts.has(p));
  if (relay === undefined && submission === undefined && other !== undefined) {
    return { kind: 'not-smtp', port: other };
  }
  if (hints.port !== undefined) {
    const port = Number(hints.port);
    return classifier.relayPorts.has(port) ? { kind: 'relay', port } : { kind: 'submission', port };
  }
  // No port in the text: the kind of host, or of sender, still tells.
  const hosts = lineTexts.flatMap((l) => l.match(hostPattern) ?? []);
  const named = hosts.length > 0 ? hosts : (norm.match(hostPattern) ?? []);
  if (named.some((h) => classifier.mxHosts.some((re) => re.test(h)))) {
    return { kind: 'relay', port: 25 };
  }
  if (hints.sender === 'direct-server' || hints.delivery === true) {
    return { kind: 'relay', port: 25 };
  }
  // An app is set up with its provider's smtp.* host, almost always on a submission port; a
  // person's mail program may still be on 25, so only the port can tell for them. An app without
  // a named host is still likelier on a submission port.
  const esp = classifier.rules.esp;
  const submissionNamed = named.some(
    (h) => h === esp.submission || h === esp.relay || classifier.submissionHosts.some((re) => re.test(h)),
  );
  if (hints.sender === 'app' && submissionNamed) {
    return { kind: 'submission', ...lanOf(lineTexts) };
  }
  return hints.sender === 'app' ? { kind: 'unknown', likely: 'submission' } : { kind: 'unknown' };
}

const lanOf = (lineTexts: ReadonlyArray<string>) => (onLocalNetwork(lineTexts) ? { lan: true } : {});

/** placeOf for one text, its ports read once however often it is asked. */
export function placeFinder(
  norm: string,
  lines: Lines,
  classifier: Classifier,
  hints: PlaceHints,
): (evidence: ReadonlyArray<Evidence & { at: number }>) => Place {
  let ports: ReadonlyArray<{ port: number; at: number }> | undefined;
  return (evidence) => placeOf(evidence, norm, lines, classifier, hints, (ports ??= extractPortPlaces(norm)));
}

/** Mail ports named anywhere in the text, for the troubleshooter and the headline. */
export function mailPorts(norm: string, classifier: Classifier): Array<number> {
  return extractPortPlaces(norm)
    .map((p) => p.port)
    .filter((p) => classifier.relayPorts.has(p) || classifier.submissionPorts.has(p));
}

/**
 * A connection as mail servers and network libraries write it: host[address]:25, host[address] or
 * host [address] (Postfix, Exim), or an address on port 25 ("dial tcp 192.0.2.1:25").
 */
const loggedConnection =
  /\b((?:[a-z0-9-]{1,63}\.){1,8}[a-z]{2,24}) ?\[[0-9a-f.:]{3,39}\](?::(\d{1,5}))?|(?<![\w.:])((?:\d{1,3}\.){3}\d{1,3}):25\b/g;

/**
 * The recipient's mail server a text shows, if any: a host a log shows a connection to on port 25
 * (`logged`) that is not a submission host, the ESP's own, this computer or a local network's, or
 * a host named the way MX hosts are (aspmx.l.google.com, mx1.example.net), which a bounce relayed
 * by someone else's server names too.
 */
export function deliveryTarget(text: string, classifier: Classifier): { host: string; logged: boolean } | undefined {
  const norm = text.slice(0, 4096).toLowerCase();
  const esp = classifier.rules.esp;
  const submission = (h: string) =>
    h === esp.submission || h === esp.relay || classifier.submissionHosts.some((re) => re.test(h));
  for (const m of norm.matchAll(loggedConnection)) {
    const [, host, port, address] = m;
    if (
      address !== undefined &&
      isIPv4(address) &&
      !classifier.localHosts.has(address) &&
      !localNetworks.check(address, 'ipv4')
    ) {
      return { host: address, logged: true };
    }
    if (
      host !== undefined &&
      (port === undefined || port === '25') &&
      !submission(host) &&
      !classifier.localHosts.has(host)
    ) {
      return { host, logged: true };
    }
  }
  const mx = (norm.match(hostPattern) ?? []).find((h) => classifier.mxHosts.some((re) => re.test(h)));
  return mx === undefined ? undefined : { host: mx, logged: false };
}
