// The environment, parsed once. Nothing else reads process.env.
import { z } from 'zod';

const envSchema = z.object({
  /** Overrides baseUrl from content/site.yaml, e.g. for a staging copy of the site. */
  SITE_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** Set by Next.js; "development" makes content reload on every request. */
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
});

const parsed = envSchema.safeParse(process.env);
if (!parsed.success) {
  throw new Error(`Invalid environment:\n${z.prettifyError(parsed.error)}`);
}

export const env = parsed.data;
