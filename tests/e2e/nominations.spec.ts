import { randomBytes, randomInt } from 'node:crypto'

import { expect, type Page, test } from '@playwright/test'

import { localDate } from '~/cms/lib/time'
import { calendarEvents } from '~/cms/seed/calendar'
import { minimalPdf, portraitJpeg } from '~/tests/support/sampleFiles'
import { siteLogin } from '~/tests/support/routesFixtures'
import { waitForMail } from './mailbox'
import { E2E_CMS_URL as CMS, E2E_SITE_URL as SITE } from './ports'
import { screenshot } from './screenshot'
import { signIn, staffEmail } from './staffApi'

const tag = () => randomBytes(3).toString('hex')
const linkIn = (text: string, pattern: RegExp) => {
  const link = pattern.exec(text)?.[0]
  if (!link) throw new Error(`no link ${pattern} in the e-mail`)
  return link.replace(/^https?:\/\/[^/]+/, '')
}

/** A nominee completes their own application through their personal link, in the browser. */
async function completeThroughLink(page: Page, link: string, fullName: string) {
  await page.goto(link)
  await expect(page.getByRole('heading', { name: 'Hoàn tất hồ sơ tác nghiệp' })).toBeVisible()
  await page.locator('#f-fullName').fill(fullName)
  await page.locator('#f-dateOfBirth').fill('1990-05-20')
  await page.locator('#f-idNumber').fill(`0961900${String(randomInt(100_000)).padStart(5, '0')}`)
  await page.locator('#f-phone').fill('+84 912 000 111')
  await page
    .locator('#f-portrait')
    .setInputFiles({ name: 'chan-dung.jpg', mimeType: 'image/jpeg', buffer: await portraitJpeg() })
  await page.locator('#f-acceptRules').check()
  await page.locator('#f-consentData').check()
  await page.getByRole('button', { name: 'Gửi hồ sơ' }).click()
  await expect(page.getByRole('status')).toContainText('Hồ sơ của quý vị đã được gửi')
}

