// Counts events in memory and writes the sums to the store in batches, off the request path. The
// store failing in any way (a full disk, a locked file, a database that is down or slow) drops
// that batch and counts it in the log; it never throws into a page or makes one wait.
import type { Store } from './store';
import { dayOf, maxKeyLength, type CountRow, type EventKey } from './types';

export type RecorderOptions = {
  /** Opens the store; called again after a failure, at most every `reopenMs`. */
  open: () => Promise<Store>;
  /** Writes pending counts this often. */
  flushMs?: number;
  /** Tries opening a failed store again after this long. */
  reopenMs?: number;
  /** Distinct keys held between writes; events beyond are dropped. */
  maxPending?: number;
  /** Days of counts kept; older ones are deleted once a day (and at start). */
  retentionDays: number;
  now?: () => number;
  /** One JSON object per line: drops (at most one line a minute) and store problems. */
  log: (entry: Record<string, unknown>) => void;
  /** Runs before each write, to turn queued work (page views) into events. */
  collect?: () => Promise<void>;
};

const minute = 60_000;
const day = 86_400_000;

export class Recorder {
  private pending = new Map<string, CountRow>();
  private pendingEvents = 0;
  private store: Promise<Store> | undefined;
  private lastOpenFailure = -Infinity;
  private writing: Promise<void> | undefined;
  private timer: ReturnType<typeof setInterval> | undefined;
  private lastPrune = -Infinity;
  private dropped = { count: 0, reason: '', since: 0 };
  private lastDropLog = -Infinity;
  private unavailable = { reason: '', at: -Infinity };
  /** Events written since start, for tests and the insights page's footer. */
  written = 0;
  private readonly o: Required<RecorderOptions>;

  constructor(options: RecorderOptions) {
    this.o = {
      flushMs: 2000,
      reopenMs: 10_000,
      maxPending: 20_000,
      now: () => Date.now(),
      collect: () => Promise.resolve(),
      ...options,
    };
  }

  /** Starts writing every `flushMs`; the timer never keeps the process alive. */
  start(): this {
    this.timer ??= setInterval(() => void this.flush(), this.o.flushMs);
    this.timer.unref();
    return this;
  }

  /** Counts one event now. Never throws, never waits. */
  add(event: EventKey, n = 1): void {
    const subject = event.subject.slice(0, maxKeyLength);
    const detail = event.detail.slice(0, maxKeyLength);
    const today = dayOf(this.o.now());
    const key = `${today}\u0000${event.type}\u0000${subject}\u0000${detail}`;
    const row = this.pending.get(key);
    if (row) {
      row.n += n;
    } else if (this.pending.size >= this.o.maxPending) {
      this.drop(n, 'too many distinct events between two writes');
      return;
    } else {
      this.pending.set(key, { type: event.type, day: today, subject, detail, n });
    }
    this.pendingEvents += n;
  }

  /** Writes what is pending. One write at a time: a slow store makes later batches wait in memory, bounded. */
  async flush(): Promise<void> {
    if (this.writing) {
      return this.writing;
    }
    this.writing = this.write().finally(() => {
      this.writing = undefined;
    });
    return this.writing;
  }

  /** The store the counts go to, opened on first use; undefined while it cannot be opened. */
  async openStore(): Promise<Store | undefined> {
    if (!this.store) {
      if (this.o.now() - this.lastOpenFailure < this.o.reopenMs) {
        return undefined;
      }
      this.store = this.o.open();
    }
    try {
      return await this.store;
    } catch (error) {
      this.store = undefined;
      this.lastOpenFailure = this.o.now();
      const reason = describe(error);
      // Once a minute at most, or when the reason changes: a store that stays down must not flood the log.
      if (reason !== this.unavailable.reason || this.lastOpenFailure - this.unavailable.at >= minute) {
        this.o.log({ event: 'events-store-unavailable', reason });
        this.unavailable = { reason, at: this.lastOpenFailure };
      }
      return undefined;
    }
  }

  /** Writes what is pending and closes the store: at shutdown. */
  async close(): Promise<void> {
    if (this.timer) {
      clearInterval(this.timer);
      this.timer = undefined;
    }
    await this.flush();
    await this.flush();
    this.logDrops(true);
    const store = this.store;
    this.store = undefined;
    await store?.then((s) => s.close()).catch(() => undefined);
  }

  private async write(): Promise<void> {
    try {
      await this.o.collect();
    } catch (error) {
      this.o.log({ event: 'events-collect-failed', reason: describe(error) });
    }
    const rows = [...this.pending.values()];
    const events = this.pendingEvents;
    this.pending = new Map();
    this.pendingEvents = 0;
    if (rows.length > 0) {
      const store = await this.openStore();
      if (!store) {
        this.drop(events, 'the event store is not available');
      } else {
        try {
          await store.add(rows);
          this.written += events;
        } catch (error) {
          this.drop(events, describe(error));
          // A store that fails to write may be broken for good (the file was deleted): open it afresh.
          this.store = undefined;
          await store.close().catch(() => undefined);
        }
      }
    }
    await this.pruneDaily();
    this.logDrops(false);
  }

  private async pruneDaily(): Promise<void> {
    const now = this.o.now();
    if (now - this.lastPrune < day) {
      return;
    }
    const store = await this.openStore();
    if (!store) {
      return;
    }
    this.lastPrune = now;
    try {
      const deleted = await store.prune(dayOf(now) - this.o.retentionDays);
      if (deleted > 0) {
        this.o.log({ event: 'events-pruned', rows: deleted, keptDays: this.o.retentionDays });
      }
    } catch (error) {
      this.o.log({ event: 'events-prune-failed', reason: describe(error) });
    }
  }

  /** Counts events that were lost before they reached the recorder, for the log. */
  drop(n: number, reason: string): void {
    if (this.dropped.count === 0) {
      this.dropped.since = this.o.now();
    }
    this.dropped.count += n;
    this.dropped.reason = reason;
  }

  private logDrops(force: boolean): void {
    const now = this.o.now();
    if (this.dropped.count === 0 || (!force && now - this.lastDropLog < minute)) {
      return;
    }
    this.o.log({
      event: 'events-dropped',
      count: this.dropped.count,
      reason: this.dropped.reason,
      since: new Date(this.dropped.since).toISOString(),
    });
    this.lastDropLog = now;
    this.dropped = { count: 0, reason: '', since: 0 };
  }
}

/** An error's message, on one line, short: a database error names the problem, never an event. */
function describe(error: unknown): string {
  const text =
    error instanceof Error ? `${'code' in error ? `${String(error.code)}: ` : ''}${error.message}` : String(error);
  return text.replace(/\s+/g, ' ').slice(0, 200);
}
