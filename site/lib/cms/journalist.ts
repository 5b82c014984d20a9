import { createLocalReq } from 'payload'
import { extractID } from 'payload/shared'

import { statusTokenFor } from '~/cms/accreditation/statusLink'
import { requestPasswordReset as requestPasswordResetOperation } from '~/cms/auth/operations/requestPasswordReset'
import { setPasswordFromLink as setPasswordOperation } from '~/cms/auth/operations/setPassword'
import { loginOfPasswordLink } from '~/cms/auth/passwordLinks'
import type { AuthRequestContext } from '~/cms/auth/request'
import type { Journalist } from '~/cms/payload-types'
import { payloadClient } from './payload'
import { accountFromToken, type Caller, type Session, signIn, signOut } from './sessions'

/** The press-area session cookie (a Payload JWT of the `journalists` collection). */
export const PRESS_COOKIE = 'portal_press'

export type PressSession = Session

/** Signs a journalist in; null for any failure (wrong password, unknown address, too many tries, not accredited). */
export const signInJournalist = (
  email: string,
  password: string,
  caller?: Caller,
): Promise<PressSession | null> => signIn('journalists', email, password, caller)

/** Ends the press-area session on the server. */
export const signOutJournalist = (token: string | undefined): Promise<void> =>
  signOut('journalists', token)

/** The accredited journalist behind a session token: an account whose accreditation ended is nobody. */
export async function journalistFromToken(token: string | undefined): Promise<Journalist | null> {
  const journalist = await accountFromToken('journalists', token)
  return journalist?.accredited ? journalist : null
}

/**
 * Asks for a reset link (the operation throttles per address and per client and keeps a pending
 * link valid). Answers at once, the same for every address; `delivery` settles when the e-mail
 * is out (or there was none to send). false: too many requests from this client.
 */
export async function requestPasswordReset(
  email: string,
  caller: Caller = {},
): Promise<{ accepted: boolean; delivery: Promise<void> }> {
  const payload = await payloadClient()
  const context: AuthRequestContext = { clientKey: caller.client, language: caller.language }
  try {
    const req = await createLocalReq({ context }, payload)
    const { delivery } = await requestPasswordResetOperation(req, {
      collection: 'journalists',
      email,
    })
    return { accepted: true, delivery }
  } catch {
    return { accepted: false, delivery: Promise.resolve() }
  }
}

/** The e-mail address a welcome or reset link will sign in with, or null for a dead link. */
export async function loginForPasswordLink(linkToken: string): Promise<string | null> {
  return loginOfPasswordLink(await payloadClient(), 'journalists', linkToken)
}

/** Sets a new password from a one-time link (welcome or reset) and signs the journalist in. */
export async function setPasswordFromLink(
  linkToken: string,
  password: string,
): Promise<PressSession | null> {
  const outcome = await setPasswordOperation(await payloadClient(), { token: linkToken, password })
  return outcome.ok ? { token: outcome.token, expiresAt: outcome.expiresAt } : null
}

/** The secret status-link token of the journalist's own request, to show their pass and application. */
export async function ownStatusToken(journalist: Journalist): Promise<string> {
  return statusTokenFor(await payloadClient(), extractID(journalist.request))
}
