import { interviewAuditLabels, interviewEmailKindLabels } from './interviews/interviewLabels'
import { NATIONALITIES } from './accreditation/applicationSchema'
import type { PressRole, ROLES } from './accreditation/quota'
import type { REASON_CODES, STATUSES } from './accreditation/statusFlow'
import type { Verdict } from './passes/checkInVerdict'
import type { Zone } from './passes/zones'

/**
 * What the press office reads for the portal's codes, in the admin's two languages. The ONE
 * source of these words: the admin's select options and list cells, and the site's messages for
 * the same codes (zones on the pass and status pages) read them from here.
 */
export type Label = { vi: string; en: string }

/** A label in the admin's two languages. */
export const label = (vi: string, en: string): Label => ({ vi, en })

/** A select's options from its codes and their labels; a code without a label reads as itself (a unit test refuses that). */
export const optionsOf = <T extends string>(
  values: readonly T[],
  labels: Partial<Record<T, Label>>,
): { value: T; label: Label }[] =>
  values.map((value) => ({ value, label: labels[value] ?? label(value, value) }))

/** A code's label in one language, or the code itself when it has none. */
export const labelIn = <T extends string>(
  labels: Partial<Record<T, Label>>,
  value: T | string | null | undefined,
  language: string | undefined,
): string => {
  if (!value) return ''
  const found = labels[value as T]
  return found ? (language === 'en' ? found.en : found.vi) : value
}

/** Areas of the venue a pass opens (and so the door's check-in lists). */
export const zoneLabels: Record<Zone, Label> = {
  'press-centre': label('Trung tâm Báo chí', 'Press centre'),
  'plenary-gallery': label('Khu báo chí hội trường', 'Plenary press gallery'),
  'photo-pool': label('Nhóm ghi hình', 'Photo pool'),
}

/** What the door answered to a scan, as the check-in log lists it. */
export const verdictLabels: Record<Verdict, Label> = {
  valid: label('Hợp lệ', 'Valid'),
  unknown: label('Không nhận diện được', 'Not recognised'),
  forged: label('Thẻ giả', 'Forged'),
  revoked: label('Đã thu hồi', 'Revoked'),
  outdated: label('Thẻ cũ (đã cấp lại)', 'Outdated (re-issued)'),
  'wrong-event': label('Thẻ của sự kiện khác', 'Another event’s pass'),
  'wrong-day': label('Không có hiệu lực hôm đó', 'Not valid that day'),
  'zone-not-allowed': label('Không được vào khu vực', 'Zone not allowed'),
  'already-checked-in': label('Đã vào rồi', 'Already checked in'),
  'session-closed': label('Phiên họp kín', 'Closed session'),
  'pool-only': label('Chỉ dành cho nhóm phóng viên đại diện', 'Press pool only'),
}

/** What happened to an application, in its audit trail. */
export const auditActionLabels: Record<string, Label> = {
  submitted: label('Nộp hồ sơ', 'Submitted'),
  'status-changed': label('Đổi trạng thái', 'Status changed'),
  updated: label('Sửa hồ sơ', 'Updated'),
  'files-replaced': label('Thay tệp đính kèm', 'Files replaced'),
  answered: label('Người đăng ký trả lời', 'Applicant answered'),
  withdrawn: label('Rút hồ sơ', 'Withdrawn'),
  'vetting-imported': label('Nhập kết quả thẩm tra', 'Vetting imported'),
  'email-sent': label('Đã gửi e-mail', 'E-mail sent'),
  'email-failed': label('Gửi e-mail thất bại', 'E-mail failed'),
  'documents-purged': label('Đã xóa giấy tờ (hết hạn lưu)', 'Documents purged'),
  erased: label('Đã xóa dữ liệu cá nhân', 'Personal data erased'),
  nominated: label('Được cơ quan đề cử', 'Nominated'),
  'nominee-replaced': label('Thay người được đề cử', 'Nominee replaced'),
  'nomination-withdrawn': label('Rút đề cử', 'Nomination withdrawn'),
  'nomination-decided': label('Quyết định đề cử', 'Nomination decided'),
  'link-sent': label('Gửi lại đường dẫn', 'Link sent again'),
  exported: label('Xuất dữ liệu cá nhân', 'Personal data exported'),
  ...interviewAuditLabels,
  'session-access-changed': label('Đổi quyền báo chí của phiên', 'Session press access changed'),
  'live-opened': label('Mở tường thuật trực tiếp', 'Live coverage opened'),
  'live-closed': label('Kết thúc tường thuật trực tiếp', 'Live coverage closed'),
  'live-corrected': label('Đính chính cập nhật trực tiếp', 'Live update corrected'),
  'live-deleted': label('Gỡ cập nhật trực tiếp', 'Live update removed'),
}
export const AUDIT_ACTIONS = Object.keys(auditActionLabels)

