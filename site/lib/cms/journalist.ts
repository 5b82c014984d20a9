import { extractID } from 'payload/shared'

import { statusTokenFor } from '../../../cms/accreditation/statusLink'
import type { Journalist } from '../../../cms/payload-types'
import { RateLimiter } from '../rateLimit'
import { payloadClient } from './payload'
import { accountFromToken, type Session, signIn } from './sessions'

/** The press-area session cookie (a Payload JWT of the `journalists` collection). */
export const PRESS_COOKIE = 'portal_press'

export type PressSession = Session

/** Signs a journalist in; null for any failure (wrong password, unknown address, locked, not accredited). */
export const signInJournalist = (email: string, password: string): Promise<PressSession | null> => signIn('journalists', email, password)

/** The accredited journalist behind a session token: an account whose accreditation ended is nobody. */
export async function journalistFromToken(token: string | undefined): Promise<Journalist | null> {
  const journalist = await accountFromToken('journalists', token)
  return journalist?.accredited ? journalist : null
}

/** One reset e-mail per address per minute, so nobody can flood a journalist's inbox. */
const resetsPerAddress = new RateLimiter(1, 60_000)

/** Sends a reset link if the address has a press account; the caller answers the same either way. */
export async function requestPasswordReset(email: string): Promise<void> {
  if (!resetsPerAddress.hit(email.trim().toLowerCase()).allowed) return
  const payload = await payloadClient()
  try {
    await payload.forgotPassword({ collection: 'journalists', data: { email } })
  } catch (error) {
    payload.logger.warn({ err: error }, 'press password reset e-mail failed')
  }
}

/** Sets a new password from a one-time link (welcome or reset) and signs the journalist in. */
export async function setPasswordFromLink(linkToken: string, password: string): Promise<PressSession | null> {
  const payload = await payloadClient()
  try {
    const result = await payload.resetPassword({ collection: 'journalists', data: { token: linkToken, password }, overrideAccess: true })
    const id = (result.user as { id?: number | string } | undefined)?.id
    if (id !== undefined) await payload.update({ collection: 'journalists', id, data: { passwordSet: true }, overrideAccess: true })
    return result.token ? { token: result.token, expiresAt: new Date(Date.now() + 12 * 3600 * 1000) } : null
  } catch {
    return null
  }
}

/** The secret status-link token of the journalist's own request, to show their pass and application. */
export async function ownStatusToken(journalist: Journalist): Promise<string> {
  return statusTokenFor(await payloadClient(), extractID(journalist.request))
}
