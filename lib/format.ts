// Small display helpers shared by pages.

/** "2026-11-28" as "28 November 2026" in the site's language; dates are calendar days, so UTC. */
export function formatDate(isoDay: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${isoDay}T00:00:00Z`),
  );
}

/** Reading time at 200 words a minute, at least one minute. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / 200));
}
