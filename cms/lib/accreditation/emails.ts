import { type Block, renderHtml, renderText } from './emailBlocks'
import { needsReason } from './statusFlow'

/**
 * The e-mails an applicant receives, in the language they applied in. Each one is built once as a
 * list of blocks and rendered twice, as plain text and as simple HTML, so the two never drift apart.
 */
export type ApplicantEmailKind =
  | 'submitted'
  | 'waitlisted'
  | 'needs-information'
  | 'approved'
  | 'rejected'
  | 'withdrawn'
  | 'reminder-link'
  | 'status-link'

export type ApplicantEmailData = {
  fullName: string
  referenceCode: string
  statusUrl: string
  eventName: string
  message?: string | null
  reason?: string | null
  /** With an approval: the pass on the phone, the printable badge, and the press-area account. */
  press?: { passUrl: string; badgeUrl: string; accountUrl: string; newAccount: boolean } | null
}

type Locale = 'vi' | 'en'

type Copy = { subject: string; blocks: Block[] }

const p = (text: string): Block => ({ type: 'paragraph', text })
const statusLink: Block = { type: 'statusLink' }
const link = (label: string, url: string): Block => ({ type: 'link', label, url })

const COMMON = {
  vi: {
    greeting: (name: string) => `Kính gửi ${name},`,
    keepPrivate:
      'Đường liên kết này dành riêng cho quý vị: ai có nó đều xem được hồ sơ. Vui lòng không chia sẻ đường liên kết và không chuyển tiếp thư này.',
    messageLabel: 'Nội dung từ Cơ quan phụ trách báo chí:',
    reasonLabel: 'Lý do:',
    signOff: (event: string) => `Trân trọng,\nCơ quan phụ trách báo chí\n${event}`,
  },
  en: {
    greeting: (name: string) => `Dear ${name},`,
    keepPrivate:
      'This link is for you alone: anyone who has it can see your request. Please keep it private and do not forward this e-mail.',
    messageLabel: 'Message from the press office:',
    reasonLabel: 'Reason:',
    signOff: (event: string) => `Kind regards,\nPress office\n${event}`,
  },
} satisfies Record<Locale, unknown>

