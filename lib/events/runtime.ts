// The one recorder of this server process. Next.js bundles routes and the instrumentation hook
// separately, so it lives on globalThis: every bundle, and server/main.mjs, reach the same one.
import 'server-only';

import { join, resolve } from 'node:path';

import { env } from '../env';
import { getAssistant } from '../troubleshoot';
import { Recorder } from './recorder';
import { openStore, type Store, type StoreConfig } from './store';
import type { EventKey } from './types';
import { ViewReader } from './views';

export type EventsRuntime = {
  recorder: Recorder;
  /** A page the server sent (server/events.mjs): only the URL and the referring URL, read later. */
  view(url: string, referer: string | undefined): void;
  close(): Promise<void>;
};

const key = Symbol.for('sendhelp.events');
/** Views waiting to be read; a burst beyond this is dropped (and counted). */
const maxViews = 20_000;

type Global = typeof globalThis & { [key]?: EventsRuntime };

/** The store the environment asks for: PostgreSQL if DATABASE_URL is set, else SQLite in DATA_DIR. */
export function storeConfig(): StoreConfig {
  if (env.DATABASE_URL) {
    return { kind: 'postgres', url: env.DATABASE_URL };
  }
  // Relative to the working directory; only this folder is ever written.
  return { kind: 'sqlite', file: join(resolve(/* turbopackIgnore: true */ env.DATA_DIR), 'events.sqlite') };
}

/** One JSON line on stdout, beside the request log. */
function logLine(entry: Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), ...entry })}\n`);
}

/** Starts recording (once per process; the instrumentation hook calls it). Undefined when EVENTS=off. */
export function startEvents(): EventsRuntime | undefined {
  const global = globalThis as Global;
  if (global[key] || env.EVENTS === 'off') {
    return global[key];
  }
  let views: Array<[string, string | undefined]> = [];
  let droppedViews = 0;
  const reader = new ViewReader();
  const config = storeConfig();
  const recorder = new Recorder({
    open: () => openStore(config),
    retentionDays: env.EVENTS_RETENTION_DAYS,
    log: logLine,
    async collect() {
      if (droppedViews > 0) {
        recorder.drop(droppedViews, 'too many page views between two writes');
        droppedViews = 0;
      }
      const batch = views;
      views = [];
      if (batch.length === 0) {
        return;
      }
      const assistant = await getAssistant();
      for (const [url, referer] of batch) {
        for (const event of reader.events(assistant, url, referer)) {
          recorder.add(event);
        }
      }
    },
  }).start();
  const runtime: EventsRuntime = {
    recorder,
    view(url, referer) {
      if (views.length >= maxViews) {
        droppedViews++;
        return;
      }
      views.push([url, referer]);
    },
    close: () => recorder.close(),
  };
  global[key] = runtime;
  return runtime;
}

/** Counts an event, if recording is on. Never throws, never waits. */
export function record(event: EventKey): void {
  (globalThis as Global)[key]?.recorder.add(event);
}

/** The store counts are written to, for reading them back (the insights page); undefined when recording is off or the store is down. */
export async function eventStore(): Promise<Store | undefined> {
  return (globalThis as Global)[key]?.recorder.openStore();
}
