import { type APIRequestContext, expect, type Page, test } from '@playwright/test'

import { localDate } from '~/cms/lib/time'
import { DEMO_PASSWORD } from '~/cms/seed/users'
import { passForToday, staffJwt } from './doorPasses'
import { staffEmail } from './journalists'
import { E2E_CMS_URL as CMS, E2E_SITE_URL as SITE } from './ports'
import { screenshot } from './screenshot'

/**
 * The admin's home by role, on the seed plus what each test creates: the figures equal what the
 * REST API counts with the same conditions, and a figure's link opens the list holding exactly
 * those rows. Sign-in → dashboard rendered is timed (the budget: 2 s on a warm server).
 */
// The office's browsers ask for Vietnamese; the admin answers in it (English is checked below).
test.use({ locale: 'vi-VN' })

async function signInToDashboard(page: Page, role: string): Promise<number> {
  await page.goto(`${CMS}/admin/login`)
  await page.locator('#field-email').fill(staffEmail(role))
  await page.locator('#field-password').fill(DEMO_PASSWORD)
  const started = Date.now()
  await page.locator('form button[type="submit"]').click()
  await expect(page.getByRole('heading', { level: 1, name: 'Bàn làm việc' })).toBeVisible()
  const ms = Date.now() - started
  console.log(`${role}: sign-in → dashboard rendered ${ms} ms`)
  return ms
}

async function total(request: APIRequestContext, jwt: string, path: string): Promise<number> {
  const response = await request.get(`${CMS}/api/${path}${path.includes('?') ? '&' : '?'}limit=1`, {
    headers: { Authorization: `JWT ${jwt}` },
  })
  expect(response.status(), path).toBe(200)
  return ((await response.json()) as { totalDocs: number }).totalDocs
}

/** The figure in a dashboard list whose label matches, as a number, and its link. */
async function figure(page: Page, testId: string, label: string | RegExp) {
  const link = page.getByTestId(testId).getByRole('link').filter({ hasText: label }).first()
  return { link, count: Number(await link.locator('strong').textContent()) }
}

/** The list view the link opens holds exactly `count` rows. */
async function opensListOf(page: Page, link: ReturnType<Page['locator']>, count: number) {
  await link.click()
  await expect(page).toHaveURL(/\/admin\/collections\/[^/?]+\?where/)
  if (count === 0) await expect(page.locator('.collection-list__no-results')).toBeVisible()
  else await expect(page.locator('.collection-list .table tbody tr')).toHaveCount(count)
}
const backToDashboard = (page: Page) => page.goto(`${CMS}/admin`)

test('an officer sees the current event by status, quota, vetting, passes and the door, each figure opening its list', async ({
  page,
  request,
}) => {
  // A new approved application for today's press conference (pass issued), admitted at the door.
  const { token, passNumber } = await passForToday(request, 'Trần Thị Bảng Số')
  await page.goto(`${SITE}/checkin/`)
  await page.getByLabel('E-mail').fill(staffEmail('checkin-staff'))
  await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: 'Đăng nhập' }).click()
  await page.getByLabel(/Nhập số thẻ/).fill(passNumber)
  await page.getByRole('button', { name: 'Kiểm tra' }).click()
  await expect(page.locator('.verdict')).toHaveAttribute('data-verdict', 'valid')

  const jwt = await staffJwt(request, 'accreditation-officer')
  const mine = (await (
    await request.get(`${CMS}/api/accreditation-requests/${token.split('.')[0]}?depth=0`, {
      headers: { Authorization: `JWT ${jwt}` },
    })
  ).json()) as { event: number }
  const ofEvent = `where[event][equals]=${mine.event}`
  const approved = await total(
    request,
    jwt,
    `accreditation-requests?${ofEvent}&where[status][equals]=approved`,
  )
  const all = await total(request, jwt, `accreditation-requests?${ofEvent}`)
  const active = await total(request, jwt, `passes?${ofEvent}&where[status][equals]=active`)
  const admitted = await total(
    request,
    jwt,
    `check-ins?${ofEvent}&where[day][equals]=${localDate()}&where[verdict][equals]=valid`,
  )
  expect(approved).toBeGreaterThanOrEqual(2)
  expect(admitted).toBeGreaterThanOrEqual(1)

  await signInToDashboard(page, 'accreditation-officer')
  await expect(page.getByTestId('officer-dashboard')).toBeVisible()
  await expect(page.getByTestId('editor-dashboard')).toHaveCount(0)
  await screenshot(page, 'dashboard-officer', { fullPage: true })

  const byStatus = await figure(page, 'applications-by-status', 'Đã duyệt')
  expect(byStatus.count).toBe(approved)
  expect((await figure(page, 'applications-by-status', 'Tất cả hồ sơ')).count).toBe(all)
  expect((await figure(page, 'passes', 'Đang hiệu lực')).count).toBe(active)
  const door = page.getByTestId('admissions-today').getByRole('link')
  let shown = 0
  for (const text of await door.allTextContents())
    if (!/Bị từ chối/.test(text)) shown += Number(/(\d+)$/.exec(text.trim())![1])
  expect(shown).toBe(admitted)

  // The quota bars: the demo journalist's outlet holds a place.
  const quota = page.getByTestId('quota').getByRole('link')
  await expect(quota.first()).toHaveAccessibleName(/\d+ trên \d+$/)

  // The figures open the lists they count (the filter really applies: fewer rows than all).
  await opensListOf(page, byStatus.link, approved)
  await page.goto(`${CMS}/admin/collections/accreditation-requests`)
  await expect
    .poll(() => page.locator('.collection-list .table tbody tr').count())
    .toBeGreaterThan(approved)
  await backToDashboard(page)
  const passes = await figure(page, 'passes', 'Đang hiệu lực')
  await opensListOf(page, passes.link, active)
  await backToDashboard(page)
  const pressCentre = await figure(page, 'admissions-today', 'Trung tâm Báo chí')
  await opensListOf(page, pressCentre.link, pressCentre.count)
  await backToDashboard(page)
  const quotaUsed = Number(/(\d+) trên/.exec((await quota.first().getAttribute('aria-label'))!)![1])
  await opensListOf(page, quota.first(), quotaUsed)
  await backToDashboard(page)

  // The oldest waiting application opens the request itself.
  const oldest = page.getByTestId('oldest-waiting-link')
  if (await oldest.count()) {
    await oldest.click()
    await expect(page).toHaveURL(/\/admin\/collections\/accreditation-requests\/\d+$/)
  }
})

