import { randomInt } from 'node:crypto'

import { type APIRequestContext, expect, test } from '@playwright/test'

import { minimalPdf, portraitJpeg } from '../support/sampleFiles'
import { COUNCIL_SLUG, eventForApplying } from './journalists'
import { statusLinkIn, waitForMail } from './mailbox'
import { E2E_CMS_URL as CMS, E2E_SITE_URL as SITE } from './ports'
import { signIn, staffEmail } from './staffApi'

/**
 * Applying to an event on the real clock: the form closes by itself when the window does, and the
 * waiting list of a full quota promotes the first in line when a place frees.
 */
test.describe.configure({ mode: 'serial' })

let officer: APIRequestContext
test.beforeAll(async ({ playwright }) => {
  officer = await signIn(playwright, staffEmail('accreditation-officer'))
})
test.afterAll(async () => {
  await officer?.dispose()
})

type Applied = { status: number; body: Record<string, unknown> }

/** The site's form, as a phone posts it (JSON answer), to one event. */
async function apply(
  request: APIRequestContext,
  event: { slug: string; days: string[]; rulesVersion: string },
  fields: Record<string, string> = {},
): Promise<Applied & { email: string }> {
  const suffix = String(randomInt(100_000)).padStart(5, '0')
  const email = `hang.doi.${suffix}.${Date.now()}@example.vn`
  const response = await request.post(`${SITE}/accreditation/?event=${event.slug}`, {
    headers: { Origin: SITE, Accept: 'application/json' },
    multipart: {
      fullName: 'Đặng Thị Hàng Đợi',
      dateOfBirth: '1990-05-20',
      nationality: 'VN',
      idType: 'cccd',
      idNumber: `0961900${suffix}`,
      outlet: 'other',
      outletOther: 'Báo Thử Hàng Đợi',
      role: 'reporter',
      event: event.slug,
      days: event.days[0]!,
      email,
      phone: '+84 912 000 555',
      language: 'vi',
      rulesVersion: event.rulesVersion,
      acceptRules: 'on',
      consentData: 'on',
      idempotencyKey: `events-${suffix}-${Date.now()}`,
      ...fields,
      portrait: { name: 'p.jpg', mimeType: 'image/jpeg', buffer: await portraitJpeg() },
      letter: { name: 'l.pdf', mimeType: 'application/pdf', buffer: minimalPdf() },
    },
  })
  return {
    status: response.status(),
    body: (await response.json()) as Record<string, unknown>,
    email,
  }
}

/** The status link and request id of an accepted application, from its confirmation e-mail. */
async function linkOf(email: string) {
  const mail = await waitForMail(
    (m) => m.to.includes(email) && /\[[A-Z0-9]+-\d{4}\]/.test(m.subject),
  )
  const link = statusLinkIn(mail)
  const token = /\/accreditation\/status\/([^/]+)\//.exec(link)![1]!
  return { link, id: token.split('.')[0]!, subject: mail.subject }
}

test('the form closes by itself when the window does, and a late application is refused', async ({
  page,
  request,
}) => {
  test.setTimeout(90_000)
  // An event whose accreditation closes 20 seconds from now, made through the staff API.
  const closesAt = new Date(Date.now() + 20_000)
  const stamp = String(Date.now()).slice(-6)
  const created = await officer.post(`${CMS}/api/events`, {
    data: {
      name: `Họp báo chớp nhoáng ${stamp}`,
      kind: 'press-conference',
      state: 'open',
      startDate: new Date(Date.now() + 2 * 86_400_000).toISOString(),
      endDate: new Date(Date.now() + 2 * 86_400_000 + 3_600_000).toISOString(),
      accreditationOpensAt: new Date(Date.now() - 3_600_000).toISOString(),
      accreditationClosesAt: closesAt.toISOString(),
      referencePrefix: `W${stamp}`,
      passPrefix: `X${stamp}`,
      pressRulesVersion: '1.0',
    },
  })
  expect(created.status(), await created.text()).toBe(201)
  const { slug } = ((await created.json()) as { doc: { slug: string } }).doc
  const form = `/accreditation/?event=${slug}`

  // Open now (the public cache may take a moment to list a new event).
  await expect
    .poll(
      async () => {
        await page.goto(form)
        return page.locator('form[data-application-form]').count()
      },
      { timeout: 15_000 },
    )
    .toBe(1)
  await expect(
    page.getByText(/^Hạn chót nhận hồ sơ: \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/),
  ).toBeVisible()
  const event = await eventForApplying(slug)

  // After the deadline, the same address says since when, in the visitor's language, and offers the open events.
  await page.waitForTimeout(Math.max(0, closesAt.getTime() - Date.now() + 500))
  await page.goto(form)
  await expect(page.locator('form[data-application-form]')).toHaveCount(0)
  await expect(page.getByRole('status').filter({ hasText: 'đã đóng từ' })).toContainText(
    /\d{2}\/\d{2}\/\d{4} \d{2}:\d{2} \(giờ Việt Nam\)/,
  )
  await expect(page.getByRole('link', { name: /Kỳ họp/ })).toHaveAttribute(
    'href',
    `/accreditation/?event=${COUNCIL_SLUG}`,
  )
  await page.goto(`/en${form}`)
  await expect(page.getByRole('status').filter({ hasText: 'closed at' })).toBeVisible()

  const late = await apply(request, event)
  expect(late.status).toBe(409)
  expect(JSON.stringify(late.body)).toContain('đã đóng từ')
  const stored = await officer.get(
    `${CMS}/api/accreditation-requests?where[email][equals]=${encodeURIComponent(late.email)}&limit=1`,
  )
  expect(((await stored.json()) as { totalDocs: number }).totalDocs).toBe(0)
})

