import { readFileSync } from 'node:fs'

import { expect, type Page, test } from '@playwright/test'

import { DEMO_PASSWORD } from '~/cms/seed/users'
import { approvedJournalist, pendingApplication, staffEmail } from './journalists'
import { statusLinkIn, waitForMail } from './mailbox'
import { E2E_CMS_URL as CMS } from './ports'

/**
 * Notices and the officer's tools (issue 13), as the press office works: in the admin, in
 * Chromium, with the e-mails caught by the real SMTP server of the run.
 */
const SHOTS = '/work/notes/shots'

async function signIn(page: Page, role: string) {
  await page.goto(`${CMS}/admin/login`)
  await page.locator('#field-email').fill(staffEmail(role))
  await page.locator('#field-password').fill(DEMO_PASSWORD)
  await page.locator('form button[type="submit"]').click()
  await expect(page).toHaveURL(/\/admin\/?$/)
}

test('an officer revokes a pass in the admin: the journalist is e-mailed the reason', async ({
  page,
  request,
}) => {
  const { token, email, jwt } = await approvedJournalist(request)
  const passes = await request.get(
    `${CMS}/api/passes?where[request][equals]=${token.split('.')[0]}&depth=0&limit=1`,
    { headers: { Authorization: `JWT ${jwt}` } },
  )
  const pass = ((await passes.json()) as { docs: { id: number }[] }).docs[0]!
  await signIn(page, 'accreditation-officer')
  await page.goto(`${CMS}/admin/collections/passes/${pass.id}`)
  await page.locator('#field-status').click()
  await page.locator('.rs__option', { hasText: /Đã thu hồi|Revoked/ }).click()
  await page.locator('#field-revokedReason').fill('Cho người khác mượn thẻ')
  await page.locator('#action-save').click()
  await expect(
    page.locator('.toast-success, [data-sonner-toast][data-type="success"]').first(),
  ).toBeVisible()
  await page.screenshot({ path: `${SHOTS}/notices-revoke-pass.png` })
  const notice = await waitForMail(
    (mail) => mail.to.includes(email) && /thu hồi/.test(mail.subject),
  )
  expect(notice.text).toContain('Cho người khác mượn thẻ')
  expect(statusLinkIn(notice)).toContain(`/accreditation/status/${token}/`)
})

test('an officer re-sends the status link: the e-mail arrives and its link opens the status page', async ({
  page,
  request,
}) => {
  const { token, email } = await pendingApplication(request, { language: 'en' })
  await signIn(page, 'accreditation-officer')
  await page.goto(`${CMS}/admin/collections/accreditation-requests/${token.split('.')[0]}`)
  await page
    .getByRole('button', { name: /Gửi lại đường liên kết hồ sơ|Re-send the status link/ })
    .click()
  await expect(page.getByRole('status').filter({ hasText: email })).toBeVisible()
  await page.screenshot({ path: `${SHOTS}/notices-resend-links.png` })
  const mail = await waitForMail((m) => m.to.includes(email) && /link to your/.test(m.subject))
  const link = statusLinkIn(mail)
  expect(link).toContain(`/en/accreditation/status/${token}/`)
  await page.goto(link)
  await expect(page.getByText(/DH1-|HD-|[A-Z0-9]+-\d{4}/).first()).toBeVisible()
  await page.screenshot({ path: `${SHOTS}/notices-status-page-from-resent-link.png` })
})

test('an admin exports an applicant’s data (a valid JSON download) and erases it with confirmation: the report stays', async ({
  page,
  request,
}) => {
  const { token } = await approvedJournalist(request)
  const id = token.split('.')[0]!
  await signIn(page, 'admin')
  await page.goto(`${CMS}/admin/collections/accreditation-requests/${id}`)
  await expect(
    page.getByRole('button', { name: /Xoá toàn bộ dữ liệu|Erase all data/ }),
  ).toBeVisible()
  await page.waitForLoadState('networkidle')
  await page.screenshot({ path: `${SHOTS}/notices-application-tools.png` })

  page.once('dialog', (dialog) => dialog.accept())
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /Xuất dữ liệu|Export data/ }).click(),
  ])
  const file = JSON.parse(readFileSync((await download.path())!, 'utf8'))
  expect(String(file.application.id)).toBe(id)
  expect(download.suggestedFilename()).toMatch(/^[A-Z0-9]+-\d{4}-.+\.json$/)
  const code = file.referenceCode as string
  expect(code).toMatch(/^[A-Z0-9]+-\d{4}$/)
  expect(file.files.length).toBe(2)
  await expect(page.getByRole('link', { name: /Xem biên bản|Open the report/ })).toBeVisible()

  // A wrong confirmation erases nothing.
  page.once('dialog', (dialog) => dialog.accept('DH1-0000'))
  await page.getByRole('button', { name: /Xoá toàn bộ dữ liệu|Erase all data/ }).click()
  await expect(page.getByRole('status').filter({ hasText: code })).toBeVisible()
  page.once('dialog', (dialog) => dialog.accept(code))
  await page.getByRole('button', { name: /Xoá toàn bộ dữ liệu|Erase all data/ }).click()
  await expect(page).toHaveURL(/\/admin\/collections\/data-requests\/\d+/)
  await expect(page.locator('#field-notes')).toHaveValue(new RegExp(`Application erased: ${code}`))
  await expect(page.locator('#field-subject')).toHaveValue(`${code} (erased)`)
  await page.screenshot({ path: `${SHOTS}/notices-erasure-report.png`, fullPage: true })
  const gone = await request.get(`${CMS}/api/accreditation-requests/${id}`)
  expect([401, 403, 404]).toContain(gone.status())
})
