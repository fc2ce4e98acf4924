// The only thing a customer typed that is ever kept: the words of a search that found nothing,
// so the ESP can see what is missing. Anything that looks like an email address, a phone number or
// an IP address is removed first, then the rest is cut to 64 characters.

const maxLength = 64;

/** Anything with an @ in it: an address, or part of one. */
const emailLike = /\S*@\S*/g;
const ipv4 = /\b\d{1,3}(?:\.\d{1,3}){3}\b/g;
/** Two or more colons between hex groups: IPv6 (and clock times, which are no loss). */
const ipv6 = /[0-9a-f]*:[0-9a-f]*:[0-9a-f:.]*/gi;
/** Digits with the separators phone numbers use; a phone number has at least 7 digits. */
const phoneRun = /\+?\(?\d[\d\s()+-]*\d/g;
/** 555.123.4567 */
const dottedPhone = /\b\d{3}\.\d{3}\.\d{4}\b/g;

export function scrubQuery(query: string): string {
  return query
    .replace(emailLike, ' ')
    .replace(ipv4, ' ')
    .replace(ipv6, (m) => ((m.match(/:/g)?.length ?? 0) >= 2 ? ' ' : m))
    .replace(dottedPhone, ' ')
    .replace(phoneRun, (m) => ((m.match(/\d/g)?.length ?? 0) >= 7 ? ' ' : m))
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .slice(0, maxLength)
    .trim();
}
