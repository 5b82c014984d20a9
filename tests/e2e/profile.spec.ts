import { readFileSync } from 'node:fs'

import { expect, type Page, test } from '@playwright/test'

import { DEMO_JOURNALIST_EMAIL, DEMO_PASSWORD } from '~/cms/seed/users'
import { staffEmail } from './journalists'
import { E2E_CMS_URL as CMS } from './ports'
import { screenshot } from './screenshot'

const COUNCIL = 'Kỳ họp thường lệ cuối năm, Hội đồng nhân dân tỉnh Cà Mau'

/** Counts what the journalist does on the one screen: fields typed, and clicks (ticks, choices, buttons). */
function counter(page: Page) {
  const counts = { typed: 0, uploads: 0, clicks: 0 }
  return {
    counts,
    type: async (selector: string, value: string) => {
      counts.typed += 1
      await page.locator(selector).fill(value)
    },
    tick: async (selector: string) => {
      counts.clicks += 1
      await page.locator(selector).check()
    },
    click: async (name: string | RegExp, role: 'button' | 'link' = 'button') => {
      counts.clicks += 1
      await page.getByRole(role, { name }).click()
    },
  }
}

test('the demo journalist applies to the council session on one screen, then downloads and asks to delete their data', async ({
  page,
}) => {
  await page.goto('/press/')
  await page.getByLabel('E-mail đã đăng ký').fill(DEMO_JOURNALIST_EMAIL)
  await page.getByLabel('Mật khẩu', { exact: true }).fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: 'Đăng nhập' }).click()
  await expect(page.getByText('Xin chào, Trần Thị Mai')).toBeVisible()

  // First sign-in after the approval: asked whether to keep the profile.
  await expect(page.getByRole('heading', { name: 'Lưu hồ sơ cho các sự kiện sau?' })).toBeVisible()
  await page.getByRole('button', { name: 'Đồng ý lưu hồ sơ' }).click()
  await expect(page.getByText('Bạn đã đồng ý lưu hồ sơ cho các sự kiện sau.')).toBeVisible()

  const accreditations = page.locator('table.accreditations tbody tr')
  await expect(accreditations).toHaveCount(1)
  await expect(accreditations.first()).toContainText('Họp báo cung cấp thông tin kinh tế')
  await expect(accreditations.first()).toContainText('Đã được duyệt')
  await expect(accreditations.first().getByRole('link', { name: 'Mở thẻ' })).toBeVisible()

  // The one screen: profile pre-filled, ID number masked and never typed.
  const act = counter(page)
  await act.click(`Đăng ký tác nghiệp: ${COUNCIL}`, 'link')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Đăng ký tác nghiệp: ${COUNCIL}`)
  await expect(page.locator('#f-fullName')).toHaveValue('Trần Thị Mai')
  await expect(page.getByTestId('id-masked')).toContainText('•••••••••144')
  await expect(page.locator('input[name="idNumber"]')).toHaveCount(0)
  await expect(page.getByText('Dùng ảnh chân dung đã lưu')).toBeVisible()
  await expect(page.locator('input[name="days"]:checked')).toHaveCount(2)
  await screenshot(page, 'press-apply-one-screen', { fullPage: true })
  // The ID's expiry is not on file yet (the first form does not ask it): typed once, kept after.
  await act.type('#f-idExpiresAt', '2035-06-30')
  await act.tick('#f-acceptRules')
  await act.tick('#f-consentData')
  await act.click('Gửi hồ sơ')
  await expect(page.locator('p.done')).toContainText(/Đã gửi hồ sơ HD-\d{4}/)
  console.log(
    `returning journalist, one screen: ${act.counts.typed} field typed, ${act.counts.uploads} uploads, ${act.counts.clicks} clicks`,
  )
  expect(act.counts).toEqual({ typed: 1, uploads: 0, clicks: 4 })

  await page.goto('/press/')
  await expect(accreditations).toHaveCount(2)
  await expect(page.locator('table.accreditations')).toContainText(COUNCIL)
  await expect(page.getByRole('link', { name: `Đăng ký tác nghiệp: ${COUNCIL}` })).toHaveCount(0)

  // Everything held about them, as one JSON file with the files in base64.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Tải về toàn bộ dữ liệu (JSON, kèm tệp)' }).click(),
  ])
  expect(download.suggestedFilename()).toMatch(/^my-data-.*\.json$/)
  const exported = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
    pressAccount: { email: string; idNumber: string; keepProfile: boolean; idExpiresAt: string }
    applications: {
      application: { referenceCode: string; idNumber: string }
      files: { kind: string; base64: string | null }[]
    }[]
  }
  expect(exported.pressAccount.email).toBe(DEMO_JOURNALIST_EMAIL)
  expect(exported.pressAccount.idNumber).toBe('096190062144')
  expect(exported.pressAccount.keepProfile).toBe(true)
  expect(exported.pressAccount.idExpiresAt.slice(0, 10)).toBe('2035-06-30')
  expect(exported.applications.map((a) => a.application.referenceCode.slice(0, 3)).sort()).toEqual([
    'HB-',
    'HD-',
  ])
  for (const { files } of exported.applications) {
    const portrait = files.find((f) => f.kind === 'portrait')!
    expect(Buffer.from(portrait.base64!, 'base64').subarray(0, 3)).toEqual(
      Buffer.from([0xff, 0xd8, 0xff]),
    )
    expect(files.some((f) => f.kind === 'letter' && f.base64)).toBe(true)
  }

  // The deletion request reaches the accreditation officers with its 72-hour deadline.
  await page.getByLabel(/Tôi hiểu rằng khi yêu cầu được thực hiện/).check()
  await page.getByRole('button', { name: 'Yêu cầu xoá toàn bộ dữ liệu' }).click()
  await expect(page.getByText(/Yêu cầu xoá dữ liệu đã được ghi nhận\. Hạn xử lý:/)).toBeVisible()
  const login = await page.request.post(`${CMS}/api/users/login`, {
    data: { email: staffEmail('accreditation-officer'), password: DEMO_PASSWORD },
  })
  const jwt = ((await login.json()) as { token: string }).token
  const listed = await page.request.get(
    `${CMS}/api/data-requests?where[kind][equals]=deletion&where[status][equals]=received`,
    { headers: { Authorization: `JWT ${jwt}` } },
  )
  const { docs } = (await listed.json()) as {
    docs: { id: number; receivedAt: string; deadline: string; subject: string }[]
  }
  expect(docs).toHaveLength(1)
  expect(docs[0]!.subject).toContain('Trần Thị Mai')
  expect(new Date(docs[0]!.deadline).getTime() - new Date(docs[0]!.receivedAt).getTime()).toBe(
    72 * 3600_000,
  )
  const editorLogin = await page.request.post(`${CMS}/api/users/login`, {
    data: { email: staffEmail('editor'), password: DEMO_PASSWORD },
  })
  const editorJwt = ((await editorLogin.json()) as { token: string }).token
  const byEditor = await page.request.get(`${CMS}/api/data-requests`, {
    headers: { Authorization: `JWT ${editorJwt}` },
  })
  expect([403, 404]).toContain(byEditor.status())
})
