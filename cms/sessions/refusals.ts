import { APIError, type PayloadRequest } from 'payload'

import type { AccessSwitchProblem } from '~/cms/lib/schedule/accessSwitch'
import { FieldRefusal } from '~/cms/refusals/fieldRefusal'

type Problem = AccessSwitchProblem | 'not-found'

const messages: Record<Problem, { vi: string; en: string; status: number }> = {
  'not-allowed': {
    vi: 'Chỉ cán bộ cấp thẻ tác nghiệp và quản trị viên được đổi quyền báo chí của phiên đã có (biên tập viên đặt quyền khi tạo phiên).',
    en: 'Only accreditation officers and admins may change the press access of an existing session (editors set it when they create the session).',
    status: 403,
  },
  'bad-access': {
    vi: 'Quyền báo chí phải là: mở (open), nhóm đại diện (pool) hoặc họp kín (closed).',
    en: 'Press access must be open, pool or closed.',
    status: 400,
  },
  'not-found': {
    vi: 'Không tìm thấy phiên này.',
    en: 'No such session.',
    status: 404,
  },
}

/** A refusal about a session's access, in the caller's language, as a 4xx (at the field when there is one). */
export function sessionRefusal(req: PayloadRequest | undefined, problem: Problem): APIError {
  const message = messages[problem]
  const language = req?.i18n?.language ?? req?.locale
  const text = language === 'en' ? message.en : message.vi
  return problem === 'not-found'
    ? new APIError(text, message.status, null, true)
    : new FieldRefusal({
        collection: 'sessions',
        path: 'pressAccess',
        message: text,
        status: message.status,
        refusal: problem,
      })
}
