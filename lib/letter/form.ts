// The site-exception request form: every field checked with zod, each with a message that says
// what to fix. Single-line fields refuse line breaks, so no answer can add lines (or headers) to
// the email the letter page builds.
import { z } from 'zod';

import { letterAssurances } from '../content/schema';
import { connections, otherIsp, servers } from '../vocabulary/facts';
import { checkPublicIp } from './ip';

export const kindsOfMail = ['transactional', 'internal', 'correspondence', 'newsletters'] as const;
export const destinations = ['relay-hosts', 'any'] as const;
export const ptrStates = ['yes', 'no', 'unsure'] as const;

/** Connection types on which receivers refuse direct mail whatever the ISP allows. */
export const dynamicConnections: ReadonlySet<string> = new Set([
  'dsl',
  'cable',
  'fibre',
  'fixed-wireless',
  'mobile',
  'satellite',
  'business-dynamic',
]);

const line = (min: number, max: number, what: string) =>
  z
    .string({ error: `Enter ${what}.` })
    .trim()
    .min(Math.min(min, 1), { error: `Enter ${what}.` })
    .min(min, { error: `Enter ${what} (at least ${min} characters).` })
    .max(max, { error: `Keep ${what} under ${max} characters.` })
    .regex(/^[^\r\n]*$/, { error: `Write ${what} on one line.` })
    // Control characters have no place in a letter and could confuse an email program.
    .regex(/^[^\u0000-\u001f\u007f]*$/, { error: `Remove unusual characters from ${what}.` });

const fqdn = /^(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;
const hostName = (what: string) =>
  line(4, 253, what).refine((v) => fqdn.test(v), {
    error: `Enter ${what} as a full host name, such as mail.example.com (not just "mail" or an IP address).`,
  });

const yesNoBox = z.enum(['yes', 'no']).default('no');

export const requestSchema = z.strictObject({
  business: line(2, 120, 'the business or customer name'),
  contact: line(2, 80, 'the name of the person the provider can contact'),
  email: line(3, 254, 'an email address').pipe(z.email({ error: 'Enter an email address such as it@example.com.' })),
  phone: line(0, 40, 'a phone number')
    .refine((v) => v === '' || /^\+?[\d\s().-]{5,40}$/.test(v), {
      error: 'Enter a phone number with digits, spaces and an optional + (or leave it empty).',
    })
    .default(''),
  account: line(0, 60, 'the account number').default(''),
  address: z
    .string({ error: 'Enter the service address (where the connection is).' })
    .trim()
    .min(5, { error: 'Enter the service address (where the connection is).' })
    .max(300, { error: 'Keep the address under 300 characters.' })
    .regex(/^[^\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f]*$/, {
      error: 'Remove unusual characters from the address.',
    }),
  isp: line(1, 60, 'your internet provider'),
  ispName: line(0, 80, 'the name of your internet provider').default(''),
  connection: z.enum(connections, { error: 'Choose the kind of connection.' }),
  ip: line(2, 45, 'the public IP address').transform((v, ctx) => {
    const check = checkPublicIp(v);
    if (!check.ok) {
      ctx.addIssue({
        code: 'custom',
        message: `${check.reason} The provider can only open port 25 for your public, static address.`,
      });
      return z.NEVER;
    }
    return check.normalised;
  }),
  hostname: hostName("the mail server's host name"),
  ptr: z.enum(ptrStates, { error: 'Say whether reverse DNS already points to the host name.' }),
  server: z.enum(servers, { error: 'Choose the mail server software.' }),
  serverVersion: line(0, 60, 'the version').default(''),
  // An empty field means "not answered", not zero.
  volume: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    z.coerce
      .number({ error: 'Enter about how many messages a day, as a number.' })
      .int({ error: 'Enter a whole number of messages a day.' })
      .min(1, { error: 'Enter at least 1 message a day.' })
      .max(1_000_000, { error: 'Enter at most 1,000,000 a day; for more, talk to the provider directly.' }),
  ),
  kinds: z.array(z.enum(kindsOfMail)).min(1, { error: 'Tick at least one kind of mail.' }),
  destinations: z.enum(destinations, { error: 'Say which servers it needs to reach on port 25.' }),
  relayHosts: line(0, 400, 'the relay host names').default(''),
  assurances: z.array(z.enum(letterAssurances)).default([]),
  justification: z
    .string({ error: 'Say why the server cannot use a relay on 587, 465 or 2525.' })
    .trim()
    .min(20, { error: 'Say why the server cannot use a relay on 587, 465 or 2525 (at least 20 characters).' })
    .max(1000, { error: 'Keep the reason under 1,000 characters.' })
    .transform((v) => v.replace(/\s+/g, ' ')),
  acknowledgeDynamic: yesNoBox,
});