const COPY: Record<Locale, Record<ApplicantEmailKind, (data: ApplicantEmailData) => Copy>> = {
  vi: {
    submitted: ({ referenceCode, eventName }) => ({
      subject: 'Đã nhận hồ sơ đăng ký tác nghiệp',
      blocks: [
        p(
          `Cơ quan phụ trách báo chí ${eventName} đã nhận hồ sơ đăng ký tác nghiệp của quý vị, mã hồ sơ ${referenceCode}.`,
        ),
        p(
          'Hồ sơ sẽ được xem xét. Quý vị sẽ nhận được thư khi có kết quả hoặc khi cần bổ sung thông tin. Tình trạng hồ sơ được cập nhật tại:',
        ),
        statusLink,
      ],
    }),
    waitlisted: ({ referenceCode, eventName }) => ({
      subject: 'Hồ sơ đăng ký tác nghiệp trong danh sách chờ',
      blocks: [
        p(
          `Cơ quan phụ trách báo chí ${eventName} đã nhận hồ sơ ${referenceCode}. Cơ quan báo chí của quý vị đã đủ số lượng thẻ cho vai trò này, nên theo lựa chọn của quý vị, hồ sơ được đưa vào danh sách chờ.`,
        ),
        p(
          'Khi có chỗ trống, hồ sơ được xét theo thứ tự nộp (ai nộp trước được xét trước) và quý vị sẽ nhận được thư. Vị trí của quý vị trong danh sách chờ có trên trang theo dõi hồ sơ:',
        ),
        statusLink,
      ],
    }),
    'needs-information': ({ referenceCode }) => ({
      subject: 'Cần bổ sung hồ sơ đăng ký tác nghiệp',
      blocks: [
        p(
          `Hồ sơ đăng ký tác nghiệp ${referenceCode} cần được bổ sung hoặc điều chỉnh trước khi được xem xét tiếp.`,
        ),
        p(
          'Để trả lời, vui lòng mở đường liên kết dưới đây, tải lên tệp hoặc sửa thông tin theo yêu cầu, rồi gửi lại hồ sơ:',
        ),
        statusLink,
      ],
    }),
    approved: ({ referenceCode, eventName, press }) => ({
      subject: 'Hồ sơ đăng ký tác nghiệp đã được chấp thuận',
      blocks: [
        p(`Hồ sơ đăng ký tác nghiệp ${referenceCode} tại ${eventName} đã được chấp thuận.`),
        p('Thẻ tác nghiệp của quý vị có trên trang theo dõi hồ sơ:'),
        statusLink,
        ...(press
          ? [
              link('Thẻ trên điện thoại (mã QR xuất trình tại cửa):', press.passUrl),
              link('Thẻ để in (PDF, khổ A6):', press.badgeUrl),
              link(
                press.newAccount
                  ? 'Khu vực báo chí (thông cáo có giờ cấm đăng, tài liệu báo chí, ảnh chất lượng cao). Đặt mật khẩu tại đây, đường liên kết dùng được một lần trong 14 ngày:'
                  : 'Khu vực báo chí, đăng nhập bằng địa chỉ thư này và mật khẩu của quý vị:',
                press.accountUrl,
              ),
            ]
          : []),
        p(
          'Khi đến tác nghiệp, quý vị cần mang theo giấy tờ tùy thân đã khai trong hồ sơ (căn cước công dân hoặc hộ chiếu) và thẻ nhà báo (nếu có) để đối chiếu.',
        ),
      ],
    }),
    rejected: ({ referenceCode, eventName }) => ({
      subject: 'Hồ sơ đăng ký tác nghiệp không được chấp thuận',
      blocks: [
        p(
          `Cơ quan phụ trách báo chí trân trọng thông báo: hồ sơ đăng ký tác nghiệp ${referenceCode} tại ${eventName} không được chấp thuận.`,
        ),
        p('Quý vị vẫn xem được hồ sơ tại:'),
        statusLink,
      ],
    }),
    withdrawn: ({ referenceCode, eventName }) => ({
      subject: 'Đã rút hồ sơ đăng ký tác nghiệp',
      blocks: [
        p(
          `Hồ sơ đăng ký tác nghiệp ${referenceCode} tại ${eventName} đã được rút và sẽ không được xem xét tiếp.`,
        ),
        p(
          'Nếu quý vị không yêu cầu rút hồ sơ, vui lòng liên hệ Cơ quan phụ trách báo chí theo thông tin trên cổng thông tin. Trang theo dõi hồ sơ:',
        ),
        statusLink,
      ],
    }),
    'reminder-link': ({ referenceCode, eventName }) => ({
      subject: 'Hồ sơ đăng ký tác nghiệp đã tồn tại',
      blocks: [
        p(
          `Vừa có một đăng ký tác nghiệp tại ${eventName} được gửi với số giấy tờ tùy thân trùng với hồ sơ ${referenceCode} của quý vị. Vì hồ sơ đã tồn tại, không có hồ sơ mới nào được tạo.`,
        ),
        p('Để xem hoặc cập nhật hồ sơ, vui lòng dùng đường liên kết:'),
        statusLink,
        p(
          'Nếu không phải quý vị gửi đăng ký này, quý vị có thể bỏ qua thư; hồ sơ của quý vị không thay đổi.',
        ),
      ],
    }),
    'status-link': ({ referenceCode, eventName }) => ({
      subject: 'Đường liên kết theo dõi hồ sơ đăng ký tác nghiệp',
      blocks: [
        p(
          `Theo yêu cầu, Cơ quan phụ trách báo chí ${eventName} gửi lại quý vị đường liên kết theo dõi hồ sơ ${referenceCode}.`,
        ),
        p('Tình trạng hồ sơ, thẻ tác nghiệp (nếu đã được cấp) và các yêu cầu bổ sung có tại:'),
        statusLink,
      ],
    }),
  },
  en: {
    submitted: ({ referenceCode, eventName }) => ({
      subject: 'Accreditation request received',
      blocks: [
        p(
          `The press office of ${eventName} has received your accreditation request, reference ${referenceCode}.`,
        ),
        p(
          'Your request will now be reviewed. We will write to you when a decision has been made or if more information is needed. Its status is kept up to date at:',
        ),
        statusLink,
      ],
    }),
    waitlisted: ({ referenceCode, eventName }) => ({
      subject: 'Accreditation request on the waiting list',
      blocks: [
        p(
          `The press office of ${eventName} has received your request ${referenceCode}. Your outlet’s quota for this role is full, so, as you chose, your request has joined the waiting list.`,
        ),
        p(
          'When a place frees up, requests are considered in the order they arrived (first come, first served) and we will write to you. Your place in the queue is shown on your request’s status page:',
        ),
        statusLink,
      ],
    }),
    'needs-information': ({ referenceCode }) => ({
      subject: 'More information needed for your accreditation request',
      blocks: [
        p(
          `Your accreditation request ${referenceCode} needs more information or a correction before it can be reviewed further.`,
        ),
        p(
          'To answer, please open the link below, upload the file or correct the details asked for, then send your request again:',
        ),
        statusLink,
      ],
    }),
    approved: ({ referenceCode, eventName, press }) => ({
      subject: 'Accreditation request approved',
      blocks: [
        p(`Your accreditation request ${referenceCode} for ${eventName} has been approved.`),
        p('Your press pass is on your request’s status page:'),
        statusLink,
        ...(press
          ? [
              link('Pass on your phone (QR code to show at the door):', press.passUrl),
              link('Printable badge (PDF, A6):', press.badgeUrl),
              link(
                press.newAccount
                  ? 'Press area (embargoed releases, press kit, high-resolution photos). Set your password here; the link works once, for 14 days:'
                  : 'Press area: sign in with this e-mail address and your password:',
                press.accountUrl,
              ),
            ]
          : []),
        p(
          'When you come to report, you must bring the identity document given in your request (citizen ID card or passport) and your press card, if you hold one, so that they can be checked.',
        ),
      ],
    }),
    rejected: ({ referenceCode, eventName }) => ({
      subject: 'Accreditation request not approved',
      blocks: [
        p(
          `We regret to inform you that your accreditation request ${referenceCode} for ${eventName} has not been approved.`,
        ),
        p('You can still see your request at:'),
        statusLink,
      ],
    }),
    withdrawn: ({ referenceCode, eventName }) => ({
      subject: 'Accreditation request withdrawn',
      blocks: [
        p(
          `Your accreditation request ${referenceCode} for ${eventName} has been withdrawn and will not be reviewed further.`,
        ),
        p(
          'If you did not ask for this, please contact the press office using the details on the portal. Status page:',
        ),
        statusLink,
      ],
    }),
    'reminder-link': ({ referenceCode, eventName }) => ({
      subject: 'Your accreditation request already exists',
      blocks: [
        p(
          `Someone has just applied for accreditation to ${eventName} with the same ID number as your request ${referenceCode}. As that request already exists, no new one was created.`,
        ),
        p('To see or update your request, please use this link:'),
        statusLink,
        p('If this was not you, you can ignore this e-mail; your request has not changed.'),
      ],
    }),
    'status-link': ({ referenceCode, eventName }) => ({
      subject: 'The link to your accreditation request',
      blocks: [
        p(
          `As requested, the press office of ${eventName} sends you again the link to your request ${referenceCode}.`,
        ),
        p(
          'Your request’s status, your press pass (once issued) and any request for information are at:',
        ),
        statusLink,
      ],
    }),
  },
}

