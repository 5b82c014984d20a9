import { type Block, renderHtml, renderText } from '../accreditation/emailBlocks'
import { zoneLabels } from '../labels'
import type { Zone } from './zones'

/**
 * The notice a journalist gets when their pass changes under them: revoked, its days or zones
 * changed, or re-issued (active again after a revocation). Pure: the caller gives the pass as it
 * was and as it is now; the answer says which notice (if any) and what it says, in vi or en.
 */
export type PassNoticeKind = 'pass-revoked' | 'pass-changed' | 'pass-reissued'

export type PassState = {
  status?: string | null
  days?: readonly string[] | null
  zones?: readonly string[] | null
  revokedReason?: string | null
}

const sorted = (list?: readonly string[] | null) => [...(list ?? [])].sort()
const same = (a?: readonly string[] | null, b?: readonly string[] | null) =>
  JSON.stringify(sorted(a)) === JSON.stringify(sorted(b))

/** Which notice a change calls for: none when nothing the holder relies on changed. */
export function passNoticeKind(before: PassState, after: PassState): PassNoticeKind | null {
  if (after.status === 'revoked' && before.status !== 'revoked') return 'pass-revoked'
  if (after.status === 'active' && before.status === 'revoked') return 'pass-reissued'
  if (after.status === 'revoked') return null
  if (!same(before.days, after.days) || !same(before.zones, after.zones)) return 'pass-changed'
  return null
}

export type PassNoticeData = {
  fullName: string
  passNumber: string
  eventName: string
  statusUrl: string
  before: PassState
  after: PassState
}

type Locale = 'vi' | 'en'

/** 2025-10-16 → 16/10/2025 */
const dayOf = (day: string) => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day)
  return match ? `${match[3]}/${match[2]}/${match[1]}` : day
}
const daysOf = (days?: readonly string[] | null) => sorted(days).map(dayOf).join(', ') || '—'
const zonesOf = (zones: readonly string[] | null | undefined, locale: Locale) =>
  sorted(zones)
    .map((zone) => zoneLabels[zone as Zone]?.[locale] ?? zone)
    .join(', ') || '—'

const WORDS = {
  vi: {
    greeting: (name: string) => `Kính gửi ${name},`,
    subject: {
      'pass-revoked': (n: string) => `Thẻ tác nghiệp ${n} đã bị thu hồi`,
      'pass-changed': (n: string) => `Thẻ tác nghiệp ${n} đã được thay đổi`,
      'pass-reissued': (n: string) => `Thẻ tác nghiệp ${n} đã được cấp lại`,
    },
    opening: {
      'pass-revoked': (n: string, e: string) =>
        `Thẻ tác nghiệp ${n} tại ${e} đã bị thu hồi. Thẻ không còn dùng được để ra vào, kể cả bản đã in và mã QR đã lưu.`,
      'pass-changed': (n: string, e: string) =>
        `Ngày hiệu lực hoặc khu vực của thẻ tác nghiệp ${n} tại ${e} đã được thay đổi. Mã QR cũ không còn dùng được: vui lòng dùng thẻ mới trên trang theo dõi hồ sơ (hoặc in lại thẻ).`,
      'pass-reissued': (n: string, e: string) =>
        `Thẻ tác nghiệp ${n} tại ${e} đã được cấp lại và có hiệu lực trở lại. Mã QR cũ không còn dùng được: vui lòng dùng thẻ mới trên trang theo dõi hồ sơ (hoặc in lại thẻ).`,
    },
    reason: 'Lý do:',
    days: 'Ngày hiệu lực:',
    zones: 'Khu vực:',
    link: 'Tình trạng hồ sơ và thẻ của quý vị:',
    keepPrivate:
      'Đường liên kết này dành riêng cho quý vị: ai có nó đều xem được hồ sơ. Vui lòng không chia sẻ đường liên kết và không chuyển tiếp thư này.',
    signOff: (event: string) => `Trân trọng,\nCơ quan phụ trách báo chí\n${event}`,
  },
  en: {
    greeting: (name: string) => `Dear ${name},`,
    subject: {
      'pass-revoked': (n: string) => `Press pass ${n} revoked`,
      'pass-changed': (n: string) => `Press pass ${n} changed`,
      'pass-reissued': (n: string) => `Press pass ${n} re-issued`,
    },
    opening: {
      'pass-revoked': (n: string, e: string) =>
        `Your press pass ${n} for ${e} has been revoked. It no longer opens any door, printed or saved QR codes included.`,
      'pass-changed': (n: string, e: string) =>
        `The days or zones of your press pass ${n} for ${e} have changed. Older QR codes no longer work: please use the new pass on your status page (or print it again).`,
      'pass-reissued': (n: string, e: string) =>
        `Your press pass ${n} for ${e} has been re-issued and is valid again. Older QR codes no longer work: please use the new pass on your status page (or print it again).`,
    },
    reason: 'Reason:',
    days: 'Valid days:',
    zones: 'Zones:',
    link: 'Your request and pass:',
    keepPrivate:
      'This link is for you alone: anyone who has it can see your request. Please keep it private and do not forward this e-mail.',
    signOff: (event: string) => `Kind regards,\nPress office\n${event}`,
  },
} as const

/** "old → new" when it changed, the value alone when it did not. */
const fromTo = (before: string, after: string) =>
  before === after ? after : `${before} → ${after}`

export function passNoticeEmail(
  kind: PassNoticeKind,
  locale: Locale,
  data: PassNoticeData,
): { subject: string; text: string; html: string } {
  const words = WORDS[locale]
  const p = (text: string): Block => ({ type: 'paragraph', text })
  const blocks: Block[] = [
    p(words.greeting(data.fullName)),
    p(words.opening[kind](data.passNumber, data.eventName)),
  ]
  const reason = data.after.revokedReason?.trim()
  if (kind === 'pass-revoked' && reason)
    blocks.push({ type: 'quote', label: words.reason, text: reason })
  if (kind !== 'pass-revoked') {
    blocks.push(
      p(
        `${words.days} ${fromTo(daysOf(data.before.days), daysOf(data.after.days))}\n${words.zones} ${fromTo(zonesOf(data.before.zones, locale), zonesOf(data.after.zones, locale))}`,
      ),
    )
  }
  blocks.push(p(words.link), { type: 'statusLink' }, p(words.signOff(data.eventName)))
  const subject = words.subject[kind](data.passNumber)
  return {
    subject,
    text: renderText(blocks, data.statusUrl, words.keepPrivate),
    html: renderHtml(blocks, data.statusUrl, words.keepPrivate, locale, subject),
  }
}
