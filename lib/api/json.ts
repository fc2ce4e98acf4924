// JSON responses for the API: one shape for errors, and cache headers that say what may be reused.

export function json(body: unknown, init: { status?: number; cache?: string } = {}): Response {
  return new Response(JSON.stringify(body), {
    status: init.status ?? 200,
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      // Answers depend only on the URL and the deployed content.
      'Cache-Control': init.cache ?? 'public, max-age=300',
    },
  });
}

export function jsonError(status: number, parameter: string | undefined, message: string): Response {
  return json({ error: { ...(parameter ? { parameter } : {}), message } }, { status, cache: 'no-store' });
}
