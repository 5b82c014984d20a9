import { type Block, renderHtml, renderText } from '../accreditation/emailBlocks'
import type { PressRole } from '../accreditation/quota'
import { roleLabels } from '../labels'
import { EVENT_TIME_ZONE } from '../time'

type Locale = 'vi' | 'en'

export type PoolTurnData = {
  fullName: string
  passNumber: string
  eventName: string
  sessionTitle: string
  startsAt: string
  venue: string
  role: PressRole
  /** The journalist's status page, where the pass page lists their pool turns. */
  statusUrl: string
}

const when = new Intl.DateTimeFormat('en-GB', {
  timeZone: EVENT_TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

/** dd/MM/yyyy HH:mm in Vietnam's time. */
export const poolTurnTime = (moment: string): string =>
  when.format(new Date(moment)).replace(',', '')

const WORDS = {
  vi: {
    subject: (title: string) => `Lượt nhóm đại diện: ${title}`,
    greeting: (name: string) => `Kính gửi ${name},`,
    opening: (pass: string, event: string) =>
      `Quý vị (thẻ ${pass}) được chọn vào nhóm phóng viên đại diện của phiên sau tại ${event}:`,
    details: (d: PoolTurnData) =>
      `Phiên: ${d.sessionTitle}\nThời gian: ${poolTurnTime(d.startsAt)}\nĐịa điểm: ${d.venue || '—'}\nVai trò: ${roleLabels[d.role].vi}`,
    share:
      'Phiên chỉ dành cho nhóm đại diện: chỉ thành viên nhóm được vào. Quý vị chia sẻ tư liệu với các cơ quan báo chí khác theo quy chế hoạt động báo chí.',
    link: 'Thẻ và các lượt nhóm đại diện của quý vị:',
    keepPrivate:
      'Đường liên kết này dành riêng cho quý vị: vui lòng không chia sẻ và không chuyển tiếp thư này.',
    signOff: (event: string) => `Trân trọng,\nCơ quan phụ trách báo chí\n${event}`,
  },
  en: {
    subject: (title: string) => `Pool turn: ${title}`,
    greeting: (name: string) => `Dear ${name},`,
    opening: (pass: string, event: string) =>
      `You (pass ${pass}) are named in the press pool of this session at ${event}:`,
    details: (d: PoolTurnData) =>
      `Session: ${d.sessionTitle}\nTime: ${poolTurnTime(d.startsAt)}\nVenue: ${d.venue || '—'}\nRole: ${roleLabels[d.role].en}`,
    share:
      'The session is open to the pool only: only its members are admitted. You share your material with the other outlets under the press operating rules.',
    link: 'Your pass and pool turns:',
    keepPrivate:
      'This link is for you alone: please keep it private and do not forward this e-mail.',
    signOff: (event: string) => `Kind regards,\nPress office\n${event}`,
  },
} as const

/** The e-mail telling a journalist they are in a session's pool, in their language. */
export function poolTurnEmail(
  locale: Locale,
  data: PoolTurnData,
): { subject: string; text: string; html: string } {
  const words = WORDS[locale]
  const p = (text: string): Block => ({ type: 'paragraph', text })
  const blocks: Block[] = [
    p(words.greeting(data.fullName)),
    p(words.opening(data.passNumber, data.eventName)),
    p(words.details(data)),
    p(words.share),
    p(words.link),
    { type: 'statusLink' },
    p(words.signOff(data.eventName)),
  ]
  const subject = words.subject(data.sessionTitle)
  return {
    subject,
    text: renderText(blocks, data.statusUrl, words.keepPrivate),
    html: renderHtml(blocks, data.statusUrl, words.keepPrivate, locale, subject),
  }
}