export const actorTypeLabels: Record<'staff' | 'applicant' | 'system', Label> = {
  staff: label('Cán bộ', 'Staff'),
  applicant: label('Người đăng ký', 'Applicant'),
  system: label('Hệ thống', 'System'),
}

export const vettingResultLabels: Record<'pending' | 'cleared' | 'flagged', Label> = {
  pending: label('Chờ thẩm tra', 'Pending'),
  cleared: label('Đạt', 'Cleared'),
  flagged: label('Cần lưu ý', 'Flagged'),
}

/** Who of the staff opened what (the personal data access log). */
export const accessActionLabels: Record<string, Label> = {
  'opened-application': label('Mở hồ sơ', 'Opened an application'),
  'opened-file': label('Mở tệp của người đăng ký', 'Opened an applicant file'),
  'exported-applicant': label('Xuất dữ liệu người đăng ký', 'Exported an applicant’s data'),
  'erased-applicant': label('Xóa dữ liệu người đăng ký', 'Erased an applicant’s data'),
  'viewed-portrait-at-door': label('Xem ảnh tại cửa', 'Viewed a portrait at the door'),
  'opened-checkin-list': label(
    'Mở danh sách kiểm soát ngày khác',
    'Opened another day’s check-in list',
  ),
  'printed-badge': label('In thẻ theo lô', 'Printed a badge in a batch'),
}

export const emailKindLabels: Record<string, Label> = {
  submitted: label('Xác nhận nộp hồ sơ', 'Application received'),
  waitlisted: label('Vào danh sách chờ', 'Waiting list'),
  'needs-information': label('Yêu cầu bổ sung', 'Needs information'),
  approved: label('Hồ sơ được duyệt', 'Approved'),
  rejected: label('Hồ sơ bị từ chối', 'Rejected'),
  withdrawn: label('Hồ sơ đã rút', 'Withdrawn'),
  'reminder-link': label('Gửi lại đường dẫn', 'Status link again'),
  'password-reset': label('Đặt mật khẩu', 'Set a password'),
  'pass-revoked': label('Thẻ bị thu hồi', 'Pass revoked'),
  'pass-changed': label('Thẻ thay đổi ngày/khu vực', 'Pass days or zones changed'),
  'pass-reissued': label('Thẻ được cấp lại', 'Pass re-issued'),
  'status-link': label('Gửi lại đường dẫn theo dõi', 'Status link sent again'),
  'pool-turn': label('Lượt nhóm đại diện', 'Pool turn'),
  release: label('Thông cáo báo chí', 'Press release'),
  subscription: label('Xác nhận đăng ký nhận thông cáo', 'Subscription confirmation'),
  ...interviewEmailKindLabels,
  other: label('Khác', 'Other'),
}

export const emailStateLabels: Record<'queued' | 'retrying' | 'sent' | 'failed', Label> = {
  queued: label('Đang chờ gửi', 'Queued'),
  retrying: label('Đang thử lại', 'Retrying'),
  sent: label('Đã gửi', 'Sent'),
  failed: label('Gửi thất bại', 'Failed'),
}

