import { APIError, type PayloadRequest } from 'payload'

type Problem =
  | 'no-list'
  | 'choose-event'
  | 'zone-not-in-event'
  | 'list-not-today'
  | 'not-admin'
  | 'same-day'
  | 'unknown-session'
  | 'session-not-in-list'

const messages: Record<Problem, { vi: string; en: string; status: number }> = {
  'no-list': {
    vi: 'Sự kiện này không có danh sách kiểm soát vào ngày đó.',
    en: 'This event has no check-in list on that day.',
    status: 404,
  },
  'choose-event': {
    vi: 'Hôm đó có nhiều sự kiện: hãy chọn danh sách của sự kiện.',
    en: 'Several events have lists that day: choose the event’s list.',
    status: 400,
  },
  'zone-not-in-event': {
    vi: 'Sự kiện này không có khu vực đó.',
    en: 'This event has no such zone.',
    status: 400,
  },
  'list-not-today': {
    vi: 'Chỉ quét được danh sách của hôm nay. Danh sách ngày khác chỉ quản trị viên được mở (có ghi nhật ký).',
    en: 'Only today’s lists can be scanned. Another day’s list is opened by an admin only (logged).',
    status: 403,
  },
  'not-admin': {
    vi: 'Chỉ quản trị viên được mở danh sách kiểm soát của ngày khác.',
    en: 'Only an admin can open another day’s check-in list.',
    status: 403,
  },
  'unknown-session': {
    vi: 'Không có phiên này trong chương trình.',
    en: 'There is no such session in the programme.',
    status: 404,
  },
  'session-not-in-list': {
    vi: 'Phiên này không thuộc sự kiện và ngày của danh sách kiểm soát.',
    en: 'This session is not in the check-in list’s event and day.',
    status: 400,
  },
  'same-day': {
    vi: 'Danh sách hôm nay đã mở sẵn, không cần mở riêng.',
    en: 'Today’s lists are already open; there is nothing to open.',
    status: 400,
  },
}

/** A refusal at the door in the caller's language (Vietnamese unless the caller works in English), as a 4xx. */
export function checkInRefusal(req: PayloadRequest | undefined, problem: Problem): APIError {
  const message = messages[problem]
  const language = req?.i18n?.language ?? req?.locale
  return new APIError(language === 'en' ? message.en : message.vi, message.status, null, true)
}
