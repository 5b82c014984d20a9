import { randomInt } from 'node:crypto'

import { type Browser, expect, type Page, test } from '@playwright/test'
import sharp from 'sharp'

import { DEMO_PASSWORD, DEMO_STAFF } from '~/cms/seed/users'
import { minimalPdf, portraitJpeg } from '../support/sampleFiles'
import { COUNCIL_SLUG } from './journalists'
import { statusLinkIn, waitForMail } from './mailbox'
import { E2E_CMS_URL, E2E_SITE_URL } from './ports'
import { screenshot } from './screenshot'

/**
 * The accreditation journey as people live it: a journalist applies on a phone, the press office
 * asks for a better portrait in the admin, the journalist answers through the link in the e-mail,
 * and the application is approved — with real files, real e-mails and the real admin.
 */
const officer = DEMO_STAFF.find((user) => user.roles.includes('accreditation-officer'))!
/** The form of the seeded council session, whose accreditation is open now. */
const FORM = `/accreditation/?event=${COUNCIL_SLUG}`
const PHONE = {
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
  deviceScaleFactor: 2,
}

type Applicant = {
  fullName: string
  dateOfBirth: string
  idNumber: string
  email: string
  phone: string
}

/** A journalist born in 1990 with a citizen ID that matches the year (0 96 1 90 …), unique per run. */
function newApplicant(): Applicant {
  return {
    fullName: 'Trần Thị Bích Ngọc',
    dateOfBirth: '1990-05-20',
    idNumber: `0961900${String(randomInt(100_000)).padStart(5, '0')}`,
    email: `ngoc.${Date.now()}.${randomInt(1000)}@example.vn`,
    phone: '+84 912 000 111',
  }
}

/** The second portrait: another photo (other colours), so it can be told apart from the first once stored. */
const newPortraitJpeg = () =>
  sharp({ create: { width: 900, height: 1200, channels: 3, background: { r: 60, g: 90, b: 160 } } })
    .jpeg({ quality: 90 })
    .toBuffer()

const upload = async (name: string, mimeType: string, buffer: Buffer | Promise<Buffer>) => ({
  name,
  mimeType,
  buffer: await buffer,
})

async function fillPersonalDetails(
  page: Page,
  applicant: Applicant,
  idNumber = applicant.idNumber,
) {
  await page.locator('#f-fullName').fill(applicant.fullName)
  await page.locator('#f-dateOfBirth').fill(applicant.dateOfBirth)
  await page.locator('#f-idNumber').fill(idNumber)
  await page.locator('#f-outlet').selectOption({ label: 'Báo Cà Mau' })
  await page.getByLabel('Phóng viên', { exact: true }).check()
  await page.locator('#f-email').fill(applicant.email)
  await page.locator('#f-phone').fill(applicant.phone)
}