test('check-in staff sign in to the admin and see the day’s admissions per list and hour, with a table beside it, and nothing more', async ({
  page,
  request,
}) => {
  const { passNumber } = await passForToday(request, 'Lê Văn Biểu Đồ')
  await page.goto(`${SITE}/checkin/`)
  await page.getByLabel('E-mail').fill(staffEmail('checkin-staff'))
  await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: 'Đăng nhập' }).click()
  await page.getByLabel(/Nhập số thẻ/).fill(passNumber)
  await page.getByRole('button', { name: 'Kiểm tra' }).click()
  await expect(page.locator('.verdict')).toHaveAttribute('data-verdict', 'valid')

  const jwt = await staffJwt(request, 'accreditation-officer')
  const admitted = await total(
    request,
    jwt,
    `check-ins?where[day][equals]=${localDate()}&where[verdict][equals]=valid`,
  )
  const refused = await total(
    request,
    jwt,
    `check-ins?where[day][equals]=${localDate()}&where[verdict][not_equals]=valid`,
  )
  // The admission just made, in this hour's row of the table.
  const hour = `${new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', hourCycle: 'h23' }).format(new Date())}:00`

  // The check-in lead's home in the admin: the door's day, counts only.
  await signInToDashboard(page, 'checkin-staff')
  await expect(page.getByTestId('door-lead-dashboard')).toBeVisible()
  await expect(page.getByTestId('officer-dashboard')).toHaveCount(0)
  await expect(page.getByTestId('editor-dashboard')).toHaveCount(0)
  await expect(
    page.getByRole('heading', { level: 2, name: /Cửa kiểm soát hôm nay/ }),
  ).toContainText(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date()),
  )
  const lists = page.getByTestId('door-lists')
  await expect(lists.getByRole('row', { name: /Trung tâm Báo chí/ }).first()).toBeVisible()
  let shownAdmitted = 0
  let shownRefused = 0
  for (const row of await lists.locator('tfoot tr').all()) {
    shownAdmitted += Number(await row.locator('td').nth(0).textContent())
    shownRefused += Number(await row.locator('td').nth(1).textContent())
  }
  expect(shownAdmitted).toBe(admitted)
  expect(shownRefused).toBe(refused)
  const leadChart = page.getByTestId('admissions-chart').first()
  await expect(leadChart).toBeVisible()
  await expect(leadChart).toContainText('Giờ (giờ Việt Nam)')
  await expect(leadChart.locator('desc')).toContainText('lượt vào hôm nay')
  await expect(
    page
      .getByTestId('admissions-table')
      .first()
      .getByRole('row', { name: new RegExp(`^${hour}`) }),
  ).toBeVisible()
  // No figure links to the log: check-in staff may not read it.
  await expect(page.getByTestId('door-lead-dashboard').locator('a')).toHaveCount(0)
  await screenshot(page, 'dashboard-checkin', { fullPage: true })

  // The navigation offers only what REST lets check-in staff read; never the log, applications,
  // passes, files or press accounts.
  const door = await staffJwt(request, 'checkin-staff')
  const hrefs = await page
    .locator('nav a[href*="/admin/collections/"], nav a[href*="/admin/globals/"]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')!))
  expect(hrefs.length).toBeGreaterThan(0)
  for (const href of new Set(hrefs)) {
    const [, kind, slug] = /\/admin\/(collections|globals)\/([^/?]+)/.exec(href)!
    expect([
      'check-ins',
      'accreditation-requests',
      'applicant-files',
      'passes',
      'journalists',
    ]).not.toContain(slug)
    const api = kind === 'globals' ? `${CMS}/api/globals/${slug}` : `${CMS}/api/${slug}?limit=1`
    const answer = await request.get(api, { headers: { Authorization: `JWT ${door}` } })
    expect(answer.status(), `${href}: check-in staff may read ${api}`).toBe(200)
  }
  // Opening the log by its address shows no row of it.
  await page.goto(`${CMS}/admin/collections/check-ins`)
  await expect(page.locator('body')).not.toContainText(passNumber)
  await expect(page.locator('.collection-list .table tbody tr')).toHaveCount(0)
  await page.context().clearCookies()

  // The officer's dashboard draws the same chart from the same figures.
  await signInToDashboard(page, 'accreditation-officer')
  const chart = page.getByTestId('admissions-chart')
  await expect(chart).toBeVisible()
  await expect(chart.locator('title').first()).toHaveText('Lượt vào theo giờ hôm nay')
  await expect(chart).toContainText('Giờ (giờ Việt Nam)')
  await expect(chart).toContainText('Lượt vào')
  await expect(chart.locator('desc')).toContainText(`${admitted} lượt vào hôm nay`)
  const totals = page.getByTestId('admissions-table').locator('tfoot td')
  let sum = 0
  for (const text of await totals.allTextContents()) sum += Number(text)
  expect(sum).toBe(admitted)
  await expect(
    page.getByTestId('admissions-table').getByRole('row', { name: new RegExp(`^${hour}`) }),
  ).toBeVisible()
  await page.getByTestId('door-dashboard').scrollIntoViewIfNeeded()
  await screenshot(page, 'dashboard-door')
})

