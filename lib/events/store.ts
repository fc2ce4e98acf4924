// Where counts are kept: SQLite in a data folder (the default: nothing else to run), or
// PostgreSQL through DATABASE_URL (for several instances sharing one set of counts). Both behave
// the same: test/lib/events/store.test.ts runs one suite against each.
import type { CountRow, DayRange, EventType } from './types';

export type Total = { subject: string; detail: string; n: number };
/** A week's count of one type; `key` is yes or no for votes, understood or missed for the chat, "unknown" for unknown diagnoses, else "". */
export type WeekTotal = { week: number; type: EventType; key: string; n: number };

export type Store = {
  readonly dialect: 'sqlite' | 'postgres';
  /** Adds counts; rows with the same key add up. */
  add(rows: ReadonlyArray<CountRow>): Promise<void>;
  /** Counts of one type over a range of days, by subject and detail, largest first. */
  totals(type: EventType, range: DayRange, limit?: number): Promise<Array<Total>>;
  /** Counts by week (weekOf in types.ts) over a range of days, for trends. */
  weekly(range: DayRange): Promise<Array<WeekTotal>>;
  /** Deletes counts of days before `day`; says how many rows went. */
  prune(day: number): Promise<number>;
  /** The schema version the database is at. */
  version(): Promise<number>;
  close(): Promise<void>;
};

export type StoreConfig = { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string };

/** The key that groups a week's counts (see WeekTotal), the same SQL in both dialects. */
export const weekKeySql = `CASE WHEN type = 'vote' THEN detail WHEN type = 'chat' THEN subject WHEN type = 'diagnosis' AND subject = 'unknown' THEN 'unknown' ELSE '' END`;

/** Opens (and migrates) a store. Each driver is loaded only when it is used. */
export async function openStore(config: StoreConfig): Promise<Store> {
  if (config.kind === 'sqlite') {
    const { openSqliteStore } = await import('./sqlite-store');
    return openSqliteStore(config.file);
  }
  const { openPostgresStore } = await import('./pg-store');
  return openPostgresStore(config.url);
}
