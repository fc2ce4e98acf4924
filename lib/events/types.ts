// What the site counts, and how a count is kept: per UTC day, per event type, per subject and
// detail. No row is one visit: a store holds sums, so no sequence of a customer's steps can be read
// back from it. Subjects and details are ids from the content (answers, questions, diagnoses,
// ISPs), except the scrubbed query of a search that found nothing (see scrub.ts).

export const eventTypes = [
  /** The tree ended at an answer. subject: answer id; detail: `<via>?<facts>` (via: troubleshoot, chat or link). */
  'reached',
  /** subject: question (fact) id; detail: shown or answered. */
  'question',
  /** subject: target (answer/<id> or article/<slug>); detail: yes or no. */
  'vote',
  /** subject: target; detail: a reason id (reasons below). */
  'reason',
  /** "I still need help" followed. subject: where from (a target, or chat); detail: page or email. */
  'need-help',
  /** A search found nothing. subject: the query, trimmed to 64 characters and scrubbed. */
  'search-miss',
  /** A pasted text was classified. subject: diagnosis id; detail: where (diagnose, troubleshoot, chat, api). */
  'diagnosis',
  /** A message typed in the chat. subject: understood or missed. */
  'chat',
  /** A request letter was prepared. subject: the ISP id, or other. */
  'letter',
] as const;
export type EventType = (typeof eventTypes)[number];

export type EventKey = { type: EventType; subject: string; detail: string };

/** A stored count: `n` events of one key on one day (days since 1970-01-01, UTC). */
export type CountRow = EventKey & { day: number; n: number };

/** Days, inclusive at both ends. */
export type DayRange = { from: number; to: number };

const msPerDay = 86_400_000;

export function dayOf(ms: number): number {
  return Math.floor(ms / msPerDay);
}

/** "2026-12-07" for a day number. */
export function isoDay(day: number): string {
  return new Date(day * msPerDay).toISOString().slice(0, 10);
}

/** The day number of "2026-12-07", or undefined if it is not a real date. */
export function parseIsoDay(text: string): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    return undefined;
  }
  const ms = Date.parse(`${text}T00:00:00Z`);
  return Number.isFinite(ms) && isoDay(dayOf(ms)) === text ? dayOf(ms) : undefined;
}

/** Weeks start on Monday: day 4 (1970-01-05) was one. */
export function weekOf(day: number): number {
  return Math.floor((day + 3) / 7);
}

/** The Monday a week number starts on. */
export function weekStart(week: number): number {
  return week * 7 - 3;
}

/** Longest subject or detail kept (a facts query is about 300 characters). */
export const maxKeyLength = 512;
