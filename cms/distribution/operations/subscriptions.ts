import { APIError, type PayloadRequest } from 'payload'

import { inTransaction } from '~/cms/db/inTransaction'
import { queueEmail } from '~/cms/email/operations/queueEmail'
import { getEnv } from '~/cms/env'
import { looksLikeEmailAddress } from '~/cms/lib/auth/emailAddress'
import {
  CONFIRM_LINK_HOURS,
  confirmLinkAlive,
  hashLinkSecret,
  looksLikeLinkSecret,
  newLinkSecret,
  normaliseEmail,
  readUnsubscribeToken,
} from '~/cms/lib/distribution/distributionRules'
import { siteUrl } from '~/cms/lib/siteUrl'
import { now } from '~/cms/lib/time'

type Language = 'vi' | 'en'
const refuse = (language: Language, status: number, vi: string, en: string): never => {
  throw new APIError(language === 'en' ? en : vi, status, null, true)
}

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
    else
      await req.payload.create({ collection: 'subscribers', data, overrideAccess: true, req })
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

/** Double opt-in, step two: the confirm link's secret, from the e-mail. */
export async function confirmSubscription(
  req: PayloadRequest,
  input: { secret: string; language: Language },
): Promise<{ email: string }> {
  const invalid = () =>
    refuse(
      input.language,
      404,
      'Đường dẫn xác nhận không hợp lệ hoặc đã hết hạn. Hãy đăng ký lại.',
      'This confirm link is not valid or has expired. Please subscribe again.',
    )
  if (!looksLikeLinkSecret(input.secret ?? '')) invalid()
  return inTransaction(req, async () => {
    const row = (
      await req.payload.find({
        collection: 'subscribers',
        where: { confirmHash: { equals: hashLinkSecret(input.secret) } },
        limit: 1,
        depth: 0,
        overrideAccess: true,
        req,
      })
    ).docs[0]
    const moment = now()
    if (!row || row.state !== 'pending' || !confirmLinkAlive(row.requestedAt, moment)) invalid()
    await req.payload.update({
      collection: 'subscribers',
      id: row!.id,
      data: { state: 'confirmed', confirmedAt: moment.toISOString(), confirmHash: null },
      depth: 0,
      overrideAccess: true,
      req,
    })
    return { email: row!.email }
  })
}

/**
 * The unsubscribe link of a release (a page or the one-click POST of List-Unsubscribe): a
 * subscriber leaves the list, a journalist stops press releases by e-mail. Idempotent.
 */
export async function unsubscribe(
  req: PayloadRequest,
  input: { token: string; language: Language },
): Promise<{ who: 'subscriber' | 'journalist' }> {
  const target = readUnsubscribeToken(req.payload.secret, input.token ?? '')
  const invalid = () =>
    refuse(
      input.language,
      404,
      'Đường dẫn huỷ đăng ký không hợp lệ.',
      'This unsubscribe link is not valid.',
    )
  if (!target) invalid()
  const collection = target!.kind === 's' ? 'subscribers' : 'journalists'
  const id = req.payload.db.defaultIDType === 'number' ? Number(target!.id) : target!.id
  return inTransaction(req, async () => {
    const row = await req.payload
      .findByID({ collection, id, depth: 0, overrideAccess: true, req })
      .catch(() => null)
    if (!row) invalid()
    if (collection === 'subscribers')
      await req.payload.update({
        collection,
        id,
        data: { state: 'unsubscribed', unsubscribedAt: now().toISOString(), confirmHash: null },
        depth: 0,
        overrideAccess: true,
        req,
      })
    else
      await req.payload.update({
        collection,
        id,
        data: { releaseEmails: false },
        depth: 0,
        overrideAccess: true,
        req,
      })
    return { who: collection === 'subscribers' ? 'subscriber' : 'journalist' }
  })
}
