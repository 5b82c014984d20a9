/**
 * Slowing down password guessing without ever locking the owner out (OWASP ASVS 5.0 V6.3.1,
 * NIST 800-63B 5.2.2). Two brakes, both keyed by what the caller typed, never by whether an
 * account exists, so a stranger learns nothing from them (cms/auth/signInThrottle.ts applies them,
 * counted in the store every process shares):
 *
 * - per account (the e-mail address typed): the first FREE_TRIES failures cost nothing, then each
 *   attempt waits before its password is checked, doubling up to MAX_DELAY_MS. The owner who types
 *   the right password still gets in, at worst a few seconds later; a success clears the count.
 * - per client (its address): after its allowance of failures in the window, further attempts
 *   from that client are refused with "try again in N s" — the attacker's client, not the account.
 *
 * An attempt counts as a failure from the moment it starts (parallel guesses each see the growing
 * count) until it succeeds.
 */
export const FREE_TRIES = 5
export const FIRST_DELAY_MS = 250
export const MAX_DELAY_MS = 4000
/** An account's failures are forgotten this long after the first of them. */
export const FORGET_AFTER_MS = 15 * 60_000

/** The wait before an attempt, after `failures` failed ones in a row. */
export function signInDelayMs(failures: number): number {
  if (failures < FREE_TRIES) return 0
  return Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** (failures - FREE_TRIES))
}

export type SignInTicket = { client: string; account: string; waitMs: number }
