// Runs once when the server starts (not during the build): starts the event recorder, and so
// checks its environment (DATA_DIR, DATABASE_URL, INSIGHTS_PASSWORD, ...) before the first request.
// @see https://nextjs.org/docs/app/guides/instrumentation
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs' && process.env.NEXT_PHASE !== 'phase-production-build') {
    const { startEvents } = await import('./lib/events/runtime');
    startEvents();
  }
}
