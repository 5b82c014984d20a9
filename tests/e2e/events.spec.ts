import { expect, test } from '@playwright/test'

import { calendarEvents } from '~/cms/seed/calendar'
import { EVENT_SHARED, EVENT_TEXT } from '~/cms/seed/event'
import { DEMO_RELEASES } from '~/cms/seed/releases'
import { DEMO_SESSIONS } from '~/cms/seed/schedule'
import { E2E_CMS_URL } from './ports'
import { screenshot } from './screenshot'
import { signIn, staffEmail } from './staffApi'

/**
 * The public site across the press office's calendar: the archive, each event's own addresses,
 * the URL contract serving the featured event (today's press conference in the seed), drafts
 * kept out of every public channel.
 */
const { council, briefing } = calendarEvents()
const congress = `/events/${EVENT_SHARED.slug}`
const release = DEMO_RELEASES[0]!

test('the archive lists the events to come first, then the archived congress under its year', async ({
  page,
}) => {
  await page.goto('/events/')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Các sự kiện')
  const upcoming = page.getByRole('region', { name: 'Đang và sắp diễn ra' })
  await expect(upcoming.getByRole('link', { name: briefing.vi.name })).toBeVisible()
  await expect(upcoming.getByRole('link', { name: council.vi.name })).toBeVisible()
  await expect(upcoming.getByText('Kỳ họp HĐND', { exact: true })).toBeVisible()
  const past = page.getByRole('region', { name: 'Đã diễn ra' })
  await expect(past.getByRole('heading', { name: '2025', exact: true })).toBeVisible()
  await expect(past.getByRole('link', { name: EVENT_TEXT.vi.name })).toHaveAttribute(
    'href',
    `${congress}/`,
  )
  await expect(upcoming.getByRole('link', { name: EVENT_TEXT.vi.name })).toHaveCount(0)
  await page.goto('/en/events/')
  await expect(page.getByRole('link', { name: EVENT_TEXT.en.name })).toHaveAttribute(
    'href',
    `/en${congress}/`,
  )
})

test('an event’s programme stays at its own address while /schedule/ shows the featured event’s', async ({
  page,
  request,
}) => {
  await page.goto(`${congress}/schedule/`)
  await expect(
    page.getByRole('heading', { name: DEMO_SESSIONS[3]!.vi.title, exact: true }),
  ).toBeVisible()
  await expect(
    page.getByRole('navigation', { name: 'Các trang của sự kiện' }).getByRole('link', {
      name: 'Chương trình',
    }),
  ).toHaveAttribute('aria-current', 'page')
  await page.goto('/schedule/')
  await expect(
    page.getByRole('heading', { name: briefing.sessions[0]!.vi.title, exact: true }),
  ).toBeVisible()
  await expect(
    page.getByRole('heading', { name: DEMO_SESSIONS[3]!.vi.title, exact: true }),
  ).toHaveCount(0)
  await expect(page.getByRole('link', { name: briefing.vi.name })).toHaveAttribute(
    'href',
    `/events/${briefing.shared.slug}/schedule/`,
  )
  // Unfolded: long .ics lines continue on the next line after a space.
  const ics = (await (await request.get('/schedule.ics')).text()).replace(/\r?\n /g, '')
  expect(ics).toContain(briefing.sessions[0]!.vi.title)
  expect(ics).not.toContain(DEMO_SESSIONS[3]!.vi.title)
  expect(ics).toContain(`/events/${briefing.shared.slug}/schedule/#session-`)
  await page.goto(`/en/events/${council.shared.slug}/schedule/`)
  await expect(
    page.getByRole('heading', { name: council.sessions[1]!.en.title, exact: true }),
  ).toBeVisible()
  // Its calendar files in English too: the whole programme, and one session.
  const english = await request.get(`/en/events/${council.shared.slug}/schedule.ics`)
  expect(english.status()).toBe(200)
  expect(await english.text()).toContain(council.sessions[1]!.en.title)
  const one = await request.get((await page.locator('a.ics').first().getAttribute('href'))!)
  expect(one.status()).toBe(200)
  expect(await one.text()).toContain(council.sessions[0]!.en.title)
})

