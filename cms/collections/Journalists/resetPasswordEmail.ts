import type { PayloadRequest } from 'payload'

import { getEnv } from '../../env'
import { resetPasswordEmail as buildEmail } from '../../lib/accreditation/emails'
import { siteUrl } from '../../lib/siteUrl'

type Args = { req?: PayloadRequest; token?: string; user?: { name?: string; language?: string | null } }

async function build(args?: Args) {
  const locale = args?.user?.language === 'en' ? 'en' : 'vi'
  const event = args?.req ? await args.req.payload.findGlobal({ slug: 'event', locale, depth: 0, overrideAccess: true }) : null
  const url = siteUrl(getEnv().SITE_URL, locale, `/press/password?token=${encodeURIComponent(args?.token ?? '')}`)
  return buildEmail(locale, { fullName: args?.user?.name ?? '', url, eventName: event?.name ?? '' })
}

/**
 * Payload's forgot-password settings for press accounts: the e-mail in the journalist's language,
 * linking to the site. `minRequestInterval: 0` because Payload reserves the interval with a write
 * outside its own open transaction, which on SQLite waits for itself until "database is locked";
 * the site throttles reset requests per address and per client instead.
 */
export const resetPasswordEmail = {
  minRequestInterval: 0,
  generateEmailSubject: async (args?: Args) => (await build(args)).subject,
  generateEmailHTML: async (args?: Args) => (await build(args)).html,
}
