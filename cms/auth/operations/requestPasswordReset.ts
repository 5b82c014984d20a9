import { APIError, type Payload, type PayloadRequest } from 'payload'

import { looksLikeEmailAddress } from '~/cms/lib/auth/emailAddress'
import { type AuthCollection, RESET_PASSWORD_LINK_MS } from '~/cms/lib/auth/sessionLifetimes'
import { currentOrNewLink, emailLink } from '../passwordLinks'
import { hit } from '~/cms/rateLimits'
import { clientOf, languageOf, tooManyAttempts } from '../request'

/**
 * "Forgot password" for staff and press accounts, on every door (the site's form and REST
 * `POST /api/<collection>/forgot-password`, which the admin uses).
 *
 * - The caller's answer is the same, in the same time, whether or not the address has an account:
 *   the look-up and the e-mail happen after the answer (`delivery`, awaited only by tests).
 * - One e-mail per address per minute, 10 requests per client per 10 minutes (then 429; the
 *   allowance follows RATE_LIMIT_STAFF_SIGNIN_PER_10_MIN).
 * - A pending link stays valid: while one is unexpired (e.g. the 14-day link of the approval
 *   e-mail) the same link is sent again instead of a new one that would kill it.
 */
export async function requestPasswordReset(
  req: PayloadRequest,
  input: { collection: AuthCollection; email: unknown },
): Promise<{ delivery: Promise<void> }> {
  const email = typeof input.email === 'string' ? input.email.trim().toLowerCase() : ''
  if (!looksLikeEmailAddress(email))
    throw new APIError(
      languageOf(req) === 'en'
        ? 'Please enter a valid e-mail address.'
        : 'Vui lòng nhập địa chỉ e-mail hợp lệ.',
      400,
      null,
      true,
    )
  const payload = req.payload
  const client = await hit(payload, 'reset-clients', clientOf(req))
  if (!client.allowed) {
    req.responseHeaders = new Headers({ 'Retry-After': String(client.retryAfterSeconds) })
    throw new APIError(tooManyAttempts(req, client.retryAfterSeconds), 429, null, true)
  }
  if (!(await hit(payload, 'reset-addresses', `${input.collection}:${email}`)).allowed)
    return { delivery: Promise.resolve() }
  // Started after the answer has gone (the next turn of the event loop), so the look-up never
  // delays it: an unknown address then answers in the same time as a known one.
  const delivery = new Promise((resolve) => setImmediate(resolve))
    .then(() => sendLink(payload, input.collection, email))
    .catch((error: unknown) =>
      payload.logger.warn({ err: error }, `${input.collection} password reset e-mail failed`),
    )
  return { delivery }
}

async function sendLink(
  payload: Payload,
  collection: AuthCollection,
  email: string,
): Promise<void> {
  const account = await payload.db.findOne<Record<string, unknown> & { id: number; email: string }>(
    { collection, where: { email: { equals: email } } },
  )
  if (!account) return
  // A press account whose accreditation ended cannot sign in: no link for it.
  if (collection === 'journalists' && account.accredited !== true) return
  // Nor for a media manager's account an officer has not approved yet.
  if (collection === 'outlet-managers' && account.approved !== true) return
  await emailLink(
    payload,
    collection,
    account,
    await currentOrNewLink(payload, collection, account, RESET_PASSWORD_LINK_MS),
  )
}
