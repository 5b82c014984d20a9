import { expect, type Page, test } from '@playwright/test'

import { DEMO_PASSWORD, DEMO_STAFF } from '~/cms/seed/users'
import { approvedJournalist } from './journalists'
import { allMail, waitForMail } from './mailbox'
import { E2E_CMS_URL } from './ports'
import { screenshot } from './screenshot'

const staff = (role: string) => DEMO_STAFF.find((user) => user.roles.includes(role as never))!

async function signIn(page: Page, email: string) {
  await page.goto(`${E2E_CMS_URL}/admin/login`)
  await page.locator('#field-email').fill(email)
  await page.locator('#field-password').fill(DEMO_PASSWORD)
  await page.locator('form button[type="submit"]').click()
}

test('an editor signs in to the admin and sees the content collections', async ({ page }) => {
  await signIn(page, staff('editor').email)
  await expect(page).toHaveURL(/\/admin\/?$/)
  await expect(page.getByRole('link', { name: /News|Tin tức/ }).first()).toBeVisible()
  await screenshot(page, 'admin-dashboard')
})

test('check-in staff sign in to the admin and land on the door’s dashboard, without the log', async ({
  page,
}) => {
  await signIn(page, staff('checkin-staff').email)
  await expect(page).toHaveURL(/\/admin\/?$/)
  await expect(page.getByTestId('door-lead-dashboard')).toBeVisible()
  await expect(page.locator('nav a[href*="/admin/collections/check-ins"]')).toHaveCount(0)
  await expect(
    page.locator('nav a[href*="/admin/collections/accreditation-requests"]'),
  ).toHaveCount(0)
})

test('a wrong password is refused with a message', async ({ page }) => {
  await page.goto(`${E2E_CMS_URL}/admin/login`)
  await page.locator('#field-email').fill(staff('editor').email)
  await page.locator('#field-password').fill('not-the-password')
  await page.locator('form button[type="submit"]').click()
  await expect(
    page.locator('.toast-error, [data-sonner-toast][data-type="error"]').first(),
  ).toBeVisible()
  await expect(page).toHaveURL(/\/admin\/login/)
})

test('an editor writes a draft, publishes it, and it appears on the site within seconds', async ({
  page,
  request,
}) => {
  const title = `Tin kiểm thử ${Date.now()}`
  await signIn(page, staff('editor').email)
  await expect(page).toHaveURL(/\/admin\/?$/)
  await page.goto(`${E2E_CMS_URL}/admin/collections/news/create`)
  await page.locator('#field-title').fill(title)
  await page.locator('#field-summary').fill('Bài viết được tạo trong kiểm thử đầu-cuối.')
  await page.locator('#action-save-draft').click()
  await expect(page).toHaveURL(/\/admin\/collections\/news\/\d+/)

  // A draft never reaches the public site.
  await page.waitForTimeout(2500)
  expect(await (await request.get('/news/')).text()).not.toContain(title)

  await page.locator('#action-save').click()
  await expect(
    page.locator('.toast-success, [data-sonner-toast][data-type="success"]').first(),
  ).toBeVisible()
  await screenshot(page, 'admin-news-published')

  const publishedAt = Date.now()
  await expect
    .poll(async () => (await request.get('/news/')).text(), { timeout: 15_000, intervals: [250] })
    .toContain(title)
  console.log(`publish → visible on the site: ${Date.now() - publishedAt} ms`)
  await page.goto('/news/')
  await page.getByRole('link', { name: title }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
})

test('an editor finds the embargo time, the distribution state and the attachments on a press release', async ({
  page,
}) => {
  await signIn(page, staff('editor').email)
  await expect(page).toHaveURL(/\/admin\/?$/)
  await page.goto(`${E2E_CMS_URL}/admin/collections/press-releases/1`)
  await expect(page.locator('#field-title')).toHaveValue(/.+/)
  await expect(page.locator('#field-embargoUntil')).toBeAttached()
  // The lift button shows only while an embargo holds (tests/e2e/distribution.spec.ts presses it).
  await expect(page.getByText(/Gửi thư|Distribution/).first()).toBeVisible()
  await expect(page.getByText(/Tệp đính kèm \(PDF\)|Attachments \(PDF\)/).first()).toBeVisible()
  await screenshot(page, 'admin-release', { fullPage: true })
})

test('an officer sends a journalist a set-password link from the press account (staff never set it)', async ({
  page,
  request,
}) => {
  const journalist = await approvedJournalist(request)
  const account = await request.get(
    `${E2E_CMS_URL}/api/journalists?where[email][equals]=${encodeURIComponent(journalist.email)}&depth=0`,
    { headers: { Authorization: `JWT ${journalist.jwt}` } },
  )
  const id = ((await account.json()) as { docs: { id: number }[] }).docs[0]!.id
  const toJournalist = (mail: { to: string[] }) => mail.to.includes(journalist.email)
  // The approval e-mail leaves through the outbox too: count only once it has arrived.
  await waitForMail((mail) => toJournalist(mail) && /đã được chấp thuận/.test(mail.subject))
  const before = (await allMail()).filter(toJournalist).length

  await signIn(page, staff('accreditation-officer').email)
  await expect(page).toHaveURL(/\/admin\/?$/)
  await page.goto(`${E2E_CMS_URL}/admin/collections/journalists/${id}`)
  await page.getByRole('button', { name: /Send a set-password link/ }).click()
  await expect(page.getByRole('status').filter({ hasText: /Set-password link sent/ })).toBeVisible()
  await screenshot(page, 'admin-press-account-set-password-link')

  // Through the outbox: one new message to the journalist, carrying the site's set-password page.
  await expect
    .poll(async () => (await allMail()).filter(toJournalist).length, { timeout: 15_000 })
    .toBe(before + 1)
  const mail = (await allMail()).filter(toJournalist).at(-1)!
  expect(mail.html + mail.text).toMatch(/\/press\/password\?token=/)
})
