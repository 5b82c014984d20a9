import { spawn } from 'node:child_process'
import { mkdirSync } from 'node:fs'

import { type APIRequestContext, type Page, expect, test } from '@playwright/test'
import Parser from 'rss-parser'

import { SITE_SERVER } from '~/cms/scripts/siteServer'
import { E2E_CMS_URL, E2E_PORT_OFFSET, E2E_SITE_URL } from './ports'
import { secondSiteEnv, stream } from './secondSite'
import { signIn, staffEmail } from './staffApi'

/**
 * Live coverage as readers meet it, on the real started portal: an update written through REST
 * (as the editor's operation writes it: the next change number) shows in another browser within
 * 2 s without a reload; corrections and deletions show as such; a reconnecting reader gets what it
 * missed; the fifth stream of one client is refused; the page works without JavaScript; a site
 * process ends its streams cleanly on SIGTERM.
 */
const SHOTS = '/work/notes/shots'
let editor: APIRequestContext
let sessionId: string

type Update = { id: number | string; seq: number }

/** Posted through the live operations' REST door (postLiveUpdate), as the admin's form does. */
async function post(data: Record<string, unknown>): Promise<Update> {
  const response = await editor.post(`${E2E_CMS_URL}/api/live-updates`, {
    data: { session: Number(sessionId) || sessionId, kind: 'text', ...data },
  })
  expect(response.status(), await response.text()).toBe(201)
  return ((await response.json()) as { doc: Update }).doc
}

/** The admin's "save" of an update: a correction, a removal or a pin, each its operation. */
async function change(update: Update, data: Record<string, unknown>): Promise<Update> {
  const response = await editor.patch(`${E2E_CMS_URL}/api/live-updates/${update.id}`, { data })
  expect(response.status(), await response.text()).toBe(200)
  return ((await response.json()) as { doc: Update }).doc
}

/** Opens or closes the session's live coverage (openLiveCoverage / closeLiveCoverage). */
async function coverage(action: 'open' | 'close'): Promise<void> {
  const response = await editor.post(`${E2E_CMS_URL}/api/sessions/${sessionId}/live/${action}`)
  expect(response.status(), await response.text()).toBe(200)
}

/** The page's lists of updates (the live region repeats a new one's words). */
const updatesOf = (page: Page) => page.locator('.live-list')

const connected = (page: Page) =>
  expect(page.locator('[data-connection]')).toHaveAttribute('data-state', 'open')

test.beforeAll(async ({ playwright }) => {
  editor = await signIn(playwright, staffEmail('editor'))
  const events = (await (
    await editor.get(`${E2E_CMS_URL}/api/events?where[referencePrefix][equals]=HB&depth=0`)
  ).json()) as { docs: { id: number; startDate: string }[] }
  const event = events.docs[0]!
  const start = new Date(Date.now() - 30 * 60_000)
  const created = await editor.post(`${E2E_CMS_URL}/api/sessions`, {
    data: {
      event: event.id,
      title: 'Họp báo trực tiếp thử nghiệm',
      type: 'press-conference',
      pressAccess: 'open',
      startsAt: start.toISOString(),
      endsAt: new Date(start.getTime() + 2 * 3600_000).toISOString(),
      venue: 'Trung tâm Báo chí',
    },
  })
  expect(created.status(), await created.text()).toBe(201)
  sessionId = String(((await created.json()) as { doc: { id: number } }).doc.id)
  await coverage('open')
  await post({ text: 'Phóng viên bắt đầu vào phòng họp báo.' })
})

test.afterAll(async () => {
  // Over: the home page's banner goes (other specs see the home page as before).
  await coverage('close')
})

