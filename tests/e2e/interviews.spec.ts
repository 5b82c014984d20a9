import { randomBytes } from 'node:crypto'

import { expect, type Page, test } from '@playwright/test'

import { localDate } from '~/cms/lib/time'
import { calendarEvents } from '~/cms/seed/calendar'
import { DEMO_JOURNALIST_EMAIL, DEMO_PASSWORD } from '~/cms/seed/users'
import { icsTime, parseIcs } from '~/tests/support/ics'
import { siteLogin } from '~/tests/support/routesFixtures'
import { type CaughtMail, waitForMail } from './mailbox'
import { E2E_CMS_URL as CMS, E2E_SITE_URL as SITE } from './ports'
import { screenshot } from './screenshot'
import { signIn, staffEmail } from './staffApi'

// The press office's browsers ask for Vietnamese; the admin and the site answer in it.
test.use({ locale: 'vi-VN' })

const SHOTS = '/work/notes/shots'
const tag = randomBytes(3).toString('hex')
const contactEmail = `doan.${tag}@example.vn`

const consentPath = (mail: CaughtMail): string => {
  const link = /https?:\/\/\S+\/interviews\/consent\/[^\s/]+\//.exec(mail.text)?.[0]
  if (!link) throw new Error(`no consent link in "${mail.subject}"`)
  return link.replace(/^https?:\/\/[^/]+/, '')
}
const icsOf = (mail: CaughtMail) => {
  const file = mail.attachments?.find((a) => a.filename.endsWith('.ics'))
  if (!file) throw new Error(`no .ics attached to "${mail.subject}"`)
  expect(file.contentType).toMatch(/^text\/calendar/)
  const events = parseIcs(file.content)
  expect(events).toHaveLength(1)
  return events[0]!
}
const shot = async (page: Page, name: string, section?: string) => {
  await screenshot(page, `interviews-${name}`, { fullPage: true })
  const target = section ? page.locator(section) : page
  await target
    .screenshot({ path: `${SHOTS}/interviews-${name}.png`, ...(section ? {} : { fullPage: true }) })
    .catch(() => {})
}

