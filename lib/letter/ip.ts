// Is this a public address an ISP could open port 25 for? Parsing and the special ranges are
// ipaddr.js's (the library the server's rate limiter uses too); the reasons, in plain words, are ours.
import ipaddr from 'ipaddr.js';

export type IpCheck = { ok: true; version: 4 | 6; normalised: string } | { ok: false; reason: string };

type V4Range = ReturnType<ipaddr.IPv4['range']>;
type V6Range = ReturnType<ipaddr.IPv6['range']>;

const yourOwnNetwork = 'used inside your own network; look up the public address your provider gave you';
const notOnTheInternet = 'not one on the internet';

/** Why an address in each of ipaddr.js's IPv4 ranges is refused; 'unicast' is the public rest. */
const v4Reasons: Record<Exclude<V4Range, 'unicast'>, string> = {
  unspecified: `a "this network" address (0.0.0.0/8), ${notOnTheInternet}`,
  private: `a private address (10.x.x.x, 172.16–31.x.x or 192.168.x.x) ${yourOwnNetwork}`,
  carrierGradeNat:
    'a shared address (100.64.0.0/10, carrier-grade NAT): many customers share it, so no provider can open port 25 for it alone; ask for a public static IP',
  loopback: 'a loopback address (127.0.0.0/8): it means "this computer"',
  linkLocal: 'a link-local address (169.254.0.0/16): the computer gave it to itself when it found no network settings',
  reserved: `a reserved address (set aside for examples in documentation, testing or future use), ${notOnTheInternet}`,
  benchmarking: `a benchmarking address (198.18.0.0/15), ${notOnTheInternet}`,
  multicast: 'a multicast address (224.0.0.0/4), not one a server has',
  broadcast: 'the broadcast address, not one a server has',
  as112: `an address of the AS112 DNS service, ${notOnTheInternet} for a mail server`,
  amt: `an address of the AMT multicast relay service, ${notOnTheInternet} for a mail server`,
};

/** Why an address in each of ipaddr.js's IPv6 ranges is refused; ipv4Mapped is judged as IPv4. */
const v6Reasons: Record<Exclude<V6Range, 'unicast' | 'ipv4Mapped'>, string> = {
  unspecified: 'the unspecified address (::), not one a server has',
  loopback: 'the loopback address (::1): it means "this computer"',
  linkLocal: 'a link-local address (fe80::/10): it only works on the local network',
  uniqueLocal: `a unique local address (fc00::/7) ${yourOwnNetwork}`,
  multicast: 'a multicast address (ff00::/8), not one a server has',
  reserved: `a reserved address (such as the documentation range 2001:db8::/32, used in examples), ${notOnTheInternet}`,
  benchmarking: `a benchmarking address (2001:2::/48), ${notOnTheInternet}`,
  teredo: 'a Teredo tunnel address (2001::/32): ask your provider for a native public address',
  '6to4': 'a 6to4 tunnel address (2002::/16): ask your provider for a native public address',
  rfc6145: `an IPv4-translated address (RFC 6145), ${notOnTheInternet} for a mail server`,
  rfc6052: 'a NAT64 address (64:ff9b::/96): it stands for an IPv4 address; give that one instead',
  amt: `an address of the AMT multicast relay service, ${notOnTheInternet} for a mail server`,
  as112v6: `an address of the AS112 DNS service, ${notOnTheInternet} for a mail server`,
  orchid2: `an ORCHID identifier (2001:20::/28), ${notOnTheInternet}`,
  droneRemoteIdProtocolEntityTags: `a drone identifier (2001:30::/28), ${notOnTheInternet}`,
};

/** Global unicast: the only IPv6 range an ISP gives its customers' servers. */
const globalUnicast = ipaddr.IPv6.parseCIDR('2000::/3');

function checkV4(address: ipaddr.IPv4): IpCheck {
  const range = address.range();
  return range === 'unicast'
    ? { ok: true, version: 4, normalised: address.toString() }
    : { ok: false, reason: `That is ${v4Reasons[range]}.` };
}

function checkV6(address: ipaddr.IPv6): IpCheck {
  const range = address.range();
  if (range === 'ipv4Mapped') {
    return checkV4(address.toIPv4Address());
  }
  if (range !== 'unicast') {
    // A range ipaddr.js adds in a later version is refused in general terms until it has words here.
    const reason: string | undefined = v6Reasons[range];
    return { ok: false, reason: `That is ${reason ?? `a special-purpose address (${range}), ${notOnTheInternet}`}.` };
  }
  if (!address.match(globalUnicast)) {
    return { ok: false, reason: 'That address is not in the range used on the internet (2000::/3).' };
  }
  return { ok: true, version: 6, normalised: address.toNormalizedString() };
}

export function checkPublicIp(input: string): IpCheck {
  const text = input.trim();
  // Dotted decimal only: "127.1" and "0x7f.0.0.1" are addresses to the library, typos to a customer.
  if (ipaddr.IPv4.isValidFourPartDecimal(text)) {
    return checkV4(ipaddr.IPv4.parse(text));
  }
  // No zone (%eth0): that names a link on one machine, never a public address.
  if (!text.includes('%') && ipaddr.IPv6.isValid(text)) {
    return checkV6(ipaddr.IPv6.parse(text));
  }
  return {
    ok: false,
    reason: 'That is not an IP address. An IPv4 address looks like 81.2.69.160; an IPv6 one like 2a02:8010::1.',
  };
}
