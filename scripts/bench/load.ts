// Throughput and latency under 50 concurrent connections, with the server's resident memory
// sampled throughout (Linux /proc).
import { readFileSync } from 'node:fs';

import autocannon from 'autocannon';

export type LoadTarget = {
  name: string;
  path: string;
  method?: 'GET' | 'POST';
  body?: string;
  headers?: Record<string, string>;
  /** A different path for every request (to measure first renders, not the cache). */
  paths?: () => string;
};

export type LoadResult = {
  name: string;
  path: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  requests: number;
  errors: number;
  non2xx: number;
  /** Mean response body bytes per request. */
  bytes: number;
};

export const connections = 50;

async function run(baseUrl: string, target: LoadTarget, seconds: number, connectionCount: number) {
  const request = target.paths
    ? [{ setupRequest: (r: autocannon.Request) => ({ ...r, path: target.paths?.() ?? target.path }) }]
    : undefined;
  return autocannon({
    url: new URL(target.path, baseUrl).toString(),
    connections: connectionCount,
    duration: seconds,
    method: target.method ?? 'GET',
    ...(target.body === undefined ? {} : { body: target.body }),
    headers: target.headers ?? {},
    ...(request ? { requests: request } : {}),
  });
}

export async function measureLoad(baseUrl: string, target: LoadTarget, seconds: number): Promise<LoadResult> {
  // Warm up: the JIT, Next.js's caches, and the first render of a state.
  await run(baseUrl, target, 2, 10);
  const r = await run(baseUrl, target, seconds, connections);
  return {
    name: target.name,
    path: target.path,
    requestsPerSecond: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    requests: r.requests.total,
    errors: r.errors,
    non2xx: r.non2xx,
    bytes: r.requests.total > 0 ? r.throughput.total / r.requests.total : 0,
  };
}

/** Resident memory of a process, in bytes, sampled until stopped: the peak and the last. */
export function sampleMemory(pid: number, everyMs = 100): { stop: () => { peak: number; last: number; hwm: number } } {
  const read = (field: string) => {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1];
    return kb === undefined ? 0 : Number(kb) * 1024;
  };
  let peak = read('VmRSS');
  let last = peak;
  const timer = setInterval(() => {
    last = read('VmRSS');
    peak = Math.max(peak, last);
  }, everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      return { peak, last, hwm: read('VmHWM') };
    },
  };
}
