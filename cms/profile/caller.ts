import { APIError, type PayloadRequest } from 'payload'

import type { Journalist } from '../payload-types'

/** Every refusal of a profile action, in the journalist's language. */
const MESSAGES = {
  'not-signed-in': [
    'Hãy đăng nhập khu vực báo chí bằng tài khoản của bạn.',
    'Sign in to the press area with your own account.',
  ],
  'not-staff': [
    'Chỉ cán bộ cấp thẻ mới xử lý được yêu cầu này.',
    'Only accreditation staff can handle this request.',
  ],
  'no-such-request': ['Không tìm thấy yêu cầu.', 'No such request.'],
  'no-outcome': [
    'Chọn kết quả: đã thực hiện hoặc từ chối.',
    'Choose the outcome: done or refused.',
  ],
  'already-handled': ['Yêu cầu này đã được xử lý.', 'This request has been handled already.'],
  'request-pending': [
    'Yêu cầu xoá dữ liệu của bạn đã được ghi nhận và đang chờ xử lý.',
    'Your deletion request is already recorded and waiting to be handled.',
  ],
  'no-such-event': [
    'Sự kiện này không nhận đăng ký tác nghiệp.',
    'This event does not take applications.',
  ],
  'already-applied': ['Bạn đã đăng ký cho sự kiện này.', 'You have applied to this event already.'],
  'profile-incomplete': [
    'Hồ sơ cá nhân của bạn chưa đủ để đăng ký nhanh; hãy dùng mẫu đăng ký đầy đủ.',
    'Your profile is not complete enough to apply from it; use the full application form.',
  ],
} as const satisfies Record<string, readonly [string, string]>

export type ProfileRefusal = keyof typeof MESSAGES

export const profileMessage = (language: string | null | undefined, refusal: ProfileRefusal) =>
  MESSAGES[refusal][language === 'en' ? 1 : 0]

/** A 4xx with a sentence in the caller's language; nothing is written. */
export function refuseProfile(
  req: PayloadRequest,
  refusal: ProfileRefusal,
  status: 400 | 403 | 404 | 409,
): never {
  const language = req.context.language ?? (req.i18n?.language === 'en' ? 'en' : 'vi')
  throw new APIError(profileMessage(language, refusal), status, { refusal }, true)
}

/** The signed-in journalist behind this request, read fresh: an account no longer accredited is nobody. */
export async function journalistOf(req: PayloadRequest): Promise<Journalist> {
  const user = req.user
  if (user?.collection !== 'journalists') refuseProfile(req, 'not-signed-in', 403)
  const account = await req.payload
    .findByID({
      collection: 'journalists',
      id: user.id,
      depth: 0,
      overrideAccess: true,
      req,
    })
    .catch(() => null)
  if (!account?.accredited) refuseProfile(req, 'not-signed-in', 403)
  return account
}
