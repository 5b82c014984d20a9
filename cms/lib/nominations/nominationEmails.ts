import { type Block, renderHtml, renderText } from '../accreditation/emailBlocks'

/**
 * The e-mails of nominations: a nominee's personal link, and a media manager's set-password link.
 * Built once as blocks, rendered as text and HTML (cms/lib/accreditation/emailBlocks.ts).
 */
type Locale = 'vi' | 'en'
export type RenderedEmail = { subject: string; text: string; html: string }

const p = (text: string): Block => ({ type: 'paragraph', text })

const KEEP_PRIVATE = {
  vi: 'Đường liên kết này dành riêng cho quý vị và chỉ dùng được một lần. Vui lòng không chia sẻ hoặc chuyển tiếp thư này.',
  en: 'This link is for you alone and works once. Please keep it private and do not forward this e-mail.',
}

function render(locale: Locale, subject: string, blocks: Block[], url: string): RenderedEmail {
  return {
    subject,
    text: renderText(blocks, url, KEEP_PRIVATE[locale]),
    html: renderHtml(blocks, url, KEEP_PRIVATE[locale], locale, subject),
  }
}

export function nomineeInvitationEmail(
  locale: Locale,
  data: { name: string; outletName: string; eventName: string; url: string; closesAt?: string },
): RenderedEmail {
  const until = data.closesAt ? ` ${locale === 'en' ? 'before' : 'trước'} ${data.closesAt}` : ''
  if (locale === 'en')
    return render(
      'en',
      `${data.outletName} nominated you for accreditation: ${data.eventName}`,
      [
        p(`Dear ${data.name},`),
        p(
          `${data.outletName} has nominated you for press accreditation at ${data.eventName}. To complete your application, open your personal link${until} and give your own portrait, ID document details and consent (nobody else can do it for you):`,
        ),
        { type: 'statusLink' },
        p('Kind regards,\nPress office'),
      ],
      data.url,
    )
  return render(
    'vi',
    `${data.outletName} cử quý vị tác nghiệp: ${data.eventName}`,
    [
      p(`Kính gửi ${data.name},`),
      p(
        `${data.outletName} đã cử quý vị đăng ký tác nghiệp báo chí tại ${data.eventName}. Để hoàn tất hồ sơ, vui lòng mở đường liên kết riêng dưới đây${until} và tự cung cấp ảnh chân dung, thông tin giấy tờ tùy thân và sự đồng ý của quý vị (không ai khác làm thay được):`,
      ),
      { type: 'statusLink' },
      p('Trân trọng,\nCơ quan phụ trách báo chí'),
    ],
    data.url,
  )
}

export function managerPasswordEmail(
  locale: Locale,
  data: { name: string; url: string },
): RenderedEmail {
  if (locale === 'en')
    return render(
      'en',
      'Your outlet account: set your password',
      [
        p(`Dear ${data.name},`),
        p(
          "Your outlet's media manager account on the press portal is open. Set your password here, then sign in at the outlet area to nominate your reporters:",
        ),
        { type: 'statusLink' },
      ],
      data.url,
    )
  return render(
    'vi',
    'Tài khoản cơ quan báo chí: đặt mật khẩu',
    [
      p(`Kính gửi ${data.name},`),
      p(
        'Tài khoản người phụ trách truyền thông của cơ quan quý vị trên cổng thông tin báo chí đã được mở. Vui lòng đặt mật khẩu tại đây, rồi đăng nhập khu vực cơ quan báo chí để cử phóng viên:',
      ),
      { type: 'statusLink' },
    ],
    data.url,
  )
}
