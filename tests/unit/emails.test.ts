import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import {
  applicantEmail,
  type ApplicantEmailData,
  type ApplicantEmailKind,
  resetPasswordEmail,
} from '~/cms/lib/accreditation/emails'
import { newPasswordProblem } from '~/cms/lib/auth/password'

const KINDS: ApplicantEmailKind[] = [
  'submitted',
  'needs-information',
  'approved',
  'rejected',
  'withdrawn',
  'reminder-link',
]
const LOCALES = ['vi', 'en'] as const

const data: ApplicantEmailData = {
  fullName: 'Nguyễn Thị Hồng Nhung',
  referenceCode: 'DH1-0042',
  statusUrl: 'https://baochi.example.vn/ho-so/DH1-0042?key=s3cr3t&lang=vi',
  eventName: 'Đại hội đại biểu Đảng bộ tỉnh Cà Mau lần thứ I',
}

describe('e-mails to applicants', () => {
  for (const locale of LOCALES) {
    for (const kind of KINDS) {
      it(`${kind} (${locale}) names the request in the subject and links its private status page`, () => {
        const email = applicantEmail(kind, locale, data)
        assert.ok(email.subject.startsWith('[DH1-0042] '), email.subject)
        assert.ok(email.text.includes(data.statusUrl))
        assert.ok(
          email.html.includes(
            'href="https://baochi.example.vn/ho-so/DH1-0042?key=s3cr3t&#38;lang=vi"',
          ),
        )
        assert.match(
          email.text,
          locale === 'vi' ? /không chia sẻ đường liên kết/ : /keep it private/,
        )
        assert.ok(email.text.includes(data.fullName) && email.html.includes(data.fullName))
        assert.ok(email.html.startsWith(`<!doctype html><html lang="${locale}">`))
      })
    }
  }

  it('uses the agreed subject lines for a received request', () => {
    assert.equal(
      applicantEmail('submitted', 'vi', data).subject,
      '[DH1-0042] Đã nhận hồ sơ đăng ký tác nghiệp',
    )
    assert.equal(
      applicantEmail('submitted', 'en', data).subject,
      '[DH1-0042] Accreditation request received',
    )
  })

  it('gives each kind of e-mail its own subject', () => {
    for (const locale of LOCALES) {
      const subjects = new Set(KINDS.map((kind) => applicantEmail(kind, locale, data).subject))
      assert.equal(subjects.size, KINDS.length)
    }
  })

  it('escapes a name, message or event that contains HTML', () => {
    const hostile = {
      ...data,
      fullName: '<script>alert(1)</script>',
      message: '<img src=x onerror=alert(2)>',
      eventName: 'A & B "C"',
    }
    const { html, text } = applicantEmail('needs-information', 'en', hostile)
    assert.ok(!html.includes('<script>') && !html.includes('<img'))
    assert.ok(html.includes('&#60;script&#62;alert(1)&#60;/script&#62;'))
    assert.ok(html.includes('A &#38; B &#34;C&#34;'))
    assert.ok(text.includes('Dear <script>alert(1)</script>,'), 'plain text stays as written')
  })

  it('quotes the press office message and says how to answer when information is needed', () => {
    const message = 'Ảnh chân dung bị mờ.\nVui lòng gửi ảnh rõ mặt, nền sáng.'
    for (const locale of LOCALES) {
      const { text, html } = applicantEmail('needs-information', locale, { ...data, message })
      assert.ok(text.includes('> Ảnh chân dung bị mờ.\n> Vui lòng gửi ảnh rõ mặt, nền sáng.'))
      assert.ok(html.includes('Ảnh chân dung bị mờ.<br>Vui lòng gửi ảnh rõ mặt, nền sáng.'))
      assert.match(
        text,
        locale === 'vi'
          ? /mở đường liên kết.*tải lên tệp hoặc sửa thông tin.*gửi lại hồ sơ/
          : /open the link.*upload the file or correct the details.*send your request again/,
      )
    }
  })

  it('gives the reason and the message when a request is not approved', () => {
    const details = {
      ...data,
      reason: 'Cơ quan báo chí không có trong danh sách được cấp phép.',
      message: 'Hạn đăng ký đã kết thúc ngày 10/10.',
    }
    for (const locale of LOCALES) {
      const { text, html } = applicantEmail('rejected', locale, details)
      for (const body of [text, html]) {
        assert.ok(body.includes(details.reason) && body.includes(details.message))
        assert.ok(body.includes(locale === 'vi' ? 'Lý do:' : 'Reason:'))
      }
    }
  })

  it('never quotes a reason or message in an approval (or any e-mail of a decision that needs none)', () => {
    for (const locale of LOCALES)
      for (const kind of ['approved', 'withdrawn', 'submitted', 'waitlisted'] as const) {
        const email = applicantEmail(kind, locale, {
          ...data,
          reason: 'Ảnh chân dung không phù hợp',
          message: 'Ảnh mờ, gửi lại.',
        })
        assert.doesNotMatch(email.text, /không phù hợp|Ảnh mờ|Lý do|Reason:/, `${kind} ${locale}`)
        assert.doesNotMatch(email.html, /không phù hợp|Ảnh mờ/, `${kind} ${locale}`)
      }
  })

  it('leaves out the message block when there is no message', () => {
    const { text } = applicantEmail('rejected', 'vi', { ...data, reason: null, message: '  ' })
    assert.ok(!text.includes('Lý do:') && !text.includes('Nội dung từ Cơ quan phụ trách báo chí'))
  })

  it('tells an approved applicant where the pass will be and what to bring', () => {
    assert.match(
      applicantEmail('approved', 'vi', data).text,
      /Thẻ tác nghiệp.*trang theo dõi hồ sơ[\s\S]*giấy tờ tùy thân[\s\S]*thẻ nhà báo/,
    )
    assert.match(
      applicantEmail('approved', 'en', data).text,
      /press pass is on your request’s status page[\s\S]*identity document[\s\S]*press card/,
    )
  })

  it('gives an approved journalist the pass, the badge and the press-area link, in text and HTML', () => {
    const press = {
      passUrl: 'https://p.example/s/pass',
      badgeUrl: 'https://p.example/s/pass.pdf',
      accountUrl: 'https://p.example/press/password?token=abc&welcome=1',
      newAccount: true,
    }
    for (const locale of LOCALES) {
      const email = applicantEmail('approved', locale, { ...data, press })
      for (const url of Object.values(press).filter((v) => typeof v === 'string')) {
        assert.ok(email.text.includes(url), `${locale} text lacks ${url}`)
        assert.ok(
          email.html.includes(`href="${url.replace(/&/g, '&#38;')}"`),
          `${locale} html lacks ${url}`,
        )
      }
    }
    assert.match(
      applicantEmail('approved', 'en', { ...data, press }).text,
      /Set your password here; the link works once, for 14 days/,
    )
    assert.match(
      applicantEmail('approved', 'en', { ...data, press: { ...press, newAccount: false } }).text,
      /sign in with this e-mail address and your password/,
    )
    assert.doesNotMatch(
      applicantEmail('approved', 'en', data).text,
      /Press area/,
      'no press links without an account',
    )
  })

  it('sends the press-area reset link in the journalist’s language', () => {
    const vi = resetPasswordEmail('vi', {
      fullName: 'Trần Mai',
      url: 'https://p.example/press/password?token=x',
      eventName: 'Đại hội',
    })
    const en = resetPasswordEmail('en', {
      fullName: 'Trần Mai',
      url: 'https://p.example/en/press/password?token=x',
      eventName: 'Congress',
    })
    assert.equal(vi.subject, 'Đặt lại mật khẩu khu vực báo chí')
    assert.match(
      vi.text,
      /Kính gửi Trần Mai[\s\S]*https:\/\/p\.example\/press\/password\?token=x[\s\S]*bỏ qua thư này/,
    )
    assert.match(
      en.text,
      /Dear Trần Mai[\s\S]*within one hour[\s\S]*\/en\/press\/password\?token=x/,
    )
  })

  it('tells someone applying again that their request already exists', () => {
    assert.match(
      applicantEmail('reminder-link', 'vi', data).text,
      /hồ sơ đã tồn tại, không có hồ sơ mới nào được tạo/,
    )
    assert.match(
      applicantEmail('reminder-link', 'en', data).text,
      /already exists, no new one was created/,
    )
  })

  it('loads nothing from elsewhere: no images, no style sheets', () => {
    for (const kind of KINDS) {
      const { html } = applicantEmail(kind, 'vi', { ...data, message: 'x', reason: 'y' })
      assert.doesNotMatch(html, /<img|<link|<style|<script|src=/i)
    }
  })
})

describe('a new press-area password', () => {
  it('needs 10 to 200 characters (counted as characters, not bytes) and a matching confirmation', () => {
    assert.equal(newPasswordProblem('short', 'short'), 'password_short')
    assert.equal(
      newPasswordProblem('đđđđđđđđđ', 'đđđđđđđđđ'),
      'password_short',
      '9 characters, 18 bytes',
    )
    assert.equal(newPasswordProblem('x'.repeat(201), 'x'.repeat(201)), 'password_long')
    assert.equal(newPasswordProblem('a long password', 'a long passwort'), 'password_mismatch')
    assert.equal(newPasswordProblem('mật khẩu đủ dài', 'mật khẩu đủ dài'), null)
  })
})