test('a journalist asks for an interview, the officer forwards it, the delegation accepts through its link, the officer schedules it, both get a valid .ics and the press area shows the time', async ({
  page,
  browser,
  playwright,
}) => {
  test.setTimeout(240_000)
  const today = localDate()
  const officer = await signIn(playwright, staffEmail('accreditation-officer'))

  // The officer records a delegation of today's press conference (the demo journalist holds its pass).
  const events = (await (
    await officer.get(
      `${CMS}/api/events?where[slug][equals]=${calendarEvents().briefing.shared.slug}&limit=1&depth=0`,
    )
  ).json()) as { docs: { id: number }[] }
  const created = await officer.post(`${CMS}/api/delegations`, {
    data: {
      event: events.docs[0]!.id,
      number: 7,
      name: `Đoàn đại biểu Đảng bộ xã Năm Căn ${tag}`,
      nameEn: `Năm Căn Commune delegation ${tag}`,
      contactName: 'Lê Thị Liên Hệ',
      contactEmail,
      contactPhone: '+84 290 3800 007',
      delegates: [{ name: 'Phạm Văn Đại Biểu', position: 'Bí thư Đảng ủy xã' }],
    },
  })
  expect(created.status(), await created.text()).toBe(201)
  const delegation = (
    (await created.json()) as { doc: { id: number; delegates: { id: string }[] } }
  ).doc

  // The journalist, on the phone, asks from the press area for the named delegate.
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto(`${SITE}/press/`)
  await page.locator('#p-email').fill(DEMO_JOURNALIST_EMAIL)
  await page.locator('#p-password').fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: 'Đăng nhập' }).click()
  await expect(page.getByRole('heading', { name: 'Đề nghị phỏng vấn đại biểu' })).toBeVisible()
  // Bad input first: the window ends before it starts; refused at its field, the values kept.
  const topic = `Kinh tế biển sau hợp nhất ${tag}`
  await page.locator('#iv-whom').selectOption(`${delegation.id}:${delegation.delegates[0]!.id}`)
  await page.locator('#iv-topic').fill(topic)
  await page.locator('#iv-questions').fill('Những dự án trọng điểm của xã?')
  await page.locator('select[name="day0"]').selectOption(today)
  await page.locator('input[name="from0"]').fill('16:00')
  await page.locator('input[name="to0"]').fill('15:00')
  const refused = page.waitForResponse((r) => r.url().endsWith('/press/interviews'))
  await page.getByRole('button', { name: 'Gửi đề nghị' }).click()
  expect((await refused).status()).toBe(400)
  await expect(page.locator('.interviews [role="alert"]')).toContainText(
    'Giờ bắt đầu phải trước giờ kết thúc',
  )
  await expect(page.locator('#iv-topic')).toHaveValue(topic)
  await page.locator('input[name="from0"]').fill('14:00')
  await page.getByRole('button', { name: 'Gửi đề nghị' }).click()
  await expect(page.locator('.interviews [role="status"]')).toContainText(
    'Đã gửi đề nghị phỏng vấn',
  )
  const mine = page.locator('.my-interviews li', { hasText: topic })
  await expect(mine.locator('.status')).toHaveText('Đã gửi yêu cầu')
  await shot(page, 'press-request', 'section.interviews')

  // The officer opens it in the admin (list filtered by status) and forwards it with the button.
  const admin = await browser.newPage({ locale: 'vi-VN' })
  await admin.goto(`${CMS}/admin/login`)
  await admin.locator('#field-email').fill(staffEmail('accreditation-officer'))
  await admin.locator('#field-password').fill(DEMO_PASSWORD)
  await admin.locator('form button[type="submit"]').click()
  await expect(admin.getByRole('heading', { level: 1, name: 'Bàn làm việc' })).toBeVisible()
  await admin.goto(
    `${CMS}/admin/collections/interview-requests?where[status][equals]=requested&limit=100`,
  )
  const row = admin.getByRole('link', { name: new RegExp(`Năm Căn ${tag}`) }).first()
  await expect(row).toBeVisible()
  await shot(admin, 'admin-list')
  await row.click()
  await admin.getByRole('button', { name: 'Chuyển đến đoàn (gửi đường dẫn xin ý kiến)' }).click()
  await expect(admin.locator('.interview-actions [role="status"]')).toContainText(
    'Đã chuyển đến người liên hệ của đoàn',
  )
  const requestUrl = admin.url()

  // The delegation's contact reads the e-mail and accepts through the link (no account).
  const consent = await waitForMail(
    (m) => m.to.includes(contactEmail) && /Đề nghị phỏng vấn/.test(m.subject),
  )
  expect(consent.text).toContain(topic)
  const link = consentPath(consent)
  const contact = await browser.newPage({ locale: 'vi-VN' })
  const opened = await contact.goto(`${SITE}${link}`)
  expect(opened?.status()).toBe(200)
  await expect(contact.getByText(topic)).toBeVisible()
  await shot(contact, 'consent')
  await contact.getByRole('button', { name: 'Đồng ý phỏng vấn' }).click()
  await expect(contact.locator('[data-answer]')).toContainText('Cảm ơn quý đoàn đã đồng ý')
  // The link works once; a forged one opens nothing, in the visitor's language.
  const used = await contact.goto(`${SITE}${link}`)
  expect(used?.status()).toBe(410)
  await expect(contact.locator('[data-verdict]')).toContainText('Đường dẫn này đã được dùng')
  await shot(contact, 'consent-used')
  const forged = await contact.goto(`${SITE}/en${link.replace(/.{4}\/$/, 'AAAA/')}`)
  expect(forged?.status()).toBe(404)
  await expect(contact.locator('[data-verdict]')).toContainText('This link is not valid')

  // The officer gives it a slot and a room in the admin.
  const room = `Phòng họp báo ${tag}`
  await admin.goto(requestUrl)
  // The first preferred window fills the slot in (dd/mm/yyyy, 24-hour); the officer shortens it.
  const shownToday = today.split('-').reverse().join('/')
  await expect(admin.locator('input[name="slotDay"]')).toHaveValue(shownToday)
  await expect(admin.locator('input[name="slotStart"]')).toHaveValue('14:00')
  await expect(admin.locator('input[name="slotEnd"]')).toHaveValue('15:00')
  await admin.locator('input[name="slotDay"]').fill(shownToday)
  await admin.locator('input[name="slotStart"]').fill('14:00')
  await admin.locator('input[name="slotEnd"]').fill('14:30')
  await admin.locator('input[name="slotRoom"]').fill(room)
  await admin.getByRole('button', { name: 'Xếp lịch', exact: true }).click()
  await expect(admin.locator('.interview-actions [role="status"]')).toContainText('Đã xếp lịch')
  await expect(admin.locator('#field-room')).toHaveValue(room)
  await shot(admin, 'admin-scheduled')

  // Both sides get the time with the same valid calendar event.
  const start = new Date(`${today}T14:00:00+07:00`)
  const end = new Date(`${today}T14:30:00+07:00`)
  const toJournalist = await waitForMail(
    (m) =>
      m.to.includes(DEMO_JOURNALIST_EMAIL) &&
      m.subject.startsWith('Lịch phỏng vấn') &&
      m.text.includes(room),
  )
  const toContact = await waitForMail(
    (m) => m.to.includes(contactEmail) && m.subject.startsWith('Lịch phỏng vấn'),
  )
  const both = [icsOf(toJournalist), icsOf(toContact)]
  for (const event of both) {
    expect(icsTime(event.DTSTART!).toISOString()).toBe(start.toISOString())
    expect(icsTime(event.DTEND!).toISOString()).toBe(end.toISOString())
    expect(event.LOCATION).toBe(room)
    expect(event.DESCRIPTION).toBe(topic)
  }
  expect(both[0]!.UID).toBe(both[1]!.UID)

  // The journalist's press area shows the time and room, and offers the same .ics.
  await page.goto(`${SITE}/press/#s-interviews`)
  await expect(mine.locator('.status')).toHaveText('Đã xếp lịch')
  await expect(mine.locator('.slot')).toContainText('14:00')
  await expect(mine.locator('.slot')).toContainText('14:30')
  await expect(mine.locator('.room')).toHaveText(room)
  const href = await mine.getByRole('link', { name: 'Thêm vào lịch (.ics)' }).getAttribute('href')
  const download = await page.request.get(`${SITE}${href}`)
  expect(download.status()).toBe(200)
  expect(parseIcs(await download.text())[0]!.UID).toBe(both[0]!.UID)
  await mine.scrollIntoViewIfNeeded()
  await shot(page, 'press-scheduled', 'section.interviews')

  // Another request of the same journalist may not overlap, nor another in the same room (REST).
  const api = await playwright.request.newContext()
  const cookie = await siteLogin(api, '/press/', DEMO_JOURNALIST_EMAIL)
  const second = await api.post(`${SITE}/press/interviews`, {
    headers: { Cookie: cookie, Origin: SITE },
    form: {
      whom: String(delegation.id),
      topic: `Lần hai ${tag}`,
      day0: today,
      from0: '14:00',
      to0: '15:00',
    },
    maxRedirects: 0,
  })
  expect(second.status()).toBe(303)
  const found = (await (
    await officer.get(
      `${CMS}/api/interview-requests?where[topic][equals]=${encodeURIComponent(`Lần hai ${tag}`)}&depth=0`,
    )
  ).json()) as { docs: { id: number }[] }
  const secondId = found.docs[0]!.id
  expect((await officer.post(`${CMS}/api/interview-requests/${secondId}/forward`)).status()).toBe(
    200,
  )
  const secondConsent = await waitForMail(
    (m) => m.to.includes(contactEmail) && m.text.includes(`Lần hai ${tag}`),
  )
  const answered = await api.post(`${SITE}${consentPath(secondConsent)}`, {
    headers: { Origin: SITE },
    form: { answer: 'accept' },
  })
  expect(answered.status()).toBe(200)
  const overlap = await officer.post(`${CMS}/api/interview-requests/${secondId}/schedule`, {
    headers: { 'Accept-Language': 'en' },
    data: {
      start: new Date(start.getTime() + 15 * 60_000).toISOString(),
      end: new Date(end.getTime() + 15 * 60_000).toISOString(),
      room: 'Phòng khác',
    },
  })
  expect(overlap.status()).toBe(409)
  const refusal = (await overlap.json()) as {
    errors: { data?: { errors?: { path: string; message: string }[] } }[]
  }
  expect(refusal.errors[0]!.data!.errors![0]!.path).toBe('slotStart')
  expect(refusal.errors[0]!.data!.errors![0]!.message).toMatch(/trùng giờ|overlapping/)
  const after = await officer.post(`${CMS}/api/interview-requests/${secondId}/schedule`, {
    data: {
      start: end.toISOString(),
      end: new Date(end.getTime() + 30 * 60_000).toISOString(),
      room,
    },
  })
  expect(after.status(), await after.text()).toBe(200)
  await api.dispose()
  await officer.dispose()
})