/**
 * The e-mail for one event in an application's life. A 'reminder-link' must go to the address on
 * the existing request, never to whoever applied again, or the private link would leak.
 */
export function applicantEmail(
  kind: ApplicantEmailKind,
  locale: 'vi' | 'en',
  data: ApplicantEmailData,
): { subject: string; text: string; html: string } {
  const common = COMMON[locale]
  const copy = COPY[locale][kind](data)
  const notes: Block[] = []
  // Only a decision that must be explained quotes its reason and message: never an approval.
  const explained = needsReason(kind)
  if (explained && data.reason?.trim())
    notes.push({ type: 'quote', label: common.reasonLabel, text: data.reason.trim() })
  if (explained && data.message?.trim())
    notes.push({ type: 'quote', label: common.messageLabel, text: data.message.trim() })
  // The press office's words come right after the opening sentence, before what to do next.
  const [opening, ...rest] = copy.blocks
  const blocks = [
    p(common.greeting(data.fullName)),
    ...(opening ? [opening] : []),
    ...notes,
    ...rest,
    p(common.signOff(data.eventName)),
  ]
  const subject = `[${data.referenceCode}] ${copy.subject}`
  return {
    subject,
    text: renderText(blocks, data.statusUrl, common.keepPrivate),
    html: renderHtml(blocks, data.statusUrl, common.keepPrivate, locale, subject),
  }
}

const RESET = {
  vi: {
    subject: 'Đặt lại mật khẩu khu vực báo chí',
    opening: (event: string) =>
      `Có yêu cầu đặt lại mật khẩu tài khoản khu vực báo chí của quý vị tại ${event}. Để đặt mật khẩu mới, vui lòng mở đường liên kết dưới đây trong vòng một giờ:`,
    ignore:
      'Nếu không phải quý vị yêu cầu, vui lòng bỏ qua thư này; mật khẩu của quý vị không thay đổi.',
    keepPrivate:
      'Đường liên kết chỉ dùng được một lần và dành riêng cho quý vị. Vui lòng không chuyển tiếp thư này.',
  },
  en: {
    subject: 'Reset your press-area password',
    opening: (event: string) =>
      `Someone asked to reset the password of your press-area account for ${event}. To choose a new password, please open this link within one hour:`,
    ignore: 'If this was not you, you can ignore this e-mail; your password has not changed.',
    keepPrivate: 'The link works once and is for you alone. Please do not forward this e-mail.',
  },
} satisfies Record<Locale, unknown>

/** The password-reset e-mail of a press account, with a link to the site (never to the admin). */
export function resetPasswordEmail(
  locale: Locale,
  data: { fullName: string; url: string; eventName: string },
): { subject: string; text: string; html: string } {
  const copy = RESET[locale]
  const blocks = [
    p(COMMON[locale].greeting(data.fullName)),
    p(copy.opening(data.eventName)),
    statusLink,
    p(copy.ignore),
    p(COMMON[locale].signOff(data.eventName)),
  ]
  return {
    subject: copy.subject,
    text: renderText(blocks, data.url, copy.keepPrivate),
    html: renderHtml(blocks, data.url, copy.keepPrivate, locale, copy.subject),
  }
}
