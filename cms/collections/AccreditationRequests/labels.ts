import { ROLES } from '~/cms/lib/accreditation/quota'
import { REASON_CODES, STATUSES } from '~/cms/lib/accreditation/statusFlow'

/** A label in the admin's two languages. */
export const label = (vi: string, en: string) => ({ vi, en })

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
