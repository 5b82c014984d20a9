import type { Env } from '../env'
import { FORGET_AFTER_MS } from '../lib/auth/signInThrottle'

/**
 * Every rate limit of the portal, once: how many requests a key may make per window. The site's
 * middleware, the sign-in and reset operations and the officers' tools all count against these,
 * in the store every site and admin process shares (see `./index.ts`).
 */
export type LimitRule = {
  points: number
  windowMs: number
  /**
   * Refused requests are refused from each process's memory until the window ends, without a
   * database write each (a flood costs one write per process). Off where a request given back
   * (`giveBack`) must be able to lift a refusal.
   */
  refuseFromMemory: boolean
  /**
   * Windows follow the portal's clock (`now`, which tests move) instead of starting at a key's
   * first request: fixed periods of `windowMs` on that clock.
   */
  byPortalClock?: boolean
}

const MINUTE = 60_000
const rule = (points: number, windowMs: number, refuseFromMemory = true): LimitRule => ({
  points,
  windowMs,
  refuseFromMemory,
})

export function limitRules(env: Env) {
  const staffSignIns = 2 * env.RATE_LIMIT_STAFF_SIGNIN_PER_10_MIN
  return {
    // The site's forms and links, per client address unless said otherwise (site/lib/accreditationLimits.ts).
    applications: rule(env.RATE_LIMIT_APPLY_PER_10_MIN, 10 * MINUTE),
    /** Per genuine status link, so journalists behind one press-centre address do not share one. */
    'status-links': rule(env.RATE_LIMIT_STATUS_PER_MIN, MINUTE),
    /** Forged status links, subscription and nominee links: every try counts per client. */
    'link-guesses': rule(env.RATE_LIMIT_STATUS_PER_MIN, MINUTE),
    'staff-sign-in-forms': rule(env.RATE_LIMIT_STAFF_SIGNIN_PER_10_MIN, 10 * MINUTE),
    'press-sign-in-forms': rule(env.RATE_LIMIT_PRESS_SIGNIN_PER_10_MIN, 10 * MINUTE),
    /** Per signed-in scanning phone. */
    scans: rule(env.RATE_LIMIT_SCANS_PER_MIN, MINUTE),
    /**
     * Failed sign-ins a client may make per 10 minutes, on every door (REST, the site, the Local
     * API): twice the site's staff form limit (20 by default); the press limit for press accounts
     * (a press centre puts many journalists behind one address). A success is given back.
     */
    'sign-in-clients:users': rule(staffSignIns, 10 * MINUTE, false),
    'sign-in-clients:journalists': rule(
      Math.max(staffSignIns, env.RATE_LIMIT_PRESS_SIGNIN_PER_10_MIN),
      10 * MINUTE,
      false,
    ),
    // Few accounts, one per outlet: the staff allowance.
    'sign-in-clients:outlet-managers': rule(staffSignIns, 10 * MINUTE, false),
    /** Failed sign-ins per address typed: never refused, only slowed (signInDelayMs). */
    'sign-in-failures': rule(Number.MAX_SAFE_INTEGER, FORGET_AFTER_MS, false),
    /**
     * One reset e-mail per address per minute. Counted in the database every time (not refused
     * from memory), so a request costs the same whether or not the address was just asked for.
     */
    'reset-addresses': rule(1, MINUTE, false),
    /** Reset requests per client: as often as it may sign in to the door (10 per 10 minutes by default). */
    'reset-clients': rule(env.RATE_LIMIT_STAFF_SIGNIN_PER_10_MIN, 10 * MINUTE),
    /**
     * Links re-sent to one application or account: 3 of each kind per 10 minutes, whoever sends
     * them (a double click, two officers on the phone with the same journalist).
     */
    resends: { ...rule(3, 10 * MINUTE), byPortalClock: true },
  } satisfies Record<string, LimitRule>
}

export type LimitName = keyof ReturnType<typeof limitRules>
