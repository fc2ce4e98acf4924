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
});

const parsed = envSchema.safeParse(process.env);
if (!parsed.success) {
  throw new Error(`Invalid environment:\n${z.prettifyError(parsed.error)}`);
}

export const env = parsed.data;
