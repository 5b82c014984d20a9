import type { PayloadRequest } from 'payload'

import { queueEmail } from '~/cms/email/operations/queueEmail'
import { featuredEvent } from '~/cms/events/featuredEvent'
import { QUEUED_IN_OUTBOX } from '~/cms/email/outbox'
import { getEnv } from '~/cms/env'
import { resetPasswordEmail as buildEmail } from '~/cms/lib/accreditation/emails'
import { siteUrl } from '~/cms/lib/siteUrl'

type Args = {
  req?: PayloadRequest
  token?: string
  user?: { email?: string | null; name?: string; language?: string | null }
}

async function build(args?: Args) {
  const locale = args?.user?.language === 'en' ? 'en' : 'vi'
  const event = args?.req ? await featuredEvent(args.req, { locale }) : null
  const url = siteUrl(
    getEnv().SITE_URL,
    locale,
    `/press/password?token=${encodeURIComponent(args?.token ?? '')}`,
  )
  return buildEmail(locale, { fullName: args?.user?.name ?? '', url, eventName: event?.name ?? '' })
}

/**
 * Payload's forgot-password settings for press accounts: the e-mail in the journalist's language,
 * linking to the site, queued in the outbox in the reset's own transaction (text and HTML), so
 * Payload itself sends nothing (cms/email/forgotPassword.ts). `minRequestInterval: 0` because
 * Payload reserves the interval with a write outside its own open transaction, which on SQLite
 * waits for itself until "database is locked"; the site throttles reset requests per address and
 * per client instead.
 */
export const resetPasswordEmail = {
  minRequestInterval: 0,
  generateEmailSubject: async (args?: Args) => (await build(args)).subject,
  generateEmailHTML: async (args?: Args) => {
    const { req, user } = args ?? {}
    if (!req || !user?.email) throw new Error('press password e-mail without request or account')
    const email = await build(args)
    await queueEmail(req, {
      to: user.email,
      subject: email.subject,
      text: email.text,
      html: email.html,
      kind: 'password-reset',
      language: user.language ?? 'vi',
    })
    return QUEUED_IN_OUTBOX
  },
}
