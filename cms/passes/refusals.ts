import { APIError, type PayloadRequest } from 'payload'

import type { PassChangeProblem } from '../lib/passes/passChange'
import { FieldRefusal } from '../refusals/fieldRefusal'

type Problem =
  | PassChangeProblem
  | 'not-allowed'
  | 'not-found'
  | 'request-not-approved-issue'
  | 'not-checkin-staff'
  | 'not-allowed-print'
  | 'too-many-badges'
  | 'nothing-to-print'

const messages: Record<Problem, { vi: string; en: string; status: number }> = {
  'frozen-field': {
    vi: 'Số thẻ, hồ sơ và mã định danh của thẻ không thể thay đổi.',
    en: 'A pass’s number, request and serial cannot be changed.',
    status: 400,
  },
  'request-not-approved': {
    vi: 'Chỉ kích hoạt lại thẻ của hồ sơ đã được duyệt.',
    en: 'Only the pass of an approved request can be re-activated.',
    status: 409,
  },
  'request-not-approved-issue': {
    vi: 'Chỉ cấp thẻ cho hồ sơ đã được duyệt.',
    en: 'Passes are issued only for approved requests.',
    status: 409,
  },
  'bad-day': {
    vi: 'Ngày hiệu lực phải có dạng YYYY-MM-DD.',
    en: 'Valid days must be dates (YYYY-MM-DD).',
    status: 400,
  },
  'no-days': {
    vi: 'Thẻ cần ít nhất một ngày hiệu lực.',
    en: 'A pass needs at least one valid day.',
    status: 400,
  },
  'no-zones': {
    vi: 'Thẻ cần ít nhất một khu vực.',
    en: 'A pass needs at least one zone.',
    status: 400,
  },
  'not-allowed': {
    vi: 'Chỉ bộ phận cấp thẻ được thay đổi thẻ tác nghiệp.',
    en: 'Only the press office can change press passes.',
    status: 403,
  },
  'not-found': { vi: 'Không tìm thấy thẻ.', en: 'Pass not found.', status: 404 },
  'not-allowed-print': {
    vi: 'Chỉ bộ phận cấp thẻ được in thẻ tác nghiệp.',
    en: 'Only the press office can print press badges.',
    status: 403,
  },
  'too-many-badges': {
    vi: 'Mỗi lần in tối đa 400 thẻ: hãy lọc theo sự kiện hoặc cơ quan báo chí.',
    en: 'At most 400 badges per print run: filter by event or outlet.',
    status: 400,
  },
  'nothing-to-print': {
    vi: 'Không có thẻ nào để in (thẻ đã thu hồi hoặc hồ sơ chưa được duyệt không được in).',
    en: 'There is no badge to print (revoked passes and requests not approved are left out).',
    status: 400,
  },
  'not-checkin-staff': {
    vi: 'Chỉ cán bộ kiểm soát ra vào được quét thẻ.',
    en: 'Only check-in staff can record check-ins.',
    status: 403,
  },
}

/** The field of a pass a refusal is about: the admin shows the sentence next to it. */
const FIELD: Partial<Record<Problem, string>> = {
  'bad-day': 'days',
  'no-days': 'days',
  'no-zones': 'zones',
  'request-not-approved': 'status',
}

/** A refusal in the caller's language (Vietnamese unless the caller works in English), as a 4xx. */
export function passRefusal(req: PayloadRequest | undefined, problem: Problem): APIError {
  const message = messages[problem]
  const language = req?.i18n?.language ?? req?.locale
  const text = language === 'en' ? message.en : message.vi
  const path = FIELD[problem]
  return path
    ? new FieldRefusal({ collection: 'passes', path, message: text, status: message.status })
    : new APIError(text, message.status, null, true)
}