/** The language a person is written to in. */
export const languageLabels: Record<'vi' | 'en', Label> = {
  vi: label('Tiếng Việt', 'Vietnamese'),
  en: label('Tiếng Anh', 'English'),
}

/** Uploaded applicant files. */
export const fileKindLabels: Record<'portrait' | 'letter', Label> = {
  portrait: label('Ảnh chân dung', 'Portrait'),
  letter: label('Giấy giới thiệu', 'Assignment letter'),
}

const region = (language: 'vi' | 'en', code: string): string =>
  code === 'OTHER'
    ? language === 'vi'
      ? 'Khác'
      : 'Other'
    : (new Intl.DisplayNames([language], { type: 'region' }).of(code) ?? code)

/** Nationalities the form offers, named in each language (Intl's country names). */
export const nationalityLabels: Record<(typeof NATIONALITIES)[number], Label> = Object.fromEntries(
  NATIONALITIES.map((code) => [code, label(region('vi', code), region('en', code))]),
) as Record<(typeof NATIONALITIES)[number], Label>

/** What the press office reads for each status, role and reason (admin and e-mails). */
export const statusLabels: Record<(typeof STATUSES)[number], { vi: string; en: string }> = {
  submitted: label('Đã nộp', 'Submitted'),
  'in-review': label('Đang xét duyệt', 'In review'),
  'needs-information': label('Cần bổ sung', 'Needs information'),
  approved: label('Đã duyệt', 'Approved'),
  rejected: label('Từ chối', 'Rejected'),
  withdrawn: label('Đã rút', 'Withdrawn'),
  waitlisted: label('Trong danh sách chờ', 'On the waiting list'),
}

export const roleLabels: Record<(typeof ROLES)[number], { vi: string; en: string }> = {
  reporter: label('Phóng viên', 'Reporter'),
  photographer: label('Phóng viên ảnh', 'Photographer'),
  'camera-operator': label('Quay phim', 'Camera operator'),
  technician: label('Kỹ thuật viên', 'Technician'),
}

export const reasonLabels: Record<(typeof REASON_CODES)[number], { vi: string; en: string }> = {
  'incomplete-documents': label('Hồ sơ chưa đầy đủ', 'Incomplete documents'),
  'photo-unsuitable': label('Ảnh chân dung không phù hợp', 'Portrait unsuitable'),
  'not-a-journalist': label('Không phải người làm báo', 'Not a journalist'),
  'outlet-not-eligible': label('Cơ quan không thuộc diện mời', 'Outlet not eligible'),
  'quota-reached': label('Cơ quan đã đủ số lượng', 'Outlet quota reached'),
  'security-vetting': label('Không đạt thẩm tra an ninh', 'Security vetting'),
  duplicate: label('Hồ sơ trùng', 'Duplicate'),
  other: label('Lý do khác', 'Other'),
}

/** The press roles' places, as a quota refusal counts them ("suất phóng viên", "reporter places"). */
const placesOf: Record<PressRole, Label> = {
  reporter: label('suất phóng viên', 'reporter places'),
  photographer: label('suất phóng viên ảnh', 'photographer places'),
  'camera-operator': label('suất quay phim', 'camera operator places'),
  technician: label('suất kỹ thuật viên', 'technician places'),
}

/** The fact behind a full quota, in both languages: "Báo Cà Mau đã dùng 4/4 suất phóng viên". */
export const quotaFullFact = (fact: {
  outlet: string
  used: number
  quota: number
  role: PressRole
}): Label =>
  label(
    `${fact.outlet} đã dùng ${fact.used}/${fact.quota} ${placesOf[fact.role].vi}.`,
    `${fact.outlet} has used ${fact.used} of ${fact.quota} ${placesOf[fact.role].en}.`,
  )
