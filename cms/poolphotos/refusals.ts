import { APIError, type PayloadRequest } from 'payload'

import type { PoolUploadRefusal } from '~/cms/lib/poolPhotos/poolPhotoRules'
import { POOL_BATCH_MAX, POOL_PHOTO_MAX_BYTES } from '~/cms/lib/poolPhotos/poolPhotoRules'

const MB = Math.round(POOL_PHOTO_MAX_BYTES / 1024 / 1024)

/** Every refusal of a pool-photo action, in Vietnamese and English. */
const MESSAGES = {
  'not-signed-in': [
    'Hãy đăng nhập khu vực báo chí bằng tài khoản của bạn.',
    'Sign in to the press area with your own account.',
  ],
  'no-such-session': ['Không tìm thấy phiên họp này.', 'No such session.'],
  'not-in-pool': [
    'Bạn không thuộc nhóm phóng viên đại diện (pool) của phiên này.',
    'You are not in this session’s press pool.',
  ],
  'pass-revoked': [
    'Thẻ tác nghiệp của bạn không còn hiệu lực.',
    'Your press pass is no longer valid.',
  ],
  'upload-not-open': [
    'Chưa đến giờ gửi ảnh pool cho phiên này (mở trước giờ họp 1 tiếng).',
    'Pool uploads for this session open one hour before it starts.',
  ],
  'upload-closed': [
    'Đã hết hạn gửi ảnh pool cho phiên này (24 giờ sau khi kết thúc).',
    'Pool uploads for this session closed 24 hours after it ended.',
  ],
  'no-files': ['Hãy chọn ít nhất một ảnh.', 'Choose at least one photo.'],
  'too-many-files': [
    `Mỗi lần gửi tối đa ${POOL_BATCH_MAX} ảnh.`,
    `Send at most ${POOL_BATCH_MAX} photos at a time.`,
  ],
  'not-editor': [
    'Chỉ biên tập viên mới công bố được ảnh pool.',
    'Only editors can release pool photos.',
  ],
  'no-such-photo': ['Không tìm thấy ảnh.', 'No such photo.'],
  'may-not-withdraw': [
    'Chỉ người chụp (trước khi ảnh được công bố) hoặc biên tập viên mới rút được ảnh này.',
    'Only the photographer (before release) or an editor can withdraw this photo.',
  ],
  'nothing-chosen': ['Hãy chọn ảnh cần công bố.', 'Choose the photos to release.'],
  // Per file of a batch (the codes of cms/lib/files and normalisePoolPhoto).
  empty: ['Tệp rỗng.', 'The file is empty.'],
  too_large: [`Ảnh lớn hơn ${MB} MB.`, `The photo is larger than ${MB} MB.`],
  heic: [
    'Ảnh HEIC của iPhone chưa được nhận: hãy chọn định dạng "Tương thích nhất" (JPEG) trong Cài đặt › Camera.',
    'iPhone HEIC photos are not accepted: choose "Most Compatible" (JPEG) in Settings › Camera.',
  ],
  svg: [
    'Tệp SVG không được nhận: chỉ ảnh JPEG, PNG hoặc WebP.',
    'SVG is not accepted: JPEG, PNG or WebP only.',
  ],
  html: ['Tệp này không phải là ảnh.', 'This file is not a photo.'],
  not_image: [
    'Tệp này không phải là ảnh JPEG, PNG hoặc WebP.',
    'This file is not a JPEG, PNG or WebP photo.',
  ],
  not_pdf_or_image: ['Tệp này không phải là ảnh.', 'This file is not a photo.'],
  too_small: [
    'Ảnh quá nhỏ (cạnh ngắn dưới 320 điểm ảnh).',
    'The photo is too small (short side under 320 pixels).',
  ],
  too_many_pixels: ['Ảnh có quá nhiều điểm ảnh.', 'The photo has too many pixels.'],
} as const satisfies Record<string, readonly [string, string]>

export type PoolPhotoRefusal = keyof typeof MESSAGES
export type PoolFileProblem = Extract<
  PoolPhotoRefusal,
  | 'empty'
  | 'too_large'
  | 'heic'
  | 'svg'
  | 'html'
  | 'not_image'
  | 'not_pdf_or_image'
  | 'too_small'
  | 'too_many_pixels'
>

const STATUS: Partial<Record<PoolPhotoRefusal, 400 | 403 | 404 | 409>> = {
  'not-signed-in': 403,
  'no-such-session': 404,
  'not-in-pool': 403,
  'pass-revoked': 403,
  'upload-not-open': 409,
  'upload-closed': 409,
  'not-editor': 403,
  'no-such-photo': 404,
  'may-not-withdraw': 403,
}

/** The caller's language: the site passes it in the context, the admin in its i18n. */
export const languageOf = (req: PayloadRequest): 'vi' | 'en' =>
  (req.context?.language ?? req.i18n?.language) === 'en' ? 'en' : 'vi'

export const poolPhotoMessage = (language: 'vi' | 'en', refusal: PoolPhotoRefusal): string =>
  MESSAGES[refusal][language === 'en' ? 1 : 0]

/** A 4xx with a sentence in the caller's language; nothing is written. */
export function refusePoolPhoto(
  req: PayloadRequest,
  refusal: PoolPhotoRefusal | PoolUploadRefusal,
): never {
  throw new APIError(
    poolPhotoMessage(languageOf(req), refusal),
    STATUS[refusal] ?? 400,
    { refusal },
    true,
  )
}