test('an editor sees drafts, scheduled items, embargoes lifting within 24 hours and the last published, each opening its list', async ({
  page,
  playwright,
}) => {
  const marker = `DB${Date.now()}`
  const jwt = await staffJwt(await playwright.request.newContext(), 'editor')
  const editor = await playwright.request.newContext({
    extraHTTPHeaders: { Authorization: `JWT ${jwt}` },
  })
  const make = async (collection: string, data: Record<string, unknown>) => {
    const created = await editor.post(`${CMS}/api/${collection}`, { data })
    expect(created.status(), await created.text()).toBe(201)
  }
  await make('news', { title: `Nháp ${marker}`, _status: 'draft' })
  await make('news', {
    title: `Hẹn giờ ${marker}`,
    _status: 'published',
    publishedAt: new Date(Date.now() + 3 * 24 * 3600_000).toISOString(),
  })
  const lifts = new Date(Date.now() + 2 * 3600_000)
  await make('press-releases', {
    title: `Cấm đăng ${marker}`,
    summary: 'Tóm tắt',
    _status: 'published',
    embargoUntil: lifts.toISOString(),
  })
  await make('press-releases', {
    title: `Cấm đăng lâu ${marker}`,
    summary: 'Tóm tắt',
    _status: 'published',
    embargoUntil: new Date(Date.now() + 3 * 24 * 3600_000).toISOString(),
  })
  const drafts = await total(editor, jwt, 'news?where[_status][equals]=draft')
  const scheduled = await total(
    editor,
    jwt,
    `news?where[_status][equals]=published&where[publishedAt][greater_than]=${new Date().toISOString()}`,
  )

  await signInToDashboard(page, 'editor')
  await expect(page.getByTestId('editor-dashboard')).toBeVisible()
  await expect(page.getByTestId('officer-dashboard')).toHaveCount(0)
  await screenshot(page, 'dashboard-editor', { fullPage: true })

  const draftFigure = await figure(page, 'drafts', 'Tin tức')
  expect(draftFigure.count).toBe(drafts)
  const scheduledFigure = await figure(page, 'scheduled', 'Tin tức')
  expect(scheduledFigure.count).toBe(scheduled)
  const embargoes = page.getByTestId('embargoes')
  await expect(embargoes).toContainText(`Cấm đăng ${marker}`)
  await expect(embargoes).not.toContainText(`Cấm đăng lâu ${marker}`)
  const lift = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Ho_Chi_Minh',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  })
    .format(lifts)
    .replace(',', '')
  await expect(embargoes).toContainText(lift)
  await expect(page.getByTestId('last-published')).toContainText(`Cấm đăng ${marker}`)

  await opensListOf(page, draftFigure.link, drafts)
  await expect(page.locator('.collection-list')).toContainText(`Nháp ${marker}`)
  await backToDashboard(page)
  await opensListOf(page, (await figure(page, 'scheduled', 'Tin tức')).link, scheduled)
  await backToDashboard(page)
  await page.getByTestId('embargoes').getByRole('heading').getByRole('link').click()
  await expect(page.locator('.collection-list')).toContainText(`Cấm đăng ${marker}`)
  await expect(page.locator('.collection-list')).not.toContainText(`Cấm đăng lâu ${marker}`)

  // In English when the admin is switched.
  await page.goto(`${CMS}/admin/account`)
  await page.context().addCookies([{ name: 'payload-lng', value: 'en', url: CMS }])
  await page.goto(`${CMS}/admin`)
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible()
  await expect(page.getByTestId('drafts')).toContainText('News')
  await screenshot(page, 'dashboard-editor-en', { fullPage: true })
})
