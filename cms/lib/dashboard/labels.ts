import { type Label, label as l, zoneLabels } from '../labels'

/** The dashboard's words in the admin's two languages (the admin's language picks one). */
export type Language = 'vi' | 'en'

export const DASHBOARD_LABELS = {
  title: l('Bàn làm việc', 'Dashboard'),
  noEvent: l('Chưa có sự kiện nào.', 'No event yet.'),
  event: l('Sự kiện', 'Event'),
  // Officers
  applications: l('Hồ sơ theo trạng thái', 'Applications by status'),
  allApplications: l('Tất cả hồ sơ', 'All applications'),
  oldestWaiting: l('Chờ lâu nhất', 'Waiting longest'),
  noneWaiting: l('Không có hồ sơ nào đang chờ xử lý.', 'No application is waiting.'),
  waitingSince: l('nộp lúc', 'submitted'),
  waitedFor: l('đã chờ', 'waiting for'),
  needsInformation: l('Chờ người đăng ký bổ sung', 'Waiting on the applicant'),
  needsInformationNone: l('Không có hồ sơ nào chờ bổ sung.', 'Nobody owes us information.'),
  askedLongestAgo: l('hỏi lâu nhất', 'asked longest ago'),
  quota: l('Suất đã dùng theo cơ quan và vai trò', 'Quota in use per outlet and role'),
  quotaNone: l('Chưa có hồ sơ nào được duyệt.', 'No application approved yet.'),
  quotaOf: l('trên', 'of'),
  vetting: l('Thẩm tra an ninh', 'Security vetting'),
  vettingPending: l('Chờ kết quả', 'Pending'),
  vettingCleared: l('Đạt', 'Cleared'),
  vettingFlagged: l('Có vấn đề', 'Flagged'),
  vettingDone: l('đã có kết quả', 'answered'),
  passes: l('Thẻ tác nghiệp', 'Passes'),
  passesActive: l('Đang hiệu lực', 'Active'),
  passesRevoked: l('Đã thu hồi', 'Revoked'),
  admissionsToday: l('Lượt vào hôm nay theo danh sách', 'Admissions today per check-in list'),
  admissionsNone: l('Chưa có lượt vào nào hôm nay.', 'No admission today yet.'),
  refusedToday: l('Bị từ chối hôm nay', 'Refused today'),
  // Door chart
  perHour: l('Lượt vào theo giờ hôm nay', 'Admissions per hour today'),
  hourAxis: l('Giờ (giờ Việt Nam)', 'Hour (Vietnam time)'),
  countAxis: l('Lượt vào', 'Admissions'),
  list: l('Danh sách', 'List'),
  hour: l('Giờ', 'Hour'),
  total: l('Tổng', 'Total'),
  chartSummary: l('lượt vào hôm nay', 'admissions today'),
  // Check-in leads
  doorToday: l('Cửa kiểm soát hôm nay', 'The door today'),
  admitted: l('Đã vào', 'Admitted'),
  refused: l('Bị từ chối', 'Refused'),
  day: l('Ngày', 'Day'),
  noListToday: l('Hôm nay không có danh sách kiểm soát nào.', 'No check-in list today.'),
  nextList: l('Danh sách tiếp theo mở ngày', 'The next list opens on'),
  // Editors
  content: l('Nội dung', 'Content'),
  drafts: l('Bản nháp', 'Drafts'),
  scheduled: l('Hẹn giờ đăng', 'Scheduled'),
  embargoes: l('Hết hạn cấm đăng trong 24 giờ tới', 'Embargoes lifting in the next 24 hours'),
  embargoesNone: l(
    'Không có thông cáo nào hết hạn cấm đăng trong 24 giờ tới.',
    'No embargo lifts in the next 24 hours.',
  ),
  lifts: l('hết hạn', 'lifts'),
  lastPublished: l('Mới đăng', 'Last published'),
  nothingPublished: l('Chưa đăng gì.', 'Nothing published yet.'),
  distribution: l('Phát hành thông cáo mới nhất', 'Distribution of the latest release'),
  collection: l('Loại', 'Kind'),
  news: l('Tin tức', 'News'),
  'press-releases': l('Thông cáo báo chí', 'Press releases'),
  galleries: l('Thư viện ảnh', 'Galleries'),
  generatedAt: l('Số liệu lúc', 'Figures as of'),
} satisfies Record<string, Label>

export type DashboardLabel = keyof typeof DASHBOARD_LABELS

/** A dashboard word in the admin's language (Vietnamese unless the admin is switched to English). */
export const dashboardLabel = (language: string | undefined, key: DashboardLabel): string =>
  DASHBOARD_LABELS[key][language === 'en' ? 'en' : 'vi']

/** A check-in list's (zone's) name, as on the event's form. */
export const zoneName = (language: string | undefined, zone: string): string =>
  (zoneLabels as Record<string, Label>)[zone]?.[language === 'en' ? 'en' : 'vi'] ?? zone
