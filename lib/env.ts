// The environment, parsed once. Nothing else reads process.env.
import { z } from 'zod';

const envSchema = z.object({
  /** Overrides baseUrl from content/site.yaml, e.g. for a staging copy of the site. */
  SITE_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** Set by Next.js; "development" makes content reload on every request. */
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  /** Another content folder to build from, instead of ./content (the benchmark's generated content sets). */
  SENDHELP_CONTENT_DIR: z.string().min(1).optional(),
  /** Another build folder, instead of ./.next (the benchmark builds the generated sets beside the real one). */
  SENDHELP_DIST_DIR: z.string().min(1).optional(),
  /** "off" records no events at all (see the README for what is recorded). */
  EVENTS: z.enum(['on', 'off']).default('on'),
  /** The folder of the embedded event store (SQLite), relative to the working directory or absolute. */
  DATA_DIR: z.string().min(1).default('data'),
  /** PostgreSQL for the event store instead of SQLite, e.g. postgres://user:pass@db:5432/sendhelp (several instances share it). */
  DATABASE_URL: z.url({ protocol: /^postgres(?:ql)?$/ }).optional(),
  /** Days of event counts kept; older ones are deleted automatically. */
  EVENTS_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(400),
  /** The password of /insights: at least 12 characters, or a hash from `npm run insights:hash`. Unset: /insights does not exist. */
  INSIGHTS_PASSWORD: z
    .string()
    .refine(
      (v) => v.startsWith('scrypt$') || v.length >= 12,
      'must be at least 12 characters, or a hash from `npm run insights:hash`',
    )
    .optional(),
});

const parsed = envSchema.safeParse(process.env);
if (!parsed.success) {
  throw new Error(`Invalid environment:\n${z.prettifyError(parsed.error)}`);
}

export const env = parsed.data;
