import type { Locale } from '~/site/lib/i18n/locales'

/** The interview section's and the consent page's words, in the site's two languages. */
const TEXT = {
  heading: ['Đề nghị phỏng vấn đại biểu', 'Interviews with delegates'],
  intro: [
    'Đề nghị phỏng vấn một đoàn đại biểu hoặc một đại biểu. Trung tâm Báo chí chuyển đề nghị đến đoàn; khi đoàn đồng ý, bạn nhận giờ và phòng qua e-mail (kèm tệp lịch).',
    'Ask to interview a delegation or one of its delegates. The press centre forwards your request; once the delegation accepts, you receive the time and room by e-mail (with a calendar file).',
  ],
  noEvents: [
    'Bạn chưa có thẻ tác nghiệp còn hiệu lực cho sự kiện có đoàn đại biểu, nên chưa đề nghị phỏng vấn được.',
    'You hold no valid press pass for an event with delegations, so you cannot request an interview yet.',
  ],
  mine: ['Đề nghị của bạn', 'Your requests'],
  none: ['Bạn chưa gửi đề nghị phỏng vấn nào.', 'You have not requested any interview yet.'],
  newRequest: ['Gửi đề nghị mới', 'New request'],
  whom: ['Phỏng vấn ai', 'Whom to interview'],
  wholeDelegation: ['Cả đoàn', 'The delegation'],
  choose: ['— Chọn —', '— Choose —'],
  topic: ['Chủ đề', 'Topic'],
  questions: ['Câu hỏi dự kiến (không bắt buộc)', 'Questions (optional)'],
  windows: ['Thời gian mong muốn (giờ Việt Nam)', 'Preferred times (Vietnam time)'],
  windowN: ['Khung giờ', 'Window'],
  optional: ['không bắt buộc', 'optional'],
  day: ['Ngày', 'Day'],
  from: ['Từ', 'From'],
  to: ['Đến', 'To'],
  send: ['Gửi đề nghị', 'Send the request'],
  sent: [
    'Đã gửi đề nghị phỏng vấn. Trung tâm Báo chí sẽ chuyển đến đoàn.',
    'Your interview request is sent. The press centre will forward it to the delegation.',
  ],
  status: ['Trạng thái', 'Status'],
  when: ['Thời gian', 'Time'],
  room: ['Phòng', 'Room'],
  ics: ['Thêm vào lịch (.ics)', 'Add to calendar (.ics)'],
  asked: ['Khung giờ đã nêu', 'Windows asked for'],
  consentTitle: ['Đề nghị phỏng vấn', 'Interview request'],
  consentIntro: [
    'Phóng viên {journalist} ({outlet}) đề nghị được phỏng vấn {whom}. Xin cho biết đoàn đồng ý hay từ chối; đường dẫn này chỉ dùng được một lần.',
    '{journalist} ({outlet}) asks to interview {whom}. Please tell us whether the delegation accepts or declines; this link works once.',
  ],
  expires: ['Đường dẫn có hiệu lực đến', 'This link works until'],
  note: [
    'Lời nhắn cho Trung tâm Báo chí (không bắt buộc)',
    'A note for the press centre (optional)',
  ],
  accept: ['Đồng ý phỏng vấn', 'Accept the interview'],
  decline: ['Từ chối', 'Decline'],
  accepted: [
    'Cảm ơn quý đoàn đã đồng ý. Trung tâm Báo chí sẽ xếp giờ, phòng và gửi lịch cho hai bên.',
    'Thank you for accepting. The press centre will assign a time and room and send both sides the schedule.',
  ],
  declined: [
    'Đã ghi nhận: đoàn từ chối đề nghị này. Cảm ơn quý đoàn đã trả lời.',
    'Recorded: the delegation declines this request. Thank you for answering.',
  ],
} as const

export type InterviewTextKey = keyof typeof TEXT

export function interviewsText(locale: Locale) {
  return (key: InterviewTextKey, vars: Record<string, string> = {}): string =>
    TEXT[key][locale === 'en' ? 1 : 0].replace(/\{(\w+)\}/g, (_, name: string) => vars[name] ?? '')
}
