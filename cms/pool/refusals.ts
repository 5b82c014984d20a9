import { APIError, type PayloadRequest } from 'payload'

import type { AddProblem } from '../lib/pool/rotation'
import { FieldRefusal } from '../refusals/fieldRefusal'

export type PoolProblem =
  | AddProblem
  | 'not-allowed'
  | 'session-not-found'
  | 'not-pool-session'
  | 'session-started'
  | 'bad-quota'
  | 'no-quota'
  | 'pass-not-found'
  | 'pass-other-event'
  | 'pass-revoked'
  | 'pass-wrong-day'
  | 'member-not-found'

const messages: Record<PoolProblem, { vi: string; en: string; status: number }> = {
  'not-allowed': {
    vi: 'Chỉ bộ phận cấp thẻ được chọn nhóm phóng viên đại diện.',
    en: 'Only the press office can name the press pool.',
    status: 403,
  },
  'session-not-found': { vi: 'Không tìm thấy phiên.', en: 'Session not found.', status: 404 },
  'not-pool-session': {
    vi: 'Chỉ phiên dành cho nhóm phóng viên đại diện mới có nhóm đại diện (phiên này mở cho báo chí hoặc không mở cho báo chí).',
    en: 'Only a pool-only session has a press pool (this session is open or closed to the press).',
    status: 409,
  },
  'session-started': {
    vi: 'Phiên đã bắt đầu: không thể thay đổi nhóm đại diện (chỉ quản trị viên được buộc thay đổi).',
    en: 'The session has started: its pool can no longer change (only an admin can force it).',
    status: 409,
  },
  'bad-quota': {
    vi: 'Số suất phải là số nguyên từ 0 đến 500.',
    en: 'A quota must be a whole number from 0 to 500.',
    status: 400,
  },
  'no-quota': {
    vi: 'Hãy đặt số suất cho ít nhất một vai trò trước khi chọn nhóm đại diện.',
    en: 'Set a quota for at least one role before naming the pool.',
    status: 400,
  },
  'pass-not-found': { vi: 'Không tìm thấy thẻ.', en: 'Pass not found.', status: 404 },
  'pass-other-event': {
    vi: 'Thẻ này thuộc sự kiện khác.',
    en: 'This pass belongs to another event.',
    status: 400,
  },
  'pass-revoked': {
    vi: 'Thẻ này đã bị thu hồi.',
    en: 'This pass has been revoked.',
    status: 409,
  },
  'pass-wrong-day': {
    vi: 'Thẻ này không có hiệu lực vào ngày diễn ra phiên.',
    en: 'This pass is not valid on the day of the session.',
    status: 409,
  },
  'already-member': {
    vi: 'Thẻ này đã ở trong nhóm đại diện của phiên.',
    en: 'This pass is already in the session’s pool.',
    status: 409,
  },
  'quota-full': {
    vi: 'Đã đủ số suất của vai trò này.',
    en: 'This role’s quota is already filled.',
    status: 409,
  },
  'outlet-has-place': {
    vi: 'Cơ quan báo chí này đã có người ở vai trò này trong khi cơ quan khác còn chờ lượt.',
    en: 'This outlet already has someone in this role while other outlets are still waiting.',
    status: 409,
  },
  'member-not-found': {
    vi: 'Không tìm thấy thành viên nhóm đại diện.',
    en: 'Pool member not found.',
    status: 404,
  },
}

/** A refusal in the caller's language (Vietnamese unless the caller works in English), as a 4xx. */
export function poolRefusal(
  req: PayloadRequest | undefined,
  problem: PoolProblem,
  path?: string,
): APIError {
  const message = messages[problem]
  const language = req?.i18n?.language ?? req?.locale
  const text = language === 'en' ? message.en : message.vi
  return path
    ? new FieldRefusal({ collection: 'sessions', path, message: text, status: message.status })
    : new APIError(text, message.status, null, true)
}
