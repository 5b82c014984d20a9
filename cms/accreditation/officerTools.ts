import { APIError, type PayloadRequest } from 'payload'

import { hit } from '../rateLimits'

/**
 * The refusals of the officer's and admin's tools on an application (re-send a link, export,
 * erase), in the admin's language (Vietnamese unless switched to English), as 4xx with
 * `data.refusal` naming them for programs.
 */
const MESSAGES = {
  'not-staff': [
    'Chỉ cán bộ cấp thẻ được gửi lại đường liên kết cho người đăng ký.',
    'Only accreditation staff may send an applicant their links again.',
    403,
  ],
  'not-admin': [
    'Chỉ quản trị viên được xuất hoặc xoá dữ liệu của người đăng ký.',
    'Only admins may export or erase an applicant’s data.',
    403,
  ],
  'no-application': ['Không có hồ sơ này.', 'No such application.', 404],
  'too-many': [
    'Đường liên kết vừa được gửi nhiều lần; vui lòng thử lại sau',
    'This link was sent several times just now; please try again in',
    429,
  ],
  'confirm-reference': [
    'Để xác nhận xoá, hãy nhập đúng mã hồ sơ',
    'To confirm the erasure, type the application’s reference code',
    400,
  ],
} as const satisfies Record<string, readonly [string, string, number]>

export type ToolRefusal = keyof typeof MESSAGES

export function refuseTool(req: PayloadRequest, refusal: ToolRefusal, detail?: string): never {
  const [vi, en, status] = MESSAGES[refusal]
  const message = req.i18n?.language === 'en' ? en : vi
  throw new APIError(detail ? `${message} ${detail}.` : message, status, { refusal }, true)
}

/**
 * Links re-sent to one application: 3 of each kind per 10 minutes, whoever sends them and from
 * whichever process (a double click, two officers on the phone with the same journalist), so an
 * applicant is never flooded. Call it before the action's transaction: on SQLite the count is a
 * write of its own.
 */
export async function countResend(
  req: PayloadRequest,
  kind: 'status-link' | 'set-password',
  applicationId: number | string,
): Promise<void> {
  const { allowed, retryAfterSeconds } = await hit(
    req.payload,
    'resends',
    `${kind}:${applicationId}`,
  )
  if (!allowed)
    refuseTool(
      req,
      'too-many',
      req.i18n?.language === 'en'
        ? `${Math.ceil(retryAfterSeconds / 60)} min`
        : `${Math.ceil(retryAfterSeconds / 60)} phút`,
    )
}
