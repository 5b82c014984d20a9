/**
 * A fixed-window rate limiter per client (in memory, per site process). Enough to stop a script
 * from guessing status links or flooding the form; a fleet of site instances behind a proxy
 * should also limit at the proxy.
 */
export class RateLimiter {
  private readonly hits = new Map<string, { count: number; resetAt: number }>()

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one request; `allowed: false` with the seconds to wait once the limit is passed. */
  hit(key: string): { allowed: boolean; retryAfterSeconds: number } {
    const now = this.now()
    let entry = this.hits.get(key)
    if (!entry || entry.resetAt <= now) {
      if (this.hits.size > 50_000) this.sweep(now)
      entry = { count: 0, resetAt: now + this.windowMs }
      this.hits.set(key, entry)
    }
    entry.count++
    return {
      allowed: entry.count <= this.limit,
      retryAfterSeconds: Math.ceil((entry.resetAt - now) / 1000),
    }
  }

  /** Takes back one request counted in the current window (e.g. a sign-in that succeeded). */
  giveBack(key: string): void {
    const entry = this.hits.get(key)
    if (entry && entry.count > 0) entry.count--
  }

  private sweep(now: number): void {
    for (const [key, entry] of this.hits) if (entry.resetAt <= now) this.hits.delete(key)
  }
}
