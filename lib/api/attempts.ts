// A fixed-window limit on attempts per key (a client's address, or "all"): sign-in tries and votes.
// In this process's memory; the keys are never written anywhere.

export type AttemptVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export class AttemptLimit {
  private windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    private readonly maxKeys = 50_000,
  ) {}

  take(key: string, now: number): AttemptVerdict {
    const window = this.windows.get(key);
    if (!window || now - window.start >= this.windowMs) {
      if (this.windows.size >= this.maxKeys) {
        this.sweep(now);
      }
      this.windows.set(key, { start: now, count: 1 });
      return { allowed: true };
    }
    if (window.count >= this.max) {
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((window.start + this.windowMs - now) / 1000)) };
    }
    window.count++;
    return { allowed: true };
  }

  private sweep(now: number): void {
    for (const [key, window] of this.windows) {
      if (now - window.start >= this.windowMs) {
        this.windows.delete(key);
      }
    }
    if (this.windows.size >= this.maxKeys) {
      this.windows.clear();
    }
  }
}