/** Fills in and sends the application form on the page that is open, with real files. */
async function applyInBrowser(
  page: Page,
  applicant: Applicant,
  options: { beforeSending?: () => Promise<void> } = {},
) {
  await fillPersonalDetails(page, applicant)
  await page
    .locator('#f-portrait')
    .setInputFiles(await upload('chan-dung.jpg', 'image/jpeg', portraitJpeg()))
  await page
    .locator('#f-letter')
    .setInputFiles(await upload('giay-gioi-thieu.pdf', 'application/pdf', minimalPdf()))
  await page.locator('#f-acceptRules').check()
  await page.locator('#f-consentData').check()
  await options.beforeSending?.()
  await page.getByRole('button', { name: 'Gửi hồ sơ' }).click()
  // The form answers every accepted application alike (a second one for the same ID number too):
  // the status link comes by e-mail only.
  await page.waitForURL(/\/accreditation\/received\/$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Đã nhận hồ sơ')
  await expect(page.locator('a[href*="/accreditation/status/"]')).toHaveCount(0)
  await screenshot(page, 'accreditation-received-vi-phone', { fullPage: true })
  const confirmation = await waitForMail(
    (m) => m.to.includes(applicant.email) && m.subject.endsWith('Đã nhận hồ sơ đăng ký tác nghiệp'),
  )
  await page.goto(statusLinkIn(confirmation))
}

async function signInToAdmin(browser: Browser) {
  const context = await browser.newContext({
    locale: 'en-US',
    viewport: { width: 1280, height: 900 },
  })
  const page = await context.newPage()
  await page.goto(`${E2E_CMS_URL}/admin/login`)
  await page.locator('#field-email').fill(officer.email)
  await page.locator('#field-password').fill(DEMO_PASSWORD)
  await page.locator('form button[type="submit"]').click()
  await expect(page).toHaveURL(/\/admin\/?$/)
  return { context, page }
}

/** Payload's select fields are react-select widgets: open the field, then pick the option by its text. */
async function choose(page: Page, field: string, option: string) {
  await page.locator(`#field-${field} .rs__control`).click()
  await page.locator('.rs__option', { hasText: new RegExp(`^${option}$`) }).click()
  await expect(page.locator(`#field-${field} .rs__single-value`)).toHaveText(option)
}

async function saveInAdmin(page: Page) {
  await page.locator('#action-save').click()
  await expect(
    page.locator('.toast-success, [data-sonner-toast][data-type="success"]').first(),
  ).toBeVisible()
}

test('a journalist applies on a phone, is asked for a new portrait, answers, and is approved', async ({
  browser,
}) => {
  test.setTimeout(90_000)
  const applicant = newApplicant()
  const phone = await browser.newContext({ ...PHONE, locale: 'vi-VN' })
  const page = await phone.newPage()

  // 1. The application, in Vietnamese, with a portrait straight from the phone's camera and a PDF letter.
  await page.goto(FORM)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Đăng ký thẻ tác nghiệp báo chí')
  await expect(
    page.getByText(/^Hạn chót nhận hồ sơ: \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/),
  ).toBeVisible()
  await applyInBrowser(page, applicant, {
    beforeSending: () => screenshot(page, 'accreditation-form-vi-phone', { fullPage: true }),
  })

  // 2. The status page behind the secret link, with the reference code.
  const heading = page.getByRole('heading', { level: 1 })
  await expect(heading).toHaveText(/^Hồ sơ HD-\d{4}$/)
  const reference = /HD-\d{4}/.exec((await heading.textContent()) ?? '')![0]
  await expect(page.getByText('Đã nộp — đang chờ xét duyệt', { exact: true })).toBeVisible()
  const portrait = page.getByRole('img', { name: 'Ảnh chân dung đã gửi' })
  await expect
    .poll(() => portrait.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
    .toBe(600)
  await screenshot(page, 'accreditation-status-vi-phone', { fullPage: true })
  const statusUrl = page.url().replace(/\?.*$/, '')
  const firstPortrait = await (await page.request.get(`${statusUrl}portrait`)).body()
  // The status link serves the letter as every route does: a download under a sandboxing policy.
  const letter = await page.request.get(`${statusUrl}letter`)
  expect(letter.headers()['content-disposition']).toBe('attachment; filename="letter.pdf"')
  expect(letter.headers()['content-security-policy']).toMatch(/^sandbox; default-src 'none'/)
  expect(letter.headers()['x-content-type-options']).toBe('nosniff')

  // 3. The confirmation e-mail carries the same secret link.
  const confirmation = await waitForMail(
    (m) => m.to.includes(applicant.email) && m.subject.includes(reference),
  )
  expect(confirmation.subject).toBe(`[${reference}] Đã nhận hồ sơ đăng ký tác nghiệp`)
  expect(statusLinkIn(confirmation)).toBe(statusUrl)
  expect(statusUrl.startsWith(`${E2E_SITE_URL}/accreditation/status/`)).toBe(true)

  // 4. The officer finds the request in the admin (in Vietnamese, whatever the browser's
  // language) and asks for more information.
  const admin = await signInToAdmin(browser)
  await admin.page.goto(`${E2E_CMS_URL}/admin/collections/accreditation-requests`)
  await expect(admin.page.getByRole('link', { name: /Xuất danh sách thẩm tra/ })).toBeVisible()
  await screenshot(admin.page, 'admin-accreditation-list')
  await admin.page.getByRole('link', { name: reference }).click()
  await expect(admin.page).toHaveURL(/\/admin\/collections\/accreditation-requests\/\d+/)
  await expect(admin.page.locator('#field-fullName')).toHaveValue(applicant.fullName)
  await expect(admin.page.locator('#field-idNumber')).toHaveValue(applicant.idNumber)
  await screenshot(admin.page, 'admin-accreditation-request', { fullPage: true })
  const message = 'Ảnh chân dung bị mờ, đề nghị gửi ảnh rõ mặt hơn.'
  await choose(admin.page, 'status', 'Cần bổ sung')
  await admin.page.getByRole('button', { name: 'Quyết định', exact: true }).click()
  await choose(admin.page, 'reasonCode', 'Ảnh chân dung không phù hợp')
  await admin.page.locator('#field-decisionMessage').fill(message)
  await saveInAdmin(admin.page)
  await screenshot(admin.page, 'admin-accreditation-needs-information')

  // 5. The e-mail brings the officer's message and the link.
  const request = await waitForMail(
    (m) =>
      m.to.includes(applicant.email) &&
      m.subject === `[${reference}] Cần bổ sung hồ sơ đăng ký tác nghiệp`,
  )
  expect(request.text).toContain(message)
  expect(request.text).toContain('Ảnh chân dung không phù hợp')

  // 6. The journalist opens the link from the e-mail, reads the message and sends a new portrait.
  await page.goto(statusLinkIn(request))
  await expect(page.getByText('Cần bổ sung thông tin', { exact: true })).toBeVisible()
  await expect(page.getByText(message)).toBeVisible()
  await page.locator('#f-answer').fill('Tôi gửi lại ảnh chân dung chụp chính diện.')
  await page
    .locator('#f-portrait')
    .setInputFiles(await upload('anh-moi.jpg', 'image/jpeg', newPortraitJpeg()))
  await page.getByRole('button', { name: 'Gửi bổ sung' }).click()
  await page.waitForURL(/\?answered=1$/)
  await expect(page.getByRole('status').filter({ hasText: 'Đã nhận phần bổ sung' })).toBeVisible()
  await expect(page.getByText('Đang xét duyệt', { exact: true })).toBeVisible()
  const secondPortrait = await (await page.request.get(`${statusUrl}portrait`)).body()
  expect(secondPortrait.equals(firstPortrait), 'the new portrait replaced the first').toBe(false)

  // 7. The officer sees the answer and approves; the approval e-mail follows.
  await admin.page.reload()
  await admin.page.getByRole('button', { name: 'Tệp đính kèm', exact: true }).click()
  await expect(admin.page.locator('#field-applicantAnswer')).toHaveValue(
    'Tôi gửi lại ảnh chân dung chụp chính diện.',
  )
  await choose(admin.page, 'status', 'Đã duyệt')
  await saveInAdmin(admin.page)
  const approval = await waitForMail(
    (m) =>
      m.to.includes(applicant.email) &&
      m.subject === `[${reference}] Hồ sơ đăng ký tác nghiệp đã được chấp thuận`,
  )
  expect(statusLinkIn(approval)).toBe(statusUrl)
  await page.reload()
  await expect(page.getByText('Đã được duyệt', { exact: true })).toBeVisible()
  await expect(page.locator('.history li')).toHaveCount(4)

  // 8. The approved journalist opens the pass on the phone: a QR code and the portrait.
  await page.getByRole('link', { name: /Mở thẻ tác nghiệp/ }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(applicant.fullName)
  await expect(page.locator('.qr svg')).toBeVisible()
  expect(
    await page
      .locator('.badge img.portrait')
      .evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth === 600),
  ).toBe(true)
  await screenshot(page, 'accreditation-phone-pass', { fullPage: true })

  await admin.context.close()
  await phone.close()
})

test('the English form shows what is missing next to each field before anything is sent', async ({
  page,
}) => {
  const posts: string[] = []
  page.on('request', (request) => request.method() === 'POST' && posts.push(request.url()))
  await page.goto(`/en${FORM}`)
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await page.getByRole('button', { name: 'Send application' }).click()

  const errors: Record<string, string> = {
    fullName: 'Enter your full name (2–100 letters).',
    dateOfBirth: 'Enter a valid date of birth.',
    idNumber: 'Enter your ID number.',
    outlet: 'Choose an outlet from the list.',
    role: 'Choose a role.',
    email: 'Enter a valid e-mail address.',
    phone: 'Enter a valid phone number (8–20 digits).',
    portrait: 'Please choose a file.',
    letter: 'Please choose a file.',
    acceptRules: 'You must agree to follow the press rules.',
    consentData: 'We need your consent to process the application.',
  }
  for (const [field, text] of Object.entries(errors))
    await expect(page.locator(`[data-field="${field}"] #e-${field}`)).toHaveText(text)
  await expect(page.locator('#e-pressCardNumber')).toBeHidden()
  await expect(page.locator('#f-fullName')).toBeFocused()
  await expect(page.locator('#f-fullName')).toHaveAttribute('aria-invalid', 'true')
  await expect(
    page.getByRole('status').filter({ hasText: 'Your application was not sent' }),
  ).toContainText(`${Object.keys(errors).length} fields`)
  expect(posts, 'nothing was sent').toEqual([])
  expect(page.url()).toBe(`${E2E_SITE_URL}/en${FORM}`)
  await screenshot(page, 'accreditation-errors-en', { fullPage: true })
})

test('without JavaScript the server refuses a 13-digit ID and missing consent, in Vietnamese, keeping what was typed', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: 'vi-VN' })
  const page = await context.newPage()
  const applicant = newApplicant()
  await page.goto(FORM)
  await fillPersonalDetails(page, applicant, '0961900123456')
  await page
    .locator('#f-portrait')
    .setInputFiles(await upload('chan-dung.jpg', 'image/jpeg', portraitJpeg()))
  await page
    .locator('#f-letter')
    .setInputFiles(await upload('giay-gioi-thieu.pdf', 'application/pdf', minimalPdf()))
  await page.locator('#f-acceptRules').check()

  const [response] = await Promise.all([
    page.waitForResponse(
      (r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/accreditation/',
    ),
    page.getByRole('button', { name: 'Gửi hồ sơ' }).click(),
  ])
  expect(response.status()).toBe(400)
  await page.waitForLoadState()
  await expect(page.locator('#e-idNumber')).toHaveText('Số căn cước công dân gồm đúng 12 chữ số.')
  await expect(page.locator('#e-consentData')).toHaveText(
    'Bạn cần đồng ý để chúng tôi xử lý hồ sơ.',
  )
  await expect(page.locator('#form-errors')).toContainText('Vui lòng sửa 2 mục')
  for (const field of ['fullName', 'email', 'phone', 'portrait', 'letter', 'acceptRules'])
    await expect(page.locator(`#e-${field}`)).toBeHidden()
  await expect(page.locator('#f-fullName')).toHaveValue(applicant.fullName)
  await expect(page.locator('#f-idNumber')).toHaveValue('0961900123456')
  await expect(page.locator('#f-email')).toHaveValue(applicant.email)
  await expect(page.locator('#f-idNumber')).toHaveAttribute('aria-invalid', 'true')
  await screenshot(page, 'accreditation-errors-nojs-vi', { fullPage: true })
  await context.close()
})

test('an applicant can send the forms of the status page from a browser', async ({ page }) => {
  const applicant = newApplicant()
  await page.goto(FORM)
  await applyInBrowser(page, applicant)
  await page.getByLabel('Tôi muốn rút hồ sơ này').check()
  const [response] = await Promise.all([
    page.waitForResponse(
      (r) => r.request().method() === 'POST' && r.url().includes('/accreditation/status/'),
    ),
    page.getByRole('button', { name: 'Rút hồ sơ' }).click(),
  ])
  expect(response.status()).toBe(303)
  await expect(page.getByText('Đã rút hồ sơ', { exact: true })).toBeVisible()
  // After a withdrawal the link shows the state only: no portrait, no letter.
  await expect(page.getByRole('img', { name: 'Ảnh chân dung đã gửi' })).toHaveCount(0)
  const statusUrl = page.url().replace(/\?.*$/, '')
  for (const file of ['portrait', 'letter'])
    expect((await page.request.get(`${statusUrl}${file}`)).status(), file).toBe(410)
})
