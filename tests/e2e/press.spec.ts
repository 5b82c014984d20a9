import { expect, test } from '@playwright/test'

import { DEMO_JOURNALIST_EMAIL, DEMO_PASSWORD } from '~/cms/seed/users'
import { approvedJournalist } from './journalists'
import { waitForMail } from './mailbox'
import { E2E_CMS_URL as CMS, E2E_SITE_URL as SITE } from './ports'
import { screenshot } from './screenshot'

const passwordLink = (text: string) => {
  const link = /https?:\/\/\S+\/press\/password\?token=\S+/.exec(text)?.[0]
  if (!link) throw new Error('no press-area password link in the e-mail')
  return link.replace(/^https?:\/\/[^/]+/, '')
}

test('an approved journalist sets a password from the approval e-mail, sees the pass and downloads the badge', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 })
  const { email, passNumber } = await approvedJournalist(page.request, {
    fullName: 'Đặng Văn Báo Chí',
  })
  const approval = await waitForMail(
    (mail) => mail.to.includes(email) && /chấp thuận/.test(mail.subject),
  )
  expect(approval.text).toContain('/pass.pdf')

  await page.goto(passwordLink(approval.text))
  await expect(page.getByRole('heading', { name: 'Đặt mật khẩu khu vực báo chí' })).toBeVisible()
  await page.getByLabel('Mật khẩu mới (ít nhất 10 ký tự)').fill('mật khẩu đủ dài')
  await page.getByLabel('Nhập lại mật khẩu mới').fill('mật khẩu khác hẳn')
  await page.getByRole('button', { name: 'Lưu mật khẩu và đăng nhập' }).click()
  await expect(page.getByRole('alert')).toHaveText('Hai mật khẩu không khớp nhau.')
  await page.getByLabel('Mật khẩu mới (ít nhất 10 ký tự)').fill('mật khẩu đủ dài')
  await page.getByLabel('Nhập lại mật khẩu mới').fill('mật khẩu đủ dài')
  await page.getByRole('button', { name: 'Lưu mật khẩu và đăng nhập' }).click()

  await expect(page).toHaveURL(/\/press\/$/)
  await expect(page.getByText('Xin chào, Đặng Văn Báo Chí')).toBeVisible()
  await expect(page.locator('.badge')).toContainText(passNumber)
  await expect(page.locator('.badge .qr svg')).toBeVisible()
  await screenshot(page, 'press-area-phone', { fullPage: true })
  const pdf = await page.request.get(
    await page
      .getByRole('link', { name: 'Tải thẻ để in (PDF, khổ A6)' })
      .getAttribute('href')
      .then((href) => href!),
  )
  expect(pdf.headers()['content-type']).toBe('application/pdf')
  expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-')

  // The welcome link works once; signing out and in again uses the new password.
  await page.getByRole('button', { name: 'Đăng xuất' }).click()
  await expect(page.getByRole('heading', { name: 'Đăng nhập' })).toBeVisible()
  await page.goto(passwordLink(approval.text))
  await page.getByLabel('Mật khẩu mới (ít nhất 10 ký tự)').fill('một mật khẩu khác')
  await page.getByLabel('Nhập lại mật khẩu mới').fill('một mật khẩu khác')
  await page.getByRole('button', { name: 'Lưu mật khẩu và đăng nhập' }).click()
  await expect(page.getByRole('alert')).toContainText('Đường liên kết này không còn dùng được')
  await page.goto('/press/')
  await page.getByLabel('E-mail đã đăng ký').fill(email)
  await page.getByLabel('Mật khẩu').fill('mật khẩu đủ dài')
  await page.getByRole('button', { name: 'Đăng nhập' }).click()
  await expect(page.getByText('Xin chào, Đặng Văn Báo Chí')).toBeVisible()
})

test('a forgotten password is reset by e-mail in English; unknown addresses get the same answer', async ({
  page,
}) => {
  const { email } = await approvedJournalist(page.request, {
    fullName: 'Lâm Quốc Quên',
    language: 'en',
  })
  for (const address of ['nobody.here@example.vn', email]) {
    await page.goto('/en/press/forgot')
    await page.getByLabel('E-mail you applied with').fill(address)
    await page.getByRole('button', { name: 'Send the link' }).click()
    await expect(page.getByRole('status')).toHaveText(/If this address has a press-area account/)
  }
  const reset = await waitForMail(
    (mail) => mail.to.includes(email) && mail.subject === 'Reset your press-area password',
  )
  const link = /https?:\/\/\S+\/en\/press\/password\?token=[^"\s]+/.exec(reset.html)?.[0]
  expect(link).toBeTruthy()
  await page.goto(link!.replace(/^https?:\/\/[^/]+/, '').replace(/&#38;|&amp;/g, '&'))
  await page.getByLabel('New password (at least 10 characters)').fill('brand new password')
  await page.getByLabel('New password again').fill('brand new password')
  await page.getByRole('button', { name: 'Save the password and sign in' }).click()
  await expect(page.getByText('Hello, Lâm Quốc Quên')).toBeVisible()
})

test('the press area is private, and a journalist’s session never opens the admin or staff data', async ({
  page,
  request,
}) => {
  const anonymous = await request.get(`${SITE}/press/`)
  expect(anonymous.headers()['cache-control']).toBe('private, no-store')
  const wrong = await request.post(`${SITE}/press/`, {
    form: { email: DEMO_JOURNALIST_EMAIL, password: 'not the password' },
    headers: { Origin: SITE },
    maxRedirects: 0,
  })
  expect(wrong.status()).toBe(401)
  expect(await wrong.text()).toContain('Không đăng nhập được')
  expect(wrong.headers()['set-cookie'] ?? '').not.toContain('portal_press')

  // The demo journalist signs in through the CMS's own REST login, as an attacker would try.
  const login = await request.post(`${CMS}/api/journalists/login`, {
    data: { email: DEMO_JOURNALIST_EMAIL, password: DEMO_PASSWORD },
  })
  expect(login.status()).toBe(200)
  const { token } = (await login.json()) as { token: string }
  const auth = { Authorization: `JWT ${token}` }
  for (const collection of [
    'users',
    'accreditation-requests',
    'passes',
    'applicant-files',
    'check-ins',
    'audit-entries',
  ]) {
    const response = await request.get(`${CMS}/api/${collection}?depth=0`, { headers: auth })
    expect([200, 403, 404], collection).toContain(response.status())
    if (response.status() === 200)
      expect(((await response.json()) as { totalDocs: number }).totalDocs, collection).toBe(0)
  }
  const others = (await (
    await request.get(`${CMS}/api/journalists?depth=0`, { headers: auth })
  ).json()) as { docs: { email: string }[] }
  expect(others.docs.map((doc) => doc.email)).toEqual([DEMO_JOURNALIST_EMAIL])

  await page.context().addCookies([{ name: 'payload-token', value: token, url: CMS }])
  await page.goto(`${CMS}/admin`)
  await expect(page).toHaveURL(/\/admin\/(login|unauthorized)/)
  await expect(page.getByText('Nguyễn Hoàng Nam')).toHaveCount(0)
})