test('an update posted shows in another browser within 2 s without reload; corrections and deletions show as such', async ({
  browser,
}) => {
  const [first, second] = await Promise.all([browser.newContext(), browser.newContext()])
  const reader = await first.newPage()
  const other = await second.newPage()
  await Promise.all([reader.goto(`/live/${sessionId}/`), other.goto(`/live/${sessionId}/`)])
  await Promise.all([connected(reader), connected(other)])
  await expect(other.locator('[data-connection]')).toHaveText('Đang cập nhật tự động')

  const text = `Chủ trì họp báo: đồng chí Trưởng ban ${Date.now()}`
  await post({ text })
  const written = Date.now()
  await expect(updatesOf(other).getByText(text)).toBeVisible({ timeout: 2000 })
  const seenMs = Date.now() - written
  console.log(`update seen in the other browser ${seenMs} ms after the write`)
  expect(seenMs).toBeLessThan(2000)
  await expect(other.locator('[data-announce]')).toContainText(text)
  await expect(updatesOf(reader).getByText(text)).toBeVisible({ timeout: 2000 })

  const keyPoint = await post({
    kind: 'key-point',
    text: 'Tỉnh công bố 12 công trình chào mừng Đại hội',
    pinned: true,
  })
  await expect(other.getByRole('region', { name: 'Điểm nhấn' })).toContainText('12 công trình')
  await post({
    kind: 'quote',
    text: 'Báo chí là cầu nối giữa Đại hội và nhân dân.',
    speaker: 'Trưởng ban Tuyên giáo',
  })
  await expect(other.locator('.live-quote')).toContainText('Trưởng ban Tuyên giáo')

  const wrong = await post({ text: 'Có 405 đại biểu dự Đại hội.' })
  await expect(updatesOf(other).getByText('Có 405 đại biểu dự Đại hội.')).toBeVisible({
    timeout: 2000,
  })
  await change(wrong, { text: 'Có 450 đại biểu dự Đại hội.', correction: 'Ghi nhầm số đại biểu.' })
  const corrected = other.locator(`#update-${wrong.id}`)
  await expect(corrected).toContainText('Có 450 đại biểu dự Đại hội.', { timeout: 2000 })
  await expect(corrected).toContainText(/Đã đính chính lúc \d\d:\d\d: Ghi nhầm số đại biểu\./)
  await expect(other.locator(`#update-${wrong.id}`)).toHaveCount(1)

  const gone = await post({ text: 'Tin đăng nhầm phiên.' })
  await expect(updatesOf(other).getByText('Tin đăng nhầm phiên.')).toBeVisible({ timeout: 2000 })
  await change(gone, { state: 'deleted' })
  await expect(other.locator(`#update-${gone.id}`)).toContainText(
    /Cập nhật đã được gỡ lúc \d\d:\d\d/,
    { timeout: 2000 },
  )
  await expect(other.getByText('Tin đăng nhầm phiên.')).toHaveCount(0)

  // Unpinned: the key point moves back among the updates.
  await change(keyPoint, { pinned: false })
  await expect(other.getByRole('region', { name: 'Điểm nhấn' })).toBeHidden({ timeout: 2000 })
  await expect(other.locator('[data-list="main"]')).toContainText('12 công trình')
  await change(keyPoint, { pinned: true })
  await expect(other.getByRole('region', { name: 'Điểm nhấn' })).toContainText('12 công trình', {
    timeout: 2000,
  })

  // A photo with its credit, through the site's picture markup (AVIF, WebP, then JPEG).
  const media = (await (await editor.get(`${E2E_CMS_URL}/api/media?limit=1&depth=0`)).json()) as {
    docs: { id: number }[]
  }
  const photo = await post({
    kind: 'photo',
    text: 'Toàn cảnh phòng họp báo',
    photo: media.docs[0]!.id,
    credit: 'TTXVN',
  })
  const figure = updatesOf(other).locator(`#update-${photo.id} figure`)
  await expect(figure).toContainText('Ảnh: TTXVN', { timeout: 2000 })
  await expect(figure.locator('picture source[type="image/avif"]')).toHaveCount(1)
  await expect(figure.locator('img')).toHaveJSProperty('complete', true)

  mkdirSync(SHOTS, { recursive: true })
  await other.setViewportSize({ width: 1280, height: 900 })
  await other.screenshot({ path: `${SHOTS}/stream-desktop.png`, fullPage: true })
  await other.setViewportSize({ width: 390, height: 844 })
  await other.screenshot({ path: `${SHOTS}/stream-phone.png`, fullPage: true })
  await first.close()
  await second.close()
})

test('the page carries LiveBlogPosting data and its own feed; English under /en/', async ({
  page,
  request,
}) => {
  await page.goto(`/live/${sessionId}/`)
  const jsonLd = JSON.parse(
    (await page.locator('script[type="application/ld+json"]').textContent())!,
  ) as { '@type': string; coverageStartTime: string; liveBlogUpdate: { '@type': string }[] }
  expect(jsonLd['@type']).toBe('LiveBlogPosting')
  expect(jsonLd.coverageStartTime).toBeTruthy()
  expect(jsonLd.liveBlogUpdate[0]!['@type']).toBe('BlogPosting')
  const feedHref = await page
    .locator('link[rel="alternate"][title="RSS tường thuật trực tiếp"]')
    .getAttribute('href')
  const feed = await new Parser().parseString(await (await request.get(feedHref!)).text())
  expect(feed.items.length).toBeGreaterThan(0)
  expect(feed.items.some((item) => /Cập nhật đã được gỡ lúc/.test(item.contentSnippet ?? ''))).toBe(
    true,
  )
  await page.goto(`/en/live/${sessionId}/`)
  await expect(page.locator('[data-connection]')).toHaveText('Updating automatically')
  await expect(page.getByText(/Update removed at \d\d:\d\d/).first()).toBeVisible()
  await expect(page.getByText(/Corrected at \d\d:\d\d/).first()).toBeVisible()
  const page404 = await request.get('/live/999999/')
  expect(page404.status()).toBe(404)
})

test('without JavaScript the page shows the latest updates and a refresh link', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  const text = `Cập nhật cho trang không JavaScript ${Date.now()}`
  await post({ text })
  await expect
    .poll(
      async () => {
        await page.goto(`/live/${sessionId}/`)
        return page.getByText(text).count()
      },
      { timeout: 15_000 },
    )
    .toBe(1)
  const refresh = page.getByRole('link', { name: 'Tải lại để xem cập nhật mới' })
  await expect(refresh).toBeVisible()
  expect(await refresh.getAttribute('href')).toBe(`/live/${sessionId}/`)
  // Playwright's text search skips <noscript>; the browser shows it with scripting off.
  expect(await page.locator('noscript').textContent()).toContain(
    'Trang này tự cập nhật khi trình duyệt bật JavaScript',
  )
  await expect(page.locator('[data-connection]')).toBeHidden()
  await context.close()
})

