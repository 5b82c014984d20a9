import { type Block, renderHtml, renderText } from '../accreditation/emailBlocks'
import { localDateTime } from '../accreditation/applicationWindow'
import { buildCalendar } from '../schedule/ics'
import type { Window } from './interviewRules'

/**
 * The e-mails of interview requests: the consent request to a delegation's contact (and its one
 * reminder), and the scheduled time to both sides with an .ics calendar file.
 */
type Locale = 'vi' | 'en'
export type RenderedEmail = { subject: string; text: string; html: string }

const p = (text: string): Block => ({ type: 'paragraph', text })

const KEEP_PRIVATE = {
  vi: 'Đường dẫn này dành riêng cho người liên hệ của đoàn, chỉ dùng được một lần và có hạn. Vui lòng không chuyển tiếp thư này.',
  en: 'This link is for the delegation’s contact alone, works once and expires. Please do not forward this e-mail.',
}

function render(locale: Locale, subject: string, blocks: Block[], url = ''): RenderedEmail {
  return {
    subject,
    text: renderText(blocks, url, KEEP_PRIVATE[locale]),
    html: renderHtml(blocks, url, KEEP_PRIVATE[locale], locale, subject),
  }
}

export const windowText = (w: Window): string => {
  const [y, m, d] = w.day.split('-')
  return `${d}/${m}/${y} ${w.from}–${w.to}`
}

export type ConsentEmailData = {
  contactName: string
  delegationName: string
  delegateName?: string | null
  journalistName: string
  outletName: string
  eventName: string
  topic: string
  questions?: string | null
  windows: Window[]
  url: string
  expiresAt: Date
  reminder?: boolean
}

/** To the delegation's contact (in Vietnamese, the delegations' language): accept or decline through the link. */
export function consentEmail(data: ConsentEmailData): RenderedEmail {
  const whom = data.delegateName
    ? `đại biểu ${data.delegateName} (${data.delegationName})`
    : data.delegationName
  const blocks: Block[] = [
    p(`Kính gửi ${data.contactName},`),
    p(
      `${data.reminder ? 'Trung tâm Báo chí xin nhắc lại: ' : ''}Phóng viên ${data.journalistName} (${data.outletName}) đề nghị được phỏng vấn ${whom} tại ${data.eventName}.`,
    ),
    { type: 'quote', label: 'Chủ đề', text: data.topic },
    ...(data.questions
      ? [{ type: 'quote', label: 'Câu hỏi dự kiến', text: data.questions } as Block]
      : []),
    p(`Thời gian phóng viên mong muốn: ${data.windows.map(windowText).join('; ')}.`),
    p(
      `Xin quý đoàn cho biết đồng ý hay từ chối qua đường dẫn dưới đây (không cần tài khoản), trước ${localDateTime(data.expiresAt)}. Khi đoàn đồng ý, Trung tâm Báo chí sẽ xếp giờ và phòng và gửi lịch cho hai bên.`,
    ),
    { type: 'statusLink' },
    p('Trân trọng,\nTrung tâm Báo chí'),
  ]
  const subject = `${data.reminder ? 'Nhắc: ' : ''}Đề nghị phỏng vấn ${data.delegationName} — ${data.eventName}`
  return render('vi', subject, blocks, data.url)
}

export type ScheduledEmailData = {
  locale: Locale
  to: 'journalist' | 'contact'
  name: string
  delegationName: string
  delegateName?: string | null
  journalistName: string
  outletName: string
  eventName: string
  topic: string
  start: Date
  end: Date
  room: string
}

/** To each side: the interview's time and room; the .ics attachment carries the same. */
export function scheduledEmail(data: ScheduledEmailData): RenderedEmail {
  const when = `${localDateTime(data.start)}–${localDateTime(data.end).slice(11)}`
  const whom = data.delegateName
    ? `${data.delegateName} (${data.delegationName})`
    : data.delegationName
  if (data.locale === 'en')
    return render('en', `Interview scheduled: ${whom}, ${when}`, [
      p(`Dear ${data.name},`),
      p(
        data.to === 'journalist'
          ? `Your interview with ${whom} at ${data.eventName} is scheduled.`
          : `The interview of ${whom} by ${data.journalistName} (${data.outletName}) at ${data.eventName} is scheduled.`,
      ),
      { type: 'quote', label: 'Topic', text: data.topic },
      p(`Time (Vietnam time): ${when}\nRoom: ${data.room}`),
      p('The attached calendar file (.ics) adds it to your calendar.'),
      p('Kind regards,\nPress centre'),
    ])
  return render('vi', `Lịch phỏng vấn: ${whom}, ${when}`, [
    p(`Kính gửi ${data.name},`),
    p(
      data.to === 'journalist'
        ? `Buổi phỏng vấn ${whom} tại ${data.eventName} của quý vị đã được xếp lịch.`
        : `Buổi phỏng vấn ${whom} của phóng viên ${data.journalistName} (${data.outletName}) tại ${data.eventName} đã được xếp lịch.`,
    ),
    { type: 'quote', label: 'Chủ đề', text: data.topic },
    p(`Thời gian (giờ Việt Nam): ${when}\nPhòng: ${data.room}`),
    p('Tệp lịch (.ics) đính kèm giúp thêm buổi phỏng vấn vào lịch của quý vị.'),
    p('Trân trọng,\nTrung tâm Báo chí'),
  ])
}

/** The interview as one calendar event (the same UID on both sides, so an update replaces it). */
export function interviewCalendar(data: {
  id: string | number
  host: string
  locale: Locale
  delegationName: string
  delegateName?: string | null
  journalistName: string
  topic: string
  start: Date | string
  end: Date | string
  room: string
  stamp: Date
}): string {
  const whom = data.delegateName
    ? `${data.delegateName} (${data.delegationName})`
    : data.delegationName
  return buildCalendar({
    name: data.locale === 'en' ? 'Interview' : 'Phỏng vấn',
    stamp: data.stamp,
    events: [
      {
        uid: `interview-${data.id}@${data.host}`,
        start: data.start,
        end: data.end,
        summary:
          data.locale === 'en'
            ? `Interview: ${whom} — ${data.journalistName}`
            : `Phỏng vấn: ${whom} — ${data.journalistName}`,
        description: data.topic,
        location: data.room,
      },
    ],
  })
}