test('a full quota offers the waiting list, and the officer promotes the first in line when a place frees', async ({
  request,
}) => {
  test.setTimeout(90_000)
  const outlet = await officer.post(`${CMS}/api/outlets`, {
    data: {
      name: `Báo Một Chỗ ${Date.now()}`,
      type: 'print',
      scope: 'provincial',
      quotas: { reporter: 1, photographer: 0, cameraOperator: 0, technician: 0 },
    },
  })
  expect(outlet.status()).toBe(201)
  const outletId = String(((await outlet.json()) as { doc: { id: number } }).doc.id)
  const council = await eventForApplying()
  const withOutlet = { outlet: outletId, outletOther: '' }

  // The first takes the only place (the form lists a new outlet within a few seconds).
  let first = await apply(request, council, withOutlet)
  for (let tries = 0; first.status === 400 && tries < 10; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 1000))
    first = await apply(request, council, withOutlet)
  }
  expect(first.status, JSON.stringify(first.body)).toBe(200)
  const holder = await linkOf(first.email)
  expect(
    (
      await officer.patch(`${CMS}/api/accreditation-requests/${holder.id}`, {
        data: { status: 'approved' },
      })
    ).status(),
  ).toBe(200)

  // The second is told the quota is full, and joins the waiting list when they choose to.
  const full = await apply(request, council, withOutlet)
  expect(full.status).toBe(409)
  expect(JSON.stringify(full.body)).toContain('danh sách chờ')
  const second = await apply(request, council, { ...withOutlet, joinWaitingList: 'on' })
  expect(second.status).toBe(200)
  const waiting = await waitForMail(
    (m) => m.to.includes(second.email) && m.subject.endsWith('trong danh sách chờ'),
  )
  const waiter = {
    link: statusLinkIn(waiting),
    id: /status\/(\d+)\./.exec(statusLinkIn(waiting))![1]!,
  }
  const statusPage = await request.get(waiter.link)
  expect(await statusPage.text()).toContain('Vị trí của bạn trong danh sách chờ: 1')

  // No place is free yet: the promotion is refused.
  const promote = () =>
    officer.post(`${CMS}/api/accreditation-requests/waiting-list/promote`, {
      data: { event: council.id, outlet: Number(outletId), role: 'reporter' },
    })
  expect((await promote()).status()).toBe(409)

  // The holder's approval is reopened and refused: the place is free, and goes to the first in line.
  expect(
    (
      await officer.patch(`${CMS}/api/accreditation-requests/${holder.id}`, {
        data: { status: 'in-review' },
      })
    ).status(),
  ).toBe(200)
  expect(
    (
      await officer.patch(`${CMS}/api/accreditation-requests/${holder.id}`, {
        data: { status: 'rejected', reasonCode: 'quota-reached', decisionMessage: 'Đã đủ chỗ.' },
      })
    ).status(),
  ).toBe(200)
  const promoted = await promote()
  expect(promoted.status(), await promoted.text()).toBe(200)
  expect(((await promoted.json()) as { doc: { id: number; status: string } }).doc).toMatchObject({
    id: Number(waiter.id),
    status: 'approved',
  })
  await waitForMail((m) => m.to.includes(second.email) && m.subject.endsWith('đã được chấp thuận'))
  expect(await (await request.get(waiter.link)).text()).toContain('Đã được duyệt')
  // Nobody else waits.
  expect((await promote()).status()).toBe(404)
})
