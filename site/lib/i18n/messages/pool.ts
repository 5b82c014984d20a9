/** Texts of the press area's pool photos section (upload, pool galleries, downloads). */
const vi = {
  'pool.title': 'Ảnh pool',
  'pool.intro':
    'Ảnh do nhóm phóng viên đại diện (pool) chụp tại các phiên chỉ dành cho pool. Bản gốc chỉ dành cho phóng viên được cấp thẻ của sự kiện; công chúng chỉ thấy ảnh cỡ web khi biên tập viên công bố.',
  'pool.upload': 'Gửi ảnh pool',
  'pool.session': 'Phiên họp',
  'pool.closesAt': 'nhận ảnh đến {time}',
  'pool.opensSoon': 'mở nhận ảnh 1 tiếng trước giờ họp',
  'pool.photos':
    'Ảnh (chụp bằng máy ảnh điện thoại hoặc chọn nhiều tệp; JPEG, PNG, WebP, tối đa 25 MB mỗi ảnh)',
  'pool.caption': 'Chú thích (không bắt buộc, dùng cho các ảnh gửi lần này)',
  'pool.credit': 'Tác giả ảnh (tên / cơ quan)',
  'pool.submit': 'Gửi ảnh',
  'pool.galleries': 'Thư viện ảnh pool',
  'pool.none': 'Chưa có ảnh pool nào cho sự kiện của bạn.',
  'pool.original': 'Tải bản gốc',
  'pool.released': 'Đã công bố',
  'pool.withdraw': 'Rút ảnh',
  'pool.result.title': 'Kết quả gửi ảnh',
  'pool.result.stored': 'Đã nhận',
  'pool.result.storedCount': 'Đã nhận {count} ảnh.',
  'pool.withdrawn': 'Đã rút ảnh.',
  'pool.back': 'Về khu vực báo chí',
  'pool.signIn': 'Hãy đăng nhập khu vực báo chí để gửi hoặc tải ảnh pool.',
  'pool.size': '{width} × {height} điểm ảnh',
}

const en: Record<keyof typeof vi, string> = {
  'pool.title': 'Pool photos',
  'pool.intro':
    'Photos taken by the press pool at pool-only sessions. Originals are for the event’s accredited press only; the public sees web sizes once an editor releases them.',
  'pool.upload': 'Send pool photos',
  'pool.session': 'Session',
  'pool.closesAt': 'photos taken until {time}',
  'pool.opensSoon': 'opens one hour before the session',
  'pool.photos':
    'Photos (take them with the phone camera or choose several files; JPEG, PNG, WebP, up to 25 MB each)',
  'pool.caption': 'Caption (optional, for the photos sent now)',
  'pool.credit': 'Credit (name / outlet)',
  'pool.submit': 'Send photos',
  'pool.galleries': 'Pool galleries',
  'pool.none': 'No pool photos for your events yet.',
  'pool.original': 'Download the original',
  'pool.released': 'Released',
  'pool.withdraw': 'Withdraw',
  'pool.result.title': 'Upload results',
  'pool.result.stored': 'Received',
  'pool.result.storedCount': '{count} photos received.',
  'pool.withdrawn': 'Photo withdrawn.',
  'pool.back': 'Back to the press area',
  'pool.signIn': 'Sign in to the press area to send or download pool photos.',
  'pool.size': '{width} × {height} pixels',
}

export const pool = { vi, en }
