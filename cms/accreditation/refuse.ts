import { APIError, type PayloadRequest } from 'payload'

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
} as const satisfies Record<string, readonly [string, string]>

export type Refusal = keyof typeof MESSAGES

export const refusalMessage = (
  req: Pick<PayloadRequest, 'i18n'> | undefined,
  refusal: Refusal,
  detail = '',
): string =>
  `${MESSAGES[refusal][req?.i18n?.language === 'en' ? 1 : 0]}${detail ? ` (${detail})` : ''}`

/** A 4xx the caller sees as it is (never a 500), with nothing written; `data.refusal` names it for programs. */
export function refuse(
  req: PayloadRequest,
  refusal: Refusal,
  status: 400 | 403 | 409,
  detail?: string,
): never {
  throw new APIError(refusalMessage(req, refusal, detail), status, { refusal }, true)
}