export type LetterRequest = z.infer<typeof requestSchema>;
export type RequestField = keyof LetterRequest;

/** Raw answers as a form or a query gives them: strings, and string lists for the checkboxes. */
export type RawRequest = Record<string, string | Array<string> | undefined>;

const listFields = new Set<string>(['kinds', 'assurances']);

export function rawFromFormData(form: FormData): RawRequest {
  const raw: RawRequest = {};
  for (const key of new Set(form.keys())) {
    if (key.startsWith('$')) {
      continue; // React's own fields for server functions
    }
    const values = form.getAll(key).filter((v): v is string => typeof v === 'string');
    raw[key] = listFields.has(key) ? values : values[0];
  }
  return raw;
}

export type ParsedRequest =
  | { ok: true; request: LetterRequest; needsAcknowledgement: boolean }
  | { ok: false; errors: Partial<Record<string, string>> };

export function parseRequest(raw: RawRequest, ispSlugs: ReadonlySet<string>): ParsedRequest {
  const input: Record<string, unknown> = {};
  for (const key of Object.keys(requestSchema.shape)) {
    const value = raw[key];
    input[key] = listFields.has(key)
      ? Array.isArray(value)
        ? value
        : value === undefined
          ? []
          : [value]
      : Array.isArray(value)
        ? value[0]
        : value;
  }
  const result = requestSchema.safeParse(input);
  const errors: Partial<Record<string, string>> = {};
  if (!result.success) {
    for (const issue of result.error.issues) {
      const field = String(issue.path[0] ?? 'form');
      errors[field] ??= issue.message;
    }
  }
  // Checks across fields run whatever else is wrong, so every problem is listed at once.
  const text = (key: string) => (typeof input[key] === 'string' ? input[key].trim() : '');
  const isp = text('isp');
  if (isp !== '' && isp !== otherIsp && !ispSlugs.has(isp)) {
    errors.isp = 'Choose your internet provider from the list, or "Other" and type its name.';
  }
  if (isp === otherIsp && text('ispName') === '') {
    errors.ispName ??= 'Enter the name of your internet provider.';
  }
  if (text('destinations') === 'relay-hosts') {
    const hosts = text('relayHosts')
      .split(/[\s,;]+/)
      .filter(Boolean);
    if (hosts.length === 0) {
      errors.relayHosts ??= 'Enter the relay host name, such as relay.example.net.';
    } else if (!hosts.every((h) => fqdn.test(h))) {
      errors.relayHosts ??= 'Enter full host names separated by commas, such as relay.example.net.';
    }
  }
  if (!result.success || Object.keys(errors).length > 0) {
    return { ok: false, errors };
  }
  const request = result.data;
  return {
    ok: true,
    request,
    needsAcknowledgement: dynamicConnections.has(request.connection) && request.acknowledgeDynamic !== 'yes',
  };
}

/** Fields that may go into a shareable link: the technical answers, never contact details. */
export const shareableFields = [
  'isp',
  'ispName',
  'connection',
  'ip',
  'hostname',
  'ptr',
  'server',
  'serverVersion',
  'volume',
  'kinds',
  'destinations',
  'relayHosts',
  'assurances',
  'justification',
] as const satisfies ReadonlyArray<RequestField>;

/** The query string for "copy a link with my answers". */
export function shareableQuery(raw: RawRequest): string {
  const params = new URLSearchParams();
  for (const field of shareableFields) {
    const value = raw[field];
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) {
      if (v.trim() !== '') {
        params.append(field, v.trim().slice(0, 1000));
      }
    }
  }
  return params.toString();
}

/** Prefill from a link: only the shareable fields, so contact details never come from a URL. */
export function prefillFromQuery(query: RawRequest): RawRequest {
  const raw: RawRequest = {};
  for (const field of shareableFields) {
    const value = query[field];
    if (value !== undefined) {
      raw[field] = listFields.has(field)
        ? Array.isArray(value)
          ? value
          : [value]
        : Array.isArray(value)
          ? value[0]
          : value;
    }
  }
  return raw;
}