test('the home page shows the Live banner and the programme marks the session', async ({
  page,
}) => {
  await expect
    .poll(
      async () => {
        await page.goto('/')
        return page.getByRole('complementary', { name: 'Trực tiếp' }).count()
      },
      { timeout: 15_000 },
    )
    .toBe(1)
  const banner = page.getByRole('complementary', { name: 'Trực tiếp' })
  await page.screenshot({ path: `${SHOTS}/stream-home-banner.png` })
  await banner.getByRole('link', { name: /Họp báo trực tiếp thử nghiệm/ }).click()
  await expect(page).toHaveURL(`/live/${sessionId}/`)
  await page.goto('/schedule/')
  const mark = page.locator(`#session-${sessionId}`).getByRole('link', { name: /^Trực tiếp/ })
  await expect(mark).toHaveAttribute('href', `/live/${sessionId}/`)
  await page
    .locator(`#session-${sessionId}`)
    .screenshot({ path: `${SHOTS}/stream-programme-mark.png` })
})

test('a reconnecting reader gets what it missed (Last-Event-ID); the fifth stream of one client gets 429', async () => {
  const url = `${E2E_SITE_URL}/live/${sessionId}/events`
  const before = await post({ text: 'Trước khi mất kết nối' })
  const missed = [
    await post({ text: 'Lúc mất kết nối 1' }),
    await post({ text: 'Lúc mất kết nối 2' }),
  ]
  const back = await stream(url, {
    'Last-Event-ID': String(before.seq),
    'X-Forwarded-For': '203.0.113.70',
  })
  expect(back.res.statusCode).toBe(200)
  await expect.poll(() => back.text(), { timeout: 5000 }).toContain(`id: ${missed[1]!.seq}`)
  const ids = [...back.text().matchAll(/^id: (\d+)$/gm)].map((m) => Number(m[1]))
  expect(ids).toEqual(missed.map((m) => m.seq))
  back.res.destroy()

  const client = { 'X-Forwarded-For': '203.0.113.71' }
  const held = await Promise.all(Array.from({ length: 4 }, () => stream(url, client)))
  expect(held.map((s) => s.res.statusCode)).toEqual([200, 200, 200, 200])
  const fifth = await stream(url, client)
  expect(fifth.res.statusCode).toBe(429)
  await fifth.ended
  expect(fifth.text()).toContain(
    'Bạn đang mở quá nhiều luồng tường thuật trực tiếp cùng lúc (tối đa 4)',
  )
  expect(fifth.res.headers['retry-after']).toBe('10')
  const english = await stream(`${E2E_SITE_URL}/en/live/${sessionId}/events`, client)
  expect(english.res.statusCode).toBe(429)
  await english.ended
  expect(english.text()).toContain('Too many live streams')
  for (const s of held) s.res.destroy()
})

test('a site process ends every stream cleanly on SIGTERM, with a frame telling readers to come back', async () => {
  // A second site process on the same database (the e2e portal's own keeps running for the others).
  // One process, as before SITE_PROCESSES: cluster.spec.ts ends two workers' streams the same way.
  const port = 4571 + E2E_PORT_OFFSET
  const site = spawn(process.execPath, SITE_SERVER, {
    env: secondSiteEnv(port, { SITE_PROCESSES: '1' }),
    stdio: 'ignore',
  })
  const exited = new Promise<number | null>((resolve) => site.once('exit', resolve))
  try {
    const base = `http://127.0.0.1:${port}`
    await expect
      .poll(
        () =>
          fetch(`${base}/health`).then(
            (r) => r.status,
            () => 0,
          ),
        { timeout: 30_000 },
      )
      .toBe(200)
    const readers = await Promise.all(
      ['198.51.100.80', '198.51.100.81', '198.51.100.82'].map((ip) =>
        stream(`${base}/live/${sessionId}/events`, { 'X-Forwarded-For': ip }),
      ),
    )
    expect(readers.map((r) => r.res.statusCode)).toEqual([200, 200, 200])
    await expect.poll(() => readers.every((r) => r.text().startsWith('retry:'))).toBe(true)
    await new Promise((resolve) => setTimeout(resolve, 500))
    const stopped = Date.now()
    site.kill('SIGTERM')
    await Promise.all(readers.map((r) => r.ended))
    for (const reader of readers) {
      expect(reader.text()).toMatch(/retry: 10000\nevent: shutdown\ndata: \{[^\n]*\}\n\n$/)
    }
    expect(await exited).toBe(0)
    console.log(`SIGTERM → every stream ended and the site exited in ${Date.now() - stopped} ms`)
  } finally {
    if (site.exitCode === null && site.signalCode === null) site.kill('SIGKILL')
  }
})
