import type { LiveRefusalCode } from './liveRules'

/** Each refusal's HTTP status and sentence, in Vietnamese (default) and English. */
export const LIVE_REFUSALS: Record<LiveRefusalCode, { status: number; vi: string; en: string }> = {
  'not-allowed': {
    status: 403,
    vi: 'Chỉ biên tập viên và quản trị viên được tường thuật trực tiếp.',
    en: 'Only editors and admins may cover a session live.',
  },
  'session-not-found': { status: 404, vi: 'Không tìm thấy phiên.', en: 'No such session.' },
  'update-not-found': {
    status: 404,
    vi: 'Không tìm thấy cập nhật.',
    en: 'No such live update.',
  },
  'already-live': {
    status: 409,
    vi: 'Phiên này đang được tường thuật trực tiếp.',
    en: 'This session is already live.',
  },
  'not-live': {
    status: 409,
    vi: 'Phiên này không đang tường thuật trực tiếp: hãy mở tường thuật trước.',
    en: 'This session is not live: open its live coverage first.',
  },
  'empty-text': {
    status: 400,
    vi: 'Hãy nhập nội dung cập nhật.',
    en: 'Write the update’s text.',
  },
  'text-too-long': {
    status: 400,
    vi: 'Nội dung quá dài (tối đa 2.000 ký tự).',
    en: 'The text is too long (2,000 characters at most).',
  },
  'bad-kind': { status: 400, vi: 'Loại cập nhật không hợp lệ.', en: 'Unknown kind of update.' },
  'photo-missing': {
    status: 400,
    vi: 'Cập nhật ảnh cần có ảnh.',
    en: 'A photo update needs its photo.',
  },
  'credit-missing': {
    status: 400,
    vi: 'Hãy ghi nguồn ảnh (tác giả, cơ quan).',
    en: 'Give the photo’s credit (photographer, outlet).',
  },
  'credit-too-long': {
    status: 400,
    vi: 'Nguồn ảnh quá dài (tối đa 200 ký tự).',
    en: 'The credit is too long (200 characters at most).',
  },
  'speaker-missing': {
    status: 400,
    vi: 'Trích dẫn cần ghi người phát biểu.',
    en: 'A quote needs its speaker.',
  },
  'speaker-too-long': {
    status: 400,
    vi: 'Tên người phát biểu quá dài (tối đa 200 ký tự).',
    en: 'The speaker’s name is too long (200 characters at most).',
  },
  'not-an-image': {
    status: 415,
    vi: 'Tệp không phải ảnh JPEG, PNG hoặc WebP.',
    en: 'The file is not a JPEG, PNG or WebP image.',
  },
  'image-too-large': {
    status: 413,
    vi: 'Ảnh quá lớn (tối đa 10 MB).',
    en: 'The photo is too large (10 MB at most).',
  },
  'correction-missing': {
    status: 400,
    vi: 'Hãy ghi chú đính chính: đã sửa gì.',
    en: 'Say what was corrected (the correction note).',
  },
  'correction-too-long': {
    status: 400,
    vi: 'Ghi chú đính chính quá dài (tối đa 500 ký tự).',
    en: 'The correction note is too long (500 characters at most).',
  },
  unchanged: {
    status: 400,
    vi: 'Nội dung đính chính giống bản cũ.',
    en: 'The corrected text is the same as before.',
  },
  deleted: {
    status: 409,
    vi: 'Cập nhật này đã bị gỡ.',
    en: 'This update has been removed.',
  },
  'already-deleted': {
    status: 409,
    vi: 'Cập nhật này đã được gỡ trước đó.',
    en: 'This update was already removed.',
  },
  'fixed-after-posting': {
    status: 400,
    vi: 'Sau khi đăng chỉ được đính chính nội dung, ghim hoặc gỡ cập nhật.',
    en: 'Once posted, an update can only be corrected, pinned or removed.',
  },
  'session-missing': { status: 400, vi: 'Hãy chọn phiên.', en: 'Choose the session.' },
  'one-at-a-time': {
    status: 400,
    vi: 'Mỗi lần chỉ đính chính, ghim hoặc gỡ một cập nhật.',
    en: 'Correct, pin or remove one update at a time.',
  },
}

/** A refusal's sentence in one language (Vietnamese unless English is asked for). */
export const liveRefusalMessage = (code: LiveRefusalCode, language: string | undefined): string =>
  language === 'en' ? LIVE_REFUSALS[code].en : LIVE_REFUSALS[code].vi
