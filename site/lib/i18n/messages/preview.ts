/** Texts of the editors' preview pages (/preview/…): the banner and the refusals. */
const vi = {
  'preview.banner': 'Bản xem trước',
  'preview.draft': 'Bản nháp — chưa đăng, người đọc chưa thấy.',
  'preview.published': 'Bản mới nhất của nội dung đã đăng.',
  'preview.expires': 'Chỉ người có liên kết này xem được; liên kết hết hạn {time}.',
  'preview.live': 'Trong khung xem trực tiếp, trang tự tải lại mỗi khi lưu.',
  'preview.refused': 'Không mở được bản xem trước',
  'preview.refused.missing':
    'Thiếu liên kết xem trước. Hãy mở bản xem trước từ trang quản trị (nút "Xem trước").',
  'preview.refused.malformed':
    'Liên kết xem trước không hợp lệ. Hãy mở lại bản xem trước từ trang quản trị.',
  'preview.refused.forged':
    'Liên kết xem trước không hợp lệ. Hãy mở lại bản xem trước từ trang quản trị.',
  'preview.refused.other-document':
    'Liên kết này dành cho một nội dung khác. Hãy mở bản xem trước từ trang quản trị.',
  'preview.refused.expired':
    'Liên kết xem trước đã hết hạn. Hãy mở lại bản xem trước từ trang quản trị để có liên kết mới.',
  'preview.refused.revoked': 'Người tạo liên kết này không còn quyền biên tập nội dung.',
  'preview.refused.not-found': 'Không tìm thấy nội dung cần xem trước; có thể nó đã bị xoá.',
}

const en: Record<keyof typeof vi, string> = {
  'preview.banner': 'Preview',
  'preview.draft': 'Draft — not published, readers cannot see it yet.',
  'preview.published': 'The latest version of published content.',
  'preview.expires': 'Only holders of this link can see it; the link expires on {time}.',
  'preview.live': 'In the live preview pane, the page reloads on every save.',
  'preview.refused': 'This preview cannot be opened',
  'preview.refused.missing':
    'The preview link is missing. Open the preview from the admin (the "Preview" button).',
  'preview.refused.malformed':
    'This preview link is not valid. Open the preview again from the admin.',
  'preview.refused.forged':
    'This preview link is not valid. Open the preview again from the admin.',
  'preview.refused.other-document':
    'This link is for another item. Open the preview of this one from the admin.',
  'preview.refused.expired':
    'This preview link has expired. Open the preview again from the admin for a new link.',
  'preview.refused.revoked': 'The person who made this link may no longer edit content.',
  'preview.refused.not-found': 'The item to preview was not found; it may have been deleted.',
}

export const preview = { vi, en }
