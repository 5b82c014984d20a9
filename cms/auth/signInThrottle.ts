import type { Payload } from 'payload'

import type { AuthCollection } from '~/cms/lib/auth/sessionLifetimes'
import { type SignInTicket, signInDelayMs } from '~/cms/lib/auth/signInThrottle'
import { count, forget, giveBack, hit } from '~/cms/rateLimits'

/**
 * Starts a sign-in attempt on one auth collection: refused (with the seconds to wait) when the
 * client is over its allowance of failures, else how long to wait before checking the password.
 * The attempt counts as failed until `signInSucceeded`. Counted in the shared rate-limit store,
 * so every site process and the admin see the same counts.
 */
export async function beginSignIn(
  payload: Payload,
  collection: AuthCollection,
  client: string,
  email: string,
): Promise<{ allowed: false; retryAfterSeconds: number } | ({ allowed: true } & SignInTicket)> {
  const verdict = await hit(payload, `sign-in-clients:${collection}`, client)
  if (!verdict.allowed) return { allowed: false, retryAfterSeconds: verdict.retryAfterSeconds }
  const account = `${collection}:${email.trim().toLowerCase()}`
  const failures = await count(payload, 'sign-in-failures', account)
  return { allowed: true, client, account, waitMs: signInDelayMs(failures - 1) }
}

/** The password was right: the account's count is cleared and the client's attempt given back. */
export async function signInSucceeded(
  payload: Payload,
  collection: AuthCollection,
  ticket: SignInTicket,
): Promise<void> {
  await Promise.all([
    forget(payload, 'sign-in-failures', ticket.account),
    giveBack(payload, `sign-in-clients:${collection}`, ticket.client),
  ])
}
