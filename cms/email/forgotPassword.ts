import type { CollectionConfig, PayloadRequest } from 'payload'
import { formatAdminURL } from 'payload/shared'

import { escapeHtml } from '../lib/escapeHtml'
import { queueEmail } from './operations/queueEmail'
import { QUEUED_IN_OUTBOX } from './outbox'

type ForgotPassword = NonNullable<
  Exclude<NonNullable<CollectionConfig['auth']>, boolean>['forgotPassword']
>
type Args = {
  req?: PayloadRequest
  token?: string
  user?: { email?: string | null; language?: string | null }
}

/** Payload's own reset e-mail (the admin's reset page), for auth collections that set none. */
function defaultEmail(req: PayloadRequest, token: string) {
  const { config } = req.payload
  const url = formatAdminURL({
    adminRoute: config.routes.admin,
    path: `${config.admin.routes.reset}/${token}`,
    serverURL: config.serverURL,
  })
  const html = `${req.t('authentication:youAreReceivingResetPassword')}\n<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>\n${req.t('authentication:youDidNotRequestPassword')}`
  return { subject: req.t('authentication:resetYourPassword'), html }
}

/**
 * Makes an auth collection's forgot-password e-mail leave through the outbox. Payload builds the
 * message inside its transaction and then sends it itself; here the HTML hook, which receives the
 * request, the token and the account, queues the message through `req` (same transaction: no
 * link goes out for a reset that rolled back) and hands Payload a placeholder body that the
 * e-mail adapter drops (cms/email.ts). A hook that queued its own richer message (the press
 * accounts' reset e-mail) returns the placeholder itself and is left alone.
 */
export function forgotPasswordThroughOutbox<T extends CollectionConfig>(collection: T): T {
  if (!collection.auth) return collection
  const auth = collection.auth === true ? {} : collection.auth
  const own: ForgotPassword = auth.forgotPassword ?? {}
  const generateEmailHTML = async (args?: Args) => {
    const html = own.generateEmailHTML ? await own.generateEmailHTML(args as never) : undefined
    if (html === QUEUED_IN_OUTBOX) return html
    const { req, token, user } = args ?? {}
    if (!req || !token || !user?.email)
      throw new Error('forgot-password e-mail without request, token or account')
    const fallback = defaultEmail(req, token)
    const subject = own.generateEmailSubject
      ? await own.generateEmailSubject(args as never)
      : fallback.subject
    await queueEmail(req, {
      to: user.email,
      subject,
      html: html ?? fallback.html,
      kind: 'password-reset',
      language: user.language ?? null,
    })
    return QUEUED_IN_OUTBOX
  }
  return { ...collection, auth: { ...auth, forgotPassword: { ...own, generateEmailHTML } } }
}
