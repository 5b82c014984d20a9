import { APIError, type PayloadRequest } from 'payload'

import type { Label } from '../lib/labels'
import { FieldRefusal } from '../refusals/fieldRefusal'

/** Every refusal of an accreditation action, in the caller's language (Vietnamese unless the admin speaks English). */
const MESSAGES = {
  'not-allowed-create': [
    'Bạn không có quyền tạo hồ sơ đăng ký.',
    'Not allowed to create an accreditation request.',
  ],
  'starts-submitted': [
    'Hồ sơ mới luôn bắt đầu ở trạng thái “Đã nộp”; hãy quyết định sau khi đã tạo.',
    'A new application always starts as “submitted”; decide it once it exists.',
  ],
  'not-allowed-status': [
    'Bạn không có quyền đổi trạng thái hồ sơ.',
    'Not allowed to change the status.',
  ],
  'not-a-status': ['Trạng thái không tồn tại.', 'Unknown status.'],
  'not-allowed': [
    'Không được phép chuyển sang trạng thái này.',
    'This change of status is not allowed.',
  ],
  'reason-required': [
    'Chọn lý do cho quyết định này trước khi từ chối hoặc yêu cầu bổ sung.',
    'Choose a reason for this decision before rejecting or asking for more information.',
  ],
  'message-required': [
    'Viết lời nhắn mới gửi người đăng ký cho quyết định này trước khi từ chối hoặc yêu cầu bổ sung.',
    'Write a new message to the applicant for this decision before rejecting or asking for more information.',
  ],
  'quota-reached': [
    'Cơ quan này đã đủ số lượng thẻ cho vai trò này.',
    'This outlet’s quota for this role is full.',
  ],
  'no-event': ['Hãy chọn sự kiện đăng ký.', 'Choose the event to apply for.'],
  'event-draft': [
    'Sự kiện này chưa được công bố và chưa nhận đăng ký.',
    'This event has not been announced and takes no applications.',
  ],
  'event-closed': ['Sự kiện này đã khóa đăng ký.', 'Applications for this event are closed.'],
  'event-archived': [
    'Sự kiện này đã kết thúc và được lưu trữ; không nhận đăng ký.',
    'This event is over and archived; it takes no applications.',
  ],
  'event-over': [
    'Sự kiện này đã kết thúc; không nhận đăng ký.',
    'This event is over; it takes no applications.',
  ],
  'event-not-yet': [
    'Chưa đến thời gian nhận đăng ký cho sự kiện này; đăng ký mở lúc',
    'Applications for this event are not open yet; they open at',
  ],
  'event-window-closed': [
    'Đã hết hạn nhận đăng ký cho sự kiện này; hạn chót là',
    'Applications for this event have closed; the deadline was',
  ],
  'days-not-offered': [
    'Chỉ chọn các ngày còn lại của sự kiện, mỗi ngày một lần.',
    'Choose only days of this event that are still to come, each once.',
  ],
  'rules-version': [
    'Hãy chấp nhận đúng phiên bản quy chế báo chí đang áp dụng cho sự kiện này.',
    'Accept the version of the press rules in force for this event.',
  ],
  'already-applied': [
    'Người này đã có hồ sơ đăng ký cho sự kiện này (mỗi người một hồ sơ cho mỗi sự kiện).',
    'This person has already applied for this event (one application per person per event).',
  ],
  'quota-full': [
    'Cơ quan này đã đủ số lượng thẻ cho vai trò này; hồ sơ chỉ có thể vào danh sách chờ.',
    'This outlet’s quota for this role is full; the application can only join the waiting list.',
  ],
  'waitlist-order': [
    'Còn người đăng ký trước trong danh sách chờ của cơ quan và vai trò này: chỗ trống dành cho người đến trước.',
    'Someone who applied earlier is on this outlet’s waiting list for this role: a free place goes to them first.',
  ],
  'event-fixed': [
    'Hồ sơ đã nộp không chuyển sang sự kiện khác được; người đăng ký nộp hồ sơ mới cho sự kiện đó.',
    'An application cannot move to another event; the applicant applies to that event instead.',
  ],
  'waitlist-empty': [
    'Không có ai trong danh sách chờ của cơ quan và vai trò này.',
    'Nobody is on this outlet’s waiting list for this role.',
  ],
} as const satisfies Record<string, readonly [string, string]>

export type Refusal = keyof typeof MESSAGES

export const refusalMessage = (
  req: Pick<PayloadRequest, 'i18n'> | undefined,
  refusal: Refusal,
  detail = '',
): string =>
  `${MESSAGES[refusal][req?.i18n?.language === 'en' ? 1 : 0]}${detail ? ` (${detail})` : ''}`

/**
 * The field of an application each refusal is about: the admin shows the sentence next to it
 * (Payload's ValidationError), REST and the site read the same sentence as the message.
 */
const FIELD: Partial<Record<Refusal, string>> = {
  'reason-required': 'reasonCode',
  'message-required': 'decisionMessage',
  'quota-reached': 'status',
  'waitlist-order': 'status',
  'not-allowed': 'status',
  'event-fixed': 'event',
  'days-not-offered': 'days',
  'rules-version': 'rulesVersion',
}

/**
 * A 4xx the caller sees as it is (never a 500), with nothing written; `data.refusal` names it for
 * programs. `fact`, when given, is the whole sentence with the facts (in both languages).
 */
export function refuse(
  req: PayloadRequest,
  refusal: Refusal,
  status: 400 | 403 | 404 | 409,
  detail?: string,
  fact?: Label,
): never {
  const message = fact
    ? req?.i18n?.language === 'en'
      ? fact.en
      : fact.vi
    : refusalMessage(req, refusal, detail)
  const path = FIELD[refusal]
  if (path)
    throw new FieldRefusal({
      collection: 'accreditation-requests',
      path,
      message,
      status,
      refusal,
    })
  throw new APIError(message, status, { refusal }, true)
}
