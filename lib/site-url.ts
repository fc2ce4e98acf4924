// The public address of the site: SITE_URL from the environment, else baseUrl from content/site.yaml.
import type { SiteConfig } from './content/schema';
import { env } from './env';

export function siteUrl(config: SiteConfig): string {
  return (env.SITE_URL ?? config.baseUrl).replace(/\/+$/, '');
}

export function absoluteUrl(config: SiteConfig, path: string): string {
  return `${siteUrl(config)}${path.startsWith('/') ? path : `/${path}`}`;
}
