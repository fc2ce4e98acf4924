// Every schema for files in content/. Types come from z.infer; nothing here reads files.
import { z } from 'zod';

import { contrastRatio } from '../colour';

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase letters, digits and single hyphens, e.g. "smtp-ports"');

const hostName = z
  .string()
  .regex(
    /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i,
    'expected a fully qualified host name such as smtp.example.net',
  );

const port = z.int().min(1).max(65535);

const httpsUrl = z.url({ protocol: /^https$/, error: 'expected an https:// URL' });

const hexColour = z.string().regex(/^#[0-9a-f]{6}$/i, 'expected a colour such as #0b5cad');

/** Colours the page itself uses behind the accent colour (see app/globals.css). */
export const pageBackgrounds = { light: '#ffffff', dark: '#121417' } as const;

function readableOn(background: string) {
  return (colour: string) => contrastRatio(colour, background) >= 4.5;
}

/** A mail server the ESP runs: for mail programs (submission) or for on-site servers (relay). */
const mailServiceSchema = z.strictObject({
  host: hostName,
  /** Port with STARTTLS; every mail program supports it. */
  starttlsPort: port,
  /** Port with implicit TLS ("SSL/TLS"), if the ESP offers one. */
  tlsPort: port.optional(),
  /** Extra STARTTLS port for networks that filter 587 too (often 2525). */
  alternatePort: port.optional(),
  /** How the user name field should be described, e.g. "your full email address". */
  username: z.string().min(3).max(120),
  /** How the password field should be described. */
  password: z.string().min(3).max(160).optional(),
});

export const siteConfigSchema = z.strictObject({
  name: z.string().min(2).max(40),
  /** Shown under the name in the header and in page titles of the home page. */
  tagline: z.string().min(2).max(80),
  /** Public address of this help site, used for canonical URLs, the sitemap and OG images. */
  baseUrl: httpsUrl,
  /** BCP 47 language tag of the content. */
  language: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'expected a language tag such as en or en-GB'),
  website: httpsUrl,
  colours: z.strictObject({
    accent: hexColour.refine(readableOn(pageBackgrounds.light), {
      error: `the accent colour must have a contrast of at least 4.5:1 on white (${pageBackgrounds.light}); pick a darker colour`,
    }),
    accentDark: hexColour.refine(readableOn(pageBackgrounds.dark), {
      error: `accentDark must have a contrast of at least 4.5:1 on the dark background (${pageBackgrounds.dark}); pick a lighter colour`,
    }),
  }),
  submission: mailServiceSchema,
  relay: mailServiceSchema,
  support: z.strictObject({
    email: z.email(),
    url: httpsUrl,
    phone: z.string().min(5).max(40).optional(),
    hours: z.string().max(80).optional(),
  }),
});
export type SiteConfig = z.infer<typeof siteConfigSchema>;

export const categoriesSchema = z
  .array(
    z.strictObject({
      id: slug,
      title: z.string().min(2).max(60),
      description: z.string().min(10).max(200),
    }),
  )
  .min(1)
  .refine((list) => new Set(list.map((c) => c.id)).size === list.length, { error: 'category ids must be unique' });
export type Category = z.infer<typeof categoriesSchema>[number];

const sourceSchema = z.strictObject({
  title: z.string().min(3).max(200),
  url: httpsUrl,
});

export const articleFrontmatterSchema = z.strictObject({
  title: z.string().min(3).max(90),
  summary: z.string().min(20).max(200),
  category: slug,
  tags: z
    .array(z.string().regex(/^[a-z0-9][a-z0-9 .+-]*$/, 'tags are lowercase words, e.g. "port 25"'))
    .min(1)
    .max(8),
  /** When the facts were last checked (YYYY-MM-DD). Shown as "Last reviewed". */
  reviewed: z.iso.date({ error: 'expected a date written YYYY-MM-DD' }),
  sources: z.array(sourceSchema).min(1),
  related: z.array(slug).max(6).default([]),
  /** Position among the "most useful" articles on the home page. */
  featured: z.int().min(1).max(50).optional(),
});
export type ArticleFrontmatter = z.infer<typeof articleFrontmatterSchema>;

export const articleSlugSchema = slug;

export const redirectsSchema = z.array(
  z.strictObject({
    from: z.string().regex(/^\/[^\s?#]*$/, 'expected a path such as /articles/old-slug'),
    to: z.string().regex(/^\/[^\s]*$/, 'expected a path such as /articles/new-slug'),
  }),
);
export type Redirect = z.infer<typeof redirectsSchema>[number];
