import { APIError, type PayloadRequest } from 'payload'

import { languageOf } from '~/cms/auth/request'

/** Every refusal of a nomination action, in the caller's language. */
const MESSAGES = {
  'not-a-manager': [
    'Chỉ người phụ trách truyền thông của cơ quan (tài khoản đã được duyệt) mới cử được phóng viên.',
    'Only an outlet’s approved media manager may nominate.',
  ],
  'not-staff': ['Chỉ cán bộ cấp thẻ được quyết định.', 'Only accreditation staff may decide.'],
  'no-event': ['Không có sự kiện này.', 'No such event.'],
  'event-closed': [
    'Sự kiện này không nhận đăng ký (ngoài thời gian đăng ký).',
    'This event is not taking applications (outside its accreditation window).',
  ],
  'no-nomination': ['Không có danh sách cử này.', 'No such nomination.'],
  'nomination-withdrawn': ['Danh sách cử này đã được rút.', 'This nomination was withdrawn.'],
  'letter-required': [
    'Hãy tải lên công văn cử phóng viên (PDF hoặc ảnh).',
    'Upload the outlet’s assignment letter (PDF or image).',
  ],
  'no-nominees': ['Danh sách chưa có ai.', 'The list names nobody.'],
  'bad-nominee': ['Thông tin người được cử không hợp lệ', 'A nominee’s details are not valid'],
  'bad-csv': ['Tệp CSV có dòng không hợp lệ', 'The CSV file has lines that are not valid'],
  'already-nominated': [
    'Người này đã có trong danh sách cử của cơ quan cho sự kiện này',
    'This person is already nominated by the outlet for this event',
  ],
  'quota-full': [
    'Vượt hạn mức của cơ quan cho sự kiện này',
    'Beyond the outlet’s quota for this event',
  ],
  'no-nominee': ['Không có người này trong danh sách.', 'No such nominee.'],
  'cannot-replace': [
    'Người này đã được thay hoặc đã rút, không thay được nữa.',
    'This nominee was already replaced or withdrawn.',
  ],
  'not-completed': [
    'Người này chưa hoàn tất hồ sơ nên chưa quyết định được.',
    'This nominee has not completed their application yet.',
  ],
  'link-unknown': [
    'Đường dẫn không hợp lệ. Hãy dùng đúng đường dẫn trong thư mời.',
    'This link is not valid. Use the link from your invitation e-mail.',
  ],
  'link-used': [
    'Đường dẫn này đã được dùng: hồ sơ của quý vị đã được gửi. Mỗi đường dẫn chỉ dùng một lần.',
    'This link has been used: your application was already sent. Each link works once.',
  ],
  'link-replaced': [
    'Cơ quan đã cử người khác thay quý vị: đường dẫn này không còn hiệu lực.',
    'Your outlet has nominated someone else in your place: this link no longer works.',
  ],
  'link-withdrawn': [
    'Cơ quan đã rút danh sách cử: đường dẫn này không còn hiệu lực.',
    'Your outlet withdrew this nomination: this link no longer works.',
  ],
  'link-not-yet-open': [
    'Sự kiện chưa mở nhận đăng ký. Hãy dùng lại đường dẫn khi mở đăng ký.',
    'Accreditation for this event has not opened yet. Use the link again once it opens.',
  ],
  'link-window-closed': [
    'Đã hết thời gian đăng ký tác nghiệp sự kiện này: đường dẫn không còn dùng được.',
    'Accreditation for this event has closed: this link can no longer be used.',
  ],
  'already-applied': [
    'Giấy tờ tùy thân này đã có hồ sơ đăng ký. Vui lòng liên hệ Cơ quan phụ trách báo chí.',
    'An application with this ID document exists already. Please contact the press office.',
  ],
} as const satisfies Record<string, readonly [string, string]>

export type NominationRefusal = keyof typeof MESSAGES

export const nominationMessage = (
  language: 'vi' | 'en',
  refusal: NominationRefusal,
  detail = '',
): string => `${MESSAGES[refusal][language === 'en' ? 1 : 0]}${detail ? `: ${detail}` : ''}`

/** A 4xx the caller sees as it is, with nothing written; `data.refusal` names it for programs. */
export function refuseNomination(
  req: PayloadRequest,
  refusal: NominationRefusal,
  status: 400 | 403 | 404 | 409 | 410,
  detail?: string,
): never {
  throw new APIError(nominationMessage(languageOf(req), refusal, detail), status, { refusal }, true)
}
