import { createLocalReq, type Payload } from 'payload'
import { formatAdminURL } from 'payload/shared'

import { queueEmail } from '../email/operations/queueEmail'
import type { AuthCollection } from '../lib/auth/sessionLifetimes'

type LinkHolder = {
  id: number | string
  email: string
  resetPasswordToken?: string | null
  resetPasswordExpiration?: string | null
}

/**
 * The account's one-time password link: the pending one while it is still valid (so asking again,
 * or asking four times in a second, never kills the 14-day link of the approval e-mail), else a new
 * one valid for `validForMs`.
 */
export async function currentOrNewLink(
  payload: Payload,
  collection: AuthCollection,
  account: LinkHolder,
  validForMs: number,
): Promise<string> {
  const pending =
    account.resetPasswordToken &&
    account.resetPasswordExpiration &&
    new Date(account.resetPasswordExpiration).getTime() > Date.now() + 60_000
  if (pending) return account.resetPasswordToken!
  const req = await createLocalReq({}, payload)
  const token = await payload.forgotPassword({
    collection,
    data: { email: account.email },
    disableEmail: true,
    expiration: validForMs,
    req,
  })
  if (!token) throw new Error(`no password link issued for ${collection} ${account.id}`)
  return token
}

/** E-mails the link (through the outbox) in the collection's own words (press accounts: the site's page; staff: the admin's). */
export async function emailLink(
  payload: Payload,
  collection: AuthCollection,
  account: LinkHolder & Record<string, unknown>,
  token: string,
): Promise<void> {
  const req = await createLocalReq({}, payload)
  const custom = payload.collections[collection].config.auth.forgotPassword
  const args = { req, token, user: account }
  const url = formatAdminURL({
    adminRoute: payload.config.routes.admin,
    path: `${payload.config.admin.routes.reset}/${token}`,
    serverURL: payload.config.serverURL,
  })
  const html =
    typeof custom?.generateEmailHTML === 'function'
      ? await custom.generateEmailHTML(args)
      : `${req.t('authentication:youAreReceivingResetPassword')} <a href="${url}">${url}</a> ${req.t('authentication:youDidNotRequestPassword')}`
  const subject =
    typeof custom?.generateEmailSubject === 'function'
      ? await custom.generateEmailSubject(args)
      : req.t('authentication:resetYourPassword')
  const language = account.language === 'en' ? 'en' : 'vi'
  await queueEmail(req, { to: account.email, subject, html, kind: 'password-reset', language })
}

/**
 * The sign-in address of the account a one-time password link belongs to, while the link is
 * valid: the set-password page says which address will be the login. The link itself is the
 * secret, as for Payload's own reset; nothing else about the account is told.
 */
export async function loginOfPasswordLink(
  payload: Payload,
  collection: Exclude<AuthCollection, 'users'>,
  token: string,
): Promise<string | null> {
  if (!token) return null
  const { docs } = await payload.find({
    collection,
    where: {
      and: [
        { resetPasswordToken: { equals: token } },
        { resetPasswordExpiration: { greater_than: new Date().toISOString() } },
      ],
    },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    select: { email: true },
  })
  return (docs[0] as { email?: string } | undefined)?.email ?? null
}
