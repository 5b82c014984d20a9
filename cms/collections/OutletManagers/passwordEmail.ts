import type { PayloadRequest } from 'payload'

import { queueEmail } from '~/cms/email/operations/queueEmail'
import { QUEUED_IN_OUTBOX } from '~/cms/email/outbox'
import { getEnv } from '~/cms/env'
import { managerPasswordEmail } from '~/cms/lib/nominations/nominationEmails'
import { siteUrl } from '~/cms/lib/siteUrl'

type Holder = { email?: string | null; name?: string | null; language?: string | null }

/** Queues a media manager's set-password e-mail (the site's /outlet/password page) in `req`'s transaction. */
export async function queueManagerPasswordEmail(
  req: PayloadRequest,
  user: Holder,
  token: string,
): Promise<void> {
  const locale = user.language === 'en' ? 'en' : 'vi'
  const url = siteUrl(
    getEnv().SITE_URL,
    locale,
    `/outlet/password?token=${encodeURIComponent(token)}`,
  )
  const email = managerPasswordEmail(locale, { name: user.name ?? '', url })
  await queueEmail(req, {
    to: String(user.email),
    subject: email.subject,
    text: email.text,
    html: email.html,
    kind: 'password-reset',
    language: locale,
  })
}

/** Payload's forgot-password settings for manager accounts: through the outbox, to the site (as press accounts). */
export const managerResetEmail = {
  minRequestInterval: 0,
  generateEmailSubject: () => 'Tài khoản cơ quan báo chí: đặt mật khẩu / set your password',
  generateEmailHTML: async (args?: { req?: PayloadRequest; token?: string; user?: Holder }) => {
    const { req, user, token } = args ?? {}
    if (!req || !user?.email || !token) throw new Error('manager password e-mail without request')
    await queueManagerPasswordEmail(req, user, token)
    return QUEUED_IN_OUTBOX
  },
}
