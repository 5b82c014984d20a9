import { RateLimiter } from '../rateLimit'

/**
 * Slowing down password guessing without ever locking the owner out (OWASP ASVS 5.0 V6.3.1,
 * NIST 800-63B 5.2.2). Two brakes, both keyed by what the caller typed, never by whether an
 * account exists, so a stranger learns nothing from them:
 *
 * - per account (the e-mail address typed): the first FREE_TRIES failures cost nothing, then each
 *   attempt waits before its password is checked, doubling up to MAX_DELAY_MS. The owner who types
 *   the right password still gets in, at worst a few seconds later; a success clears the count.
 * - per client (its address): after `perClient` failures in the window, further attempts from that
 *   client are refused with "try again in N s" — the attacker's client, not the account.
 *
 * An attempt counts as a failure from the moment it starts (parallel guesses each see the growing
 * count) until it succeeds. In memory, per process; a fleet behind a proxy also limits there.
 */
export const FREE_TRIES = 5
export const FIRST_DELAY_MS = 250
export const MAX_DELAY_MS = 4000
/** A quiet account forgets its failures after this. */
export const FORGET_AFTER_MS = 15 * 60_000

/** The wait before an attempt, after `failures` failed ones in a row. */
export function signInDelayMs(failures: number): number {
  if (failures < FREE_TRIES) return 0
  return Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** (failures - FREE_TRIES))
}

export type SignInTicket = { client: string; account: string; waitMs: number }

export class SignInThrottle {
  private readonly accounts = new Map<string, { failures: number; lastAt: number }>()
  private readonly clients: RateLimiter

  constructor(
    perClient: number,
    windowMs: number,
    private readonly now: () => number = Date.now,
  ) {
    this.clients = new RateLimiter(perClient, windowMs, now)
  }

  /**
   * Starts an attempt: refused (with the seconds to wait) when the client is over its allowance,
   * else how long to wait before checking the password. The attempt counts as failed until
   * `succeeded` is called.
   */
  begin(
    client: string,
    email: string,
  ): { allowed: false; retryAfterSeconds: number } | ({ allowed: true } & SignInTicket) {
    const hit = this.clients.hit(client)
    if (!hit.allowed) return { allowed: false, retryAfterSeconds: hit.retryAfterSeconds }
    const account = email.trim().toLowerCase()
    const now = this.now()
    let entry = this.accounts.get(account)
    if (!entry || now - entry.lastAt > FORGET_AFTER_MS) {
      if (this.accounts.size > 50_000) this.sweep(now)
      entry = { failures: 0, lastAt: now }
      this.accounts.set(account, entry)
    }
    const waitMs = signInDelayMs(entry.failures)
    entry.failures++
    entry.lastAt = now
    return { allowed: true, client, account, waitMs }
  }

  /** The password was right: the account's count is cleared and the client's attempt is given back. */
  succeeded(ticket: SignInTicket): void {
    this.accounts.delete(ticket.account)
    this.clients.giveBack(ticket.client)
  }

  private sweep(now: number): void {
    for (const [key, entry] of this.accounts)
      if (now - entry.lastAt > FORGET_AFTER_MS) this.accounts.delete(key)
  }
}
