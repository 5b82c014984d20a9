/** The press area: journalists' own sign-in, password links and their page. */
const vi = {
  'nav.press': 'Khu vực báo chí',
  'press.title': 'Khu vực báo chí',
  'press.intro':
    'Dành cho phóng viên đã được cấp thẻ tác nghiệp: thẻ, hồ sơ, thông cáo có giờ cấm đăng và tài liệu báo chí.',
  'press.signIn': 'Đăng nhập',
  'press.email': 'E-mail đã đăng ký',
  'press.password': 'Mật khẩu',
  'press.submit': 'Đăng nhập',
  'press.signInFailed':
    'Không đăng nhập được: e-mail hoặc mật khẩu không đúng, quá nhiều lần thử từ thiết bị này, hoặc thẻ tác nghiệp không còn hiệu lực.',
  'press.forgot': 'Quên mật khẩu?',
  'press.noAccount':
    'Chưa có tài khoản? Tài khoản được mở khi hồ sơ đăng ký tác nghiệp được chấp thuận; đường liên kết đặt mật khẩu nằm trong thư báo kết quả.',
  'press.signOut': 'Đăng xuất',
  'press.welcome': 'Xin chào, {name}',
  'press.pass': 'Thẻ tác nghiệp',
  'press.application': 'Hồ sơ đăng ký',
  'press.openApplication': 'Xem hồ sơ và lịch sử xử lý',
  'press.reference': 'Mã hồ sơ',
  'press.forgotTitle': 'Đặt lại mật khẩu',
  'press.forgotIntro':
    'Nhập e-mail đã dùng khi đăng ký. Nếu địa chỉ có tài khoản khu vực báo chí, chúng tôi sẽ gửi đường liên kết đặt lại mật khẩu, dùng được trong một giờ.',
  'press.forgotSubmit': 'Gửi đường liên kết',
  'press.emailInvalid': 'Vui lòng nhập một địa chỉ e-mail hợp lệ, ví dụ ten@baocamau.vn.',
  'press.forgotSent':
    'Nếu địa chỉ này có tài khoản khu vực báo chí, thư có đường liên kết đặt lại mật khẩu đã được gửi. Vui lòng kiểm tra hộp thư (cả thư rác).',
  'press.forgotTooMany': 'Quá nhiều yêu cầu từ thiết bị này. Vui lòng thử lại sau ít phút.',
  'press.setTitle': 'Đặt mật khẩu khu vực báo chí',
  'press.resetTitle': 'Đặt mật khẩu mới',
  'press.newPassword': 'Mật khẩu mới (ít nhất 10 ký tự)',
  'press.confirmPassword': 'Nhập lại mật khẩu mới',
  'press.setSubmit': 'Lưu mật khẩu và đăng nhập',
  'press.linkInvalid':
    'Đường liên kết này không còn dùng được (đã dùng, đã hết hạn hoặc không đầy đủ). Hãy yêu cầu đường liên kết mới.',
  'press.password_short': 'Mật khẩu cần ít nhất 10 ký tự.',
  'press.password_long': 'Mật khẩu dài quá 200 ký tự.',
  'press.password_mismatch': 'Hai mật khẩu không khớp nhau.',
}

const en: Record<keyof typeof vi, string> = {
  'nav.press': 'Press area',
  'press.title': 'Press area',
  'press.intro':
    'For accredited journalists: your pass, your application, embargoed releases and the press kit.',
  'press.signIn': 'Sign in',
  'press.email': 'E-mail you applied with',
  'press.password': 'Password',
  'press.submit': 'Sign in',
  'press.signInFailed':
    'Could not sign in: wrong e-mail or password, too many attempts from this device, or the accreditation is no longer valid.',
  'press.forgot': 'Forgot your password?',
  'press.noAccount':
    'No account yet? It opens when your accreditation is approved; the link to set your password is in the approval e-mail.',
  'press.signOut': 'Sign out',
  'press.welcome': 'Hello, {name}',
  'press.pass': 'Press pass',
  'press.application': 'Your application',
  'press.openApplication': 'See your application and its history',
  'press.reference': 'Reference',
  'press.forgotTitle': 'Reset your password',
  'press.forgotIntro':
    'Enter the e-mail address you applied with. If it has a press-area account, we will send a link to reset the password; it works for one hour.',
  'press.forgotSubmit': 'Send the link',
  'press.emailInvalid': 'Please enter a valid e-mail address, for example name@newspaper.vn.',
  'press.forgotSent':
    'If this address has a press-area account, an e-mail with a link to reset the password is on its way. Please check your inbox (and spam folder).',
  'press.forgotTooMany': 'Too many requests from this device. Please try again in a few minutes.',
  'press.setTitle': 'Set your press-area password',
  'press.resetTitle': 'Choose a new password',
  'press.newPassword': 'New password (at least 10 characters)',
  'press.confirmPassword': 'New password again',
  'press.setSubmit': 'Save the password and sign in',
  'press.linkInvalid':
    'This link no longer works (already used, expired or incomplete). Please ask for a new one.',
  'press.password_short': 'The password needs at least 10 characters.',
  'press.password_long': 'The password is longer than 200 characters.',
  'press.password_mismatch': 'The two passwords do not match.',
}

export const press = { vi, en }