test('each event page gives its facts, its window, its sections and schema.org Event data', async ({
  page,
  request,
}) => {
  await page.goto(`/events/${council.shared.slug}/`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(council.vi.name)
  await expect(page.getByText('Đang nhận đăng ký tác nghiệp đến')).toBeVisible()
  const jsonLd = JSON.parse(
    (await page.locator('script[type="application/ld+json"]').textContent())!,
  ) as Record<string, unknown>
  expect(jsonLd['@type']).toBe('Event')
  expect(jsonLd.startDate).toBe(council.shared.startDate)
  for (const path of ['schedule', 'releases', 'galleries', 'documents', 'rules'])
    expect((await request.get(`/events/${council.shared.slug}/${path}/`)).status(), path).toBe(200)
  await page.goto(`${congress}/rules/`)
  await expect(page.getByText(/Phiên bản 1\.0/)).toBeVisible()
  await expect(page.getByText(`Quy chế áp dụng cho: ${EVENT_TEXT.vi.name}`)).toBeVisible()
})

test('a release keeps its address and names its event with a link', async ({ page }) => {
  await page.goto(`/releases/${release.slug}/`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(release.vi.title)
  await page.locator('.event-tag').getByRole('link', { name: EVENT_TEXT.vi.name }).click()
  await expect(page).toHaveURL(`${congress}/`)
  await page.goto(`${congress}/releases/`)
  await expect(page.getByRole('link', { name: release.vi.title })).toBeVisible()
  // The featured event has releases of its own (or none): the congress's are not its.
  await page.goto('/releases/')
  await expect(page.getByRole('link', { name: release.vi.title })).toHaveCount(0)
})

test('the sitemap and search include every public event’s pages', async ({ page, request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text()
  expect(sitemap).toContain(`/events/</loc>`)
  expect(sitemap).toContain(`${congress}/</loc>`)
  expect(sitemap).toContain(`/en/events/${council.shared.slug}/schedule/</loc>`)
  await page.goto('/search/?q=ky+hop+thuong+le')
  const hit = page.locator('.hits li').filter({ hasText: 'Sự kiện' }).first()
  await expect(hit.getByRole('link', { name: council.vi.name })).toHaveAttribute(
    'href',
    `/events/${council.shared.slug}/`,
  )
})

test('a draft event is nowhere for the public: its pages answer 404, the archive, sitemap and search leave it out', async ({
  page,
  request,
  playwright,
}) => {
  // An officer prepares the event (and may delete it again, as nothing belongs to it).
  const editor = await signIn(playwright, staffEmail('accreditation-officer'))
  const name = `Sự kiện chuẩn bị Zulu ${Date.now().toString(36)}`
  const created = await editor.post(`${E2E_CMS_URL}/api/events`, {
    data: {
      name,
      kind: 'festival',
      state: 'draft',
      startDate: council.shared.startDate,
      endDate: council.shared.endDate,
      referencePrefix: 'ZU',
      passPrefix: 'ZU',
    },
  })
  expect(created.status(), await created.text()).toBe(201)
  const { slug, id } = ((await created.json()) as { doc: { slug: string; id: number } }).doc
  try {
    for (const path of [`/events/${slug}/`, `/events/${slug}/schedule/`, `/en/events/${slug}/`]) {
      const response = await page.goto(path)
      expect(response?.status(), path).toBe(404)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(
        path.startsWith('/en/') ? 'Page not found' : 'Không tìm thấy trang',
      )
    }
    expect(await (await request.get('/events/')).text()).not.toContain(name)
    expect(await (await request.get('/sitemap.xml')).text()).not.toContain(`/events/${slug}/`)
    expect(await (await request.get('/search/?q=zulu')).text()).not.toContain(`/events/${slug}/`)
    // The office sees it in the admin all along.
    expect((await editor.get(`${E2E_CMS_URL}/api/events/${id}`)).status()).toBe(200)
  } finally {
    await editor.delete(`${E2E_CMS_URL}/api/events/${id}`)
    await editor.dispose()
  }
})

for (const [name, viewport] of [
  ['phone', { width: 390, height: 844 }],
  ['desktop', { width: 1280, height: 900 }],
] as const) {
  test(`the home page, the archive and an event page on a ${name}`, async ({ browser }) => {
    const context = await browser.newContext({ viewport })
    const page = await context.newPage()
    for (const [shot, path] of [
      ['home', '/'],
      ['events', '/events/'],
      ['event', `/events/${council.shared.slug}/`],
      ['event-schedule', `${congress}/schedule/`],
    ] as const) {
      await page.goto(path)
      // Nothing runs off the side of a phone.
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
        `${path} is wider than the ${name}`,
      ).toBe(true)
      await screenshot(page, `site-${shot}-${name}`, { fullPage: true })
    }
    await context.close()
  })
}
