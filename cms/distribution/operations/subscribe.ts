import type { PayloadRequest } from 'payload'

import { inTransaction } from '~/cms/db/inTransaction'
import { queueEmail } from '~/cms/email/operations/queueEmail'
import { getEnv } from '~/cms/env'
import { looksLikeEmailAddress } from '~/cms/lib/auth/emailAddress'
import {
  CONFIRM_LINK_HOURS,
  hashLinkSecret,
  newLinkSecret,
  normaliseEmail,
} from '~/cms/lib/distribution/distributionRules'
import { siteUrl } from '~/cms/lib/siteUrl'
import { now } from '~/cms/lib/time'
import { type Language, refuse } from './refuse'

/** A confirm e-mail is not sent again to the same waiting address within this time (no mail-bombing). */
const RESEND_AFTER_MS = 2 * 60 * 1000

/**
 * A reader subscribes to press releases (double opt-in, step one): the address waits for
 * confirmation and gets a confirm link, valid CONFIRM_LINK_HOURS hours. The answer is the same
 * whether the address was new, waiting or already confirmed, so the form tells nobody who is
 * on the list.
 */
export async function subscribe(
  req: PayloadRequest,
  input: { email: string; language: Language; consent: boolean },
): Promise<{ ok: true }> {
  const { language } = input
  const email = normaliseEmail(input.email ?? '')
  if (!looksLikeEmailAddress(email))
    refuse(language, 400, 'Địa chỉ thư không hợp lệ.', 'This e-mail address is not valid.')
  if (!input.consent)
    refuse(
      language,
      400,
      'Hãy đánh dấu đồng ý nhận thông cáo qua thư.',
      'Tick the box to agree to receive press releases by e-mail.',
    )
  const moment = now()
  await inTransaction(req, async () => {
    const existing = (
      await req.payload.find({
        collection: 'subscribers',
        where: { email: { equals: email } },
        limit: 1,
        depth: 0,
        overrideAccess: true,
        req,
      })
    ).docs[0]
    if (existing?.state === 'confirmed') return
    if (
      existing?.state === 'pending' &&
      existing.requestedAt &&
      moment.getTime() - new Date(existing.requestedAt).getTime() < RESEND_AFTER_MS
    )
      return
    const secret = newLinkSecret()
    const data = {
      email,
      language,
      state: 'pending' as const,
      requestedAt: moment.toISOString(),
      confirmHash: hashLinkSecret(secret),
    }
    if (existing)
      await req.payload.update({
        collection: 'subscribers',
        id: existing.id,
        data,
        depth: 0,
        overrideAccess: true,
        req,
      })
    else await req.payload.create({ collection: 'subscribers', data, overrideAccess: true, req })
    const link = siteUrl(getEnv().SITE_URL, language, `/subscribe/confirm/${secret}/`)
    const en = language === 'en'
    await queueEmail(req, {
      to: email,
      kind: 'subscription',
      language,
      subject: en
        ? 'Confirm your subscription to press releases'
        : 'Xác nhận đăng ký nhận thông cáo báo chí',
      text: en
        ? `Someone (we hope you) asked to receive the press office's releases at this address.\n\nConfirm: ${link}\n\nThe link works for ${CONFIRM_LINK_HOURS} hours. If it was not you, ignore this e-mail: nothing will be sent.`
        : `Có người (mong là bạn) đã đăng ký nhận thông cáo báo chí của Ban Tuyên giáo tại địa chỉ này.\n\nXác nhận: ${link}\n\nĐường dẫn có hiệu lực trong ${CONFIRM_LINK_HOURS} giờ. Nếu không phải bạn, hãy bỏ qua thư này: sẽ không có thư nào được gửi.`,
    })
  })
  return { ok: true }
}
