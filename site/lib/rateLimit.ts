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
    return { allowed: entry.count <= this.limit, retryAfterSeconds: Math.ceil((entry.resetAt - now) / 1000) }
  }

  private sweep(now: number): void {
    for (const [key, entry] of this.hits) if (entry.resetAt <= now) this.hits.delete(key)
  }
}

/** The client's address: the socket's, or the first forwarded one when a trusted proxy sets it. */
export function clientKey(request: Request, socketAddress: string, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = request.headers.get('x-forwarded-for')?.split(',')[0]?.trim()
    if (forwarded) return forwarded
  }
  return socketAddress
}
