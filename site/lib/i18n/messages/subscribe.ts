/** Texts of the press-release subscription (double opt-in, unsubscribe) and the journalist's opt-in. */
const vi = {
  'subscribe.title': 'Nhận thông cáo báo chí qua thư',
  'subscribe.link': 'Nhận thông cáo qua thư',
  'subscribe.intro':
    'Mỗi thông cáo báo chí của Ban Tuyên giáo và Dân vận được gửi tới hộp thư của bạn khi công bố. Chúng tôi chỉ dùng địa chỉ này để gửi thông cáo; bạn có thể huỷ bất cứ lúc nào bằng đường dẫn cuối mỗi thư.',
  'subscribe.email': 'Địa chỉ thư điện tử',
  'subscribe.consent':
    'Tôi đồng ý nhận thông cáo báo chí qua thư tại địa chỉ trên (dữ liệu chỉ dùng cho mục đích này).',
  'subscribe.submit': 'Đăng ký',
  'subscribe.sent':
    'Gần xong! Hãy mở thư chúng tôi vừa gửi và bấm đường dẫn xác nhận (hiệu lực 48 giờ). Nếu không thấy thư, hãy xem mục thư rác.',
  'subscribe.confirmTitle': 'Xác nhận đăng ký',
  'subscribe.confirmIntro': 'Bấm nút dưới đây để bắt đầu nhận thông cáo báo chí qua thư.',
  'subscribe.confirmSubmit': 'Xác nhận đăng ký',
  'subscribe.confirmed': 'Đã xác nhận. Bạn sẽ nhận thông cáo báo chí từ lần công bố tới.',
  'subscribe.unsubscribeTitle': 'Huỷ nhận thông cáo',
  'subscribe.unsubscribeIntro': 'Bấm nút dưới đây để không nhận thông cáo báo chí qua thư nữa.',
  'subscribe.unsubscribeSubmit': 'Huỷ đăng ký',
  'subscribe.unsubscribed': 'Đã huỷ. Bạn sẽ không nhận thông cáo báo chí qua thư nữa.',
  'subscribe.again': 'Đăng ký lại',
  'subscribe.paused': 'Hệ thống tạm thời không phản hồi; vui lòng thử lại sau ít phút.',
  'press.releaseEmails.title': 'Thông cáo báo chí qua thư',
  'press.releaseEmails.question':
    'Nhận thông cáo báo chí của các sự kiện bạn được cấp thẻ qua thư, kể cả thông cáo cấm đăng trước giờ công bố?',
  'press.releaseEmails.on': 'Bạn đang nhận thông cáo qua thư.',
  'press.releaseEmails.off': 'Bạn không nhận thông cáo qua thư.',
  'press.releaseEmails.yes': 'Nhận qua thư',
  'press.releaseEmails.no': 'Không nhận',
}

const en: Record<keyof typeof vi, string> = {
  'subscribe.title': 'Press releases by e-mail',
  'subscribe.link': 'Get releases by e-mail',
  'subscribe.intro':
    'Every press release of the Propaganda and Mass Mobilisation Board reaches your inbox when it is published. We use this address for that only; unsubscribe at any time with the link at the end of each e-mail.',
  'subscribe.email': 'E-mail address',
  'subscribe.consent':
    'I agree to receive press releases by e-mail at this address (used for this purpose only).',
  'subscribe.submit': 'Subscribe',
  'subscribe.sent':
    'Almost done! Open the e-mail we just sent and follow the confirm link (valid 48 hours). No e-mail? Look in your spam folder.',
  'subscribe.confirmTitle': 'Confirm your subscription',
  'subscribe.confirmIntro': 'Press the button below to start receiving press releases by e-mail.',
  'subscribe.confirmSubmit': 'Confirm subscription',
  'subscribe.confirmed': 'Confirmed. You will receive press releases from the next one published.',
  'subscribe.unsubscribeTitle': 'Unsubscribe from press releases',
  'subscribe.unsubscribeIntro':
    'Press the button below to stop receiving press releases by e-mail.',
  'subscribe.unsubscribeSubmit': 'Unsubscribe',
  'subscribe.unsubscribed': 'Done. You will not receive press releases by e-mail any more.',
  'subscribe.again': 'Subscribe again',
  'subscribe.paused': 'The system is not answering right now; please try again in a few minutes.',
  'press.releaseEmails.title': 'Press releases by e-mail',
  'press.releaseEmails.question':
    'Receive the press releases of the events you are accredited to by e-mail, embargoed ones ahead of their time?',
  'press.releaseEmails.on': 'You receive press releases by e-mail.',
  'press.releaseEmails.off': 'You do not receive press releases by e-mail.',
  'press.releaseEmails.yes': 'Send them to me',
  'press.releaseEmails.no': 'No thanks',
}

export const subscribe = { vi, en }