test('an outlet nominates three people (typed and CSV), each completes through their link, the officer approves, the manager replaces one and the old pass is refused at the door', async ({
  page,
  playwright,
}) => {
  test.setTimeout(180_000)
  const officer = await signIn(playwright, staffEmail('accreditation-officer'))
  const events = (await (
    await officer.get(
      // Today's seeded press conference (other specs make press conferences of their own).
      `${CMS}/api/events?where[slug][equals]=${calendarEvents().briefing.shared.slug}&limit=1&depth=0`,
    )
  ).json()) as { docs: { id: number }[] }
  const eventId = String(events.docs[0]!.id)
  const outlet = (await (
    await officer.post(`${CMS}/api/outlets`, {
      data: {
        name: `Báo Đề Cử ${tag()}`,
        type: 'print',
        scope: 'provincial',
        quotas: { reporter: 2, photographer: 1, cameraOperator: 0, technician: 0 },
      },
    })
  ).json()) as { doc: { id: number } }

  // The officer opens the outlet's manager account; the manager sets a password from the e-mail.
  const managerEmail = `quanly.${tag()}@example.vn`
  const opened = await officer.post(`${CMS}/api/outlet-managers`, {
    data: {
      name: 'Trương Thị Quản Lý',
      email: managerEmail,
      outlet: outlet.doc.id,
      approved: true,
      password: 'typed by the officer',
    },
  })
  expect(opened.status(), await opened.text()).toBe(201)
  const welcome = await waitForMail(
    (m) => m.to.includes(managerEmail) && /\/outlet\/password\?token=/.test(m.text),
  )
  await page.goto(linkIn(welcome.text, /https?:\/\/\S+\/outlet\/password\?token=\S+/))
  await page.getByLabel('Mật khẩu mới (ít nhất 10 ký tự)').fill('mật khẩu cơ quan dài')
  await page.getByLabel('Nhập lại mật khẩu mới').fill('mật khẩu cơ quan dài')
  await page.getByRole('button', { name: 'Lưu mật khẩu và đăng nhập' }).click()
  await expect(page.getByText('Xin chào, Trương Thị Quản Lý')).toBeVisible()

  // Two typed names, one from the outlet's spreadsheet, with the assignment letter.
  const people = [
    { name: 'Nguyễn Văn An', role: 'reporter', email: `an.${tag()}@example.vn` },
    { name: 'Lê Thị Bình', role: 'photographer', email: `binh.${tag()}@example.vn` },
    { name: 'Trần Văn Cường', role: 'reporter', email: `cuong.${tag()}@example.vn` },
  ]
  await page.goto(`/outlet/?event=${eventId}`)
  await page
    .locator('#n-letter')
    .setInputFiles({ name: 'cong-van.pdf', mimeType: 'application/pdf', buffer: minimalPdf() })
  for (const [i, person] of people.slice(0, 2).entries()) {
    await page.getByLabel(`Họ và tên ${i + 1}`).fill(person.name)
    await page.getByLabel(`Chức danh ${i + 1}`).selectOption(person.role)
    await page.getByLabel(`E-mail ${i + 1}`).fill(person.email)
  }
  await page.locator('#n-csv').setInputFiles({
    name: 'danh-sach.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      `\uFEFFHọ và tên;Chức danh;Email\r\n${people[2]!.name};Phóng viên;${people[2]!.email}\r\n`,
    ),
  })
  await page.getByRole('button', { name: 'Gửi danh sách' }).click()
  await expect(page.getByRole('status')).toHaveText('Đã lưu. Thư mời đã được gửi.')
  await expect(page.locator('tr[data-role="reporter"] td').first()).toHaveText('2')
  await expect(page.locator('tr[data-state="invited"]')).toHaveCount(3)

  // Each nominee completes their own application through their personal link, once.
  const links: string[] = []
  for (const person of people) {
    const invitation = await waitForMail(
      (m) => m.to.includes(person.email) && /\/outlet\/nominee\//.test(m.text),
    )
    links.push(linkIn(invitation.text, /https?:\/\/\S+\/outlet\/nominee\/[A-Za-z0-9_-]+\//))
  }
  const nominee = await page.context().browser()!.newContext({ baseURL: SITE })
  const nomineePage = await nominee.newPage()
  for (const [i, person] of people.entries())
    await completeThroughLink(nomineePage, links[i]!, person.name)
  const reused = await nomineePage.goto(links[0]!)
  expect(reused?.status()).toBe(410)
  await expect(nomineePage.getByRole('alert')).toContainText('Đường dẫn này đã được dùng')

  // The officer approves the nomination as a whole: a pass for each, within the quota.
  const nominations = (await (
    await officer.get(`${CMS}/api/nominations?where[outlet][equals]=${outlet.doc.id}&depth=0`)
  ).json()) as {
    docs: { id: number; nominees: { id: string; email: string; request: number }[] }[]
  }
  const nomination = nominations.docs[0]!
  const decided = await officer.post(`${CMS}/api/nominations/${nomination.id}/decide`, {
    data: { all: 'approved' },
  })
  expect(decided.status(), await decided.text()).toBe(200)
  await page.reload()
  await expect(page.locator('tr[data-state="approved"]')).toHaveCount(3)
  await screenshot(page, 'outlet-nominations', { fullPage: true })

  const cuong = nomination.nominees.find((n) => n.email === people[2]!.email)!
  const oldPass = (
    (await (
      await officer.get(`${CMS}/api/passes?where[request][equals]=${cuong.request}&depth=0`)
    ).json()) as { docs: { passNumber: string; status: string }[] }
  ).docs[0]!
  expect(oldPass.status).toBe('active')

  // The manager sends someone else in Cường's place: the old pass is revoked at once.
  const dung = { name: 'Phạm Văn Dũng', email: `dung.${tag()}@example.vn` }
  const row = page.locator(`tr[data-nominee="${people[2]!.email}"]`)
  await row.getByText('Cử người thay').click()
  await row.getByLabel('Họ và tên').fill(dung.name)
  await row.getByLabel('E-mail').fill(dung.email)
  await row.getByRole('button', { name: 'Thay' }).click()
  await expect(page.locator(`tr[data-nominee="${people[2]!.email}"]`)).toHaveAttribute(
    'data-state',
    'replaced',
  )
  await expect(page.locator(`tr[data-nominee="${dung.email}"]`)).toHaveAttribute(
    'data-state',
    'invited',
  )
  await waitForMail((m) => m.to.includes(dung.email) && /\/outlet\/nominee\//.test(m.text))
  const replacedLink = await nomineePage.goto(links[2]!)
  expect(replacedLink?.status()).toBe(410)
  await expect(nomineePage.getByRole('alert')).toContainText('cử người khác thay')

  // At the door, today: the old pass is refused.
  const door = await siteLogin(page.request, '/checkin/', staffEmail('checkin-staff'))
  const scan = await page.request.post(`${SITE}/checkin/scan`, {
    headers: { Cookie: door },
    data: { code: oldPass.passNumber, day: localDate(), zone: 'press-centre' },
  })
  expect(scan.status(), await scan.text()).toBe(200)
  expect(((await scan.json()) as { verdict: string }).verdict).toBe('revoked')
  await nominee.close()
  await officer.dispose()
})
