import { type APIRequestContext, expect, type Page, test } from '@playwright/test'

import { DEMO_JOURNALIST_EMAIL, DEMO_PASSWORD } from '~/cms/seed/users'
import { allMail, waitForMail } from './mailbox'
import { E2E_CMS_URL as CMS } from './ports'
import { screenshot } from './screenshot'
import { signIn, staffEmail } from './staffApi'
import { paragraph } from '../support/richText'

/** The site mends of issue 13, tried as readers, journalists and the press office would. */

const SHOTS = '/work/notes/shots'
const shot = async (page: Page, name: string, fullPage = false) => {
  await screenshot(page, `mendsite-${name}`, { fullPage })
  await page.screenshot({ path: `${SHOTS}/mendsite-${name}.png`, fullPage }).catch(() => undefined)
}

async function publishNews(editor: APIRequestContext, title: string): Promise<number> {
  const created = await editor.post(`${CMS}/api/news?locale=vi`, {
    data: {
      title,
      summary: `Tóm tắt: ${title}`,
      body: paragraph(`Nội dung ${title}.`),
      _status: 'published',
    },
  })
  expect(created.status(), await created.text()).toBe(201)
  return ((await created.json()) as { doc: { id: number } }).doc.id
}

async function signInToPress(page: Page, prefix: '' | '/en') {
  await page.goto(`${prefix}/press/`)
  await page.locator('input[name="email"]').fill(DEMO_JOURNALIST_EMAIL)
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD)
  await page.locator('form button[type="submit"]').first().click()
  await expect(page.locator('#s-pass')).toBeVisible()
}

test('an English journalist gets the pass, the badge PDF, the portrait and the letter under /en/', async ({
  page,
}) => {
  await signInToPress(page, '/en')
  const portrait = page.locator('.badge img.portrait')
  await expect(portrait).toHaveAttribute('src', /^\/en\/accreditation\/status\/[^/]+\/portrait$/)
  await expect
    .poll(() => portrait.evaluate((img: HTMLImageElement) => img.naturalWidth))
    .toBeGreaterThan(0)
  const pdfHref = await page.locator('a[href$="/pass.pdf"]').first().getAttribute('href')
  expect(pdfHref).toMatch(/^\/en\//)
  const pdf = await page.request.get(pdfHref!)
  expect(pdf.status()).toBe(200)
  expect(pdf.headers()['content-type']).toBe('application/pdf')
  expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-')
  // The status page of the same link, in English, with its files.
  const base = pdfHref!.replace(/\/pass\.pdf$/, '')
  for (const file of ['portrait', 'pass.pdf']) {
    const answer = await page.request.get(`${base}/${file}`)
    expect(answer.status(), `${base}/${file}`).toBe(200)
  }
  // The letter route answers as the Vietnamese one does (200 with a letter, 404 without one).
  const vi = await page.request.get(`${base.replace(/^\/en/, '')}/letter`)
  expect((await page.request.get(`${base}/letter`)).status()).toBe(vi.status())
  // Other file routes under /en/ as well: the press kit's documents, the calendar.
  await page.goto('/en/press/')
  const docs = await page
    .locator('main a[href^="/documents/"]')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')!))
  expect(docs.length).toBeGreaterThan(0)
  // Linked without the prefix, but the same path under /en/ is the contract's too.
  for (const doc of docs) expect((await page.request.get(`/en${doc}`)).status(), doc).toBe(200)
  expect((await page.request.get('/en/schedule.ics')).status()).toBe(200)
})

test('/press/ names each section once', async ({ page }) => {
  await signInToPress(page, '')
  const headings = await page.locator('main h1, main h2, main h3').allInnerTexts()
  const seen = headings.map((text) => text.trim().toLowerCase())
  expect(seen.filter((text, i) => seen.indexOf(text) !== i)).toEqual([])
})

test('the set-password page says which e-mail address is the login', async ({ page }) => {
  const before = new Set((await allMail()).map((m) => m.text))
  await page.goto('/en/press/forgot')
  await page.locator('input[name="email"]').fill(DEMO_JOURNALIST_EMAIL)
  await page.locator('form button[type="submit"]').click()
  const mail = await waitForMail(
    (m) =>
      m.to.includes(DEMO_JOURNALIST_EMAIL) &&
      /\/press\/password\?token=/.test(m.text) &&
      !before.has(m.text),
  )
  const link = /https?:\/\/\S+\/press\/password\?token=\S+/.exec(mail.text)![0]
  await page.goto(link.replace(/^https?:\/\/[^/]+/, ''))
  await expect(page.locator('.login')).toContainText(DEMO_JOURNALIST_EMAIL)
  await shot(page, 'set-password')
})

test('the language switch keeps the search words', async ({ page }) => {
  await page.goto('/search/?q=h%E1%BB%8Dp+b%C3%A1o')
  await page.locator('a.lang').click()
  await expect(page).toHaveURL(/\/en\/search\/\?q=h%E1%BB%8Dp\+b%C3%A1o$/)
  await expect(page.locator('input[name="q"]')).toHaveValue('họp báo')
  await page.locator('a.lang').click()
  await expect(page).toHaveURL(/\/search\/\?q=h%E1%BB%8Dp\+b%C3%A1o$/)
})

test('on a phone the header is compact, every section stays linked, and the home page calls to apply', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 })
  await page.goto('/')
  const header = await page.locator('header.site-header').boundingBox()
  expect(header!.height).toBeLessThanOrEqual(740 * 0.15)
  const nav = page.getByRole('navigation', { name: /./ }).first()
  await expect(nav.getByRole('link')).toHaveCount(11)
  await expect(page.locator('a.lang')).toBeInViewport()
  // The call to apply, on the first screen, to a form that takes applications.
  const call = page.getByRole('link', { name: 'Đăng ký tác nghiệp →' })
  await expect(call).toBeInViewport()
  await shot(page, 'home-phone')
  await call.click()
  await expect(page.locator('form select[name="outlet"]')).toBeVisible()
})

test('the call to apply follows the window: the featured event’s closes, the council’s takes over', async ({
  page,
  playwright,
}) => {
  const admin = await signIn(playwright, staffEmail('admin'))
  const found = await admin.get(`${CMS}/api/events?where[referencePrefix][equals]=HB&depth=0`)
  const featured = (
    (await found.json()) as { docs: { id: number; accreditationClosesAt?: string | null }[] }
  ).docs[0]!
  const closed = await admin.patch(`${CMS}/api/events/${featured.id}`, {
    data: { accreditationClosesAt: new Date(Date.now() - 60_000).toISOString() },
  })
  expect(closed.status(), await closed.text()).toBe(200)
  try {
    // The site's reads are cached a moment (stale-while-revalidate): a few reloads, each looked at
    // briefly, so one stale page does not spend the whole budget waiting.
    await expect(async () => {
      await page.goto('/')
      await expect(page.locator('.window-closed')).toBeVisible({ timeout: 1_000 })
      await expect(page.locator('.apply-call a')).toHaveAttribute(
        'href',
        /^\/accreditation\/\?event=/,
      )
    }).toPass({ timeout: 15_000 })
    await page.locator('.apply-call a').click()
    await expect(page.locator('form select[name="outlet"]')).toBeVisible()
  } finally {
    await admin.patch(`${CMS}/api/events/${featured.id}`, {
      data: { accreditationClosesAt: featured.accreditationClosesAt ?? null },
    })
    await admin.dispose()
  }
})

test('English readers see which articles are Vietnamese only, marked lang="vi"', async ({
  page,
  playwright,
}) => {
  const editor = await signIn(playwright, staffEmail('editor'))
  const only = await publishNews(editor, `Tin chỉ có tiếng Việt ${Date.now()}`)
  const both = await publishNews(editor, `Tin có bản tiếng Anh ${Date.now()}`)
  const english = await editor.patch(`${CMS}/api/news/${both}?locale=en`, {
    data: {
      title: 'An article in English',
      summary: 'Its summary',
      body: paragraph('In English.'),
    },
  })
  expect(english.status()).toBe(200)
  try {
    await expect
      .poll(async () => (await page.goto('/en/news/'))!.status() && page.locator('.card').count())
      .toBeGreaterThan(0)
    await expect(async () => {
      await page.goto('/en/news/')
      const card = page.locator('.card', { hasText: 'Tin chỉ có tiếng Việt' })
      await expect(card.locator('.untranslated')).toHaveText('Vietnamese only')
      await expect(card.locator('h2')).toHaveAttribute('lang', 'vi')
      const translated = page.locator('.card', { hasText: 'An article in English' })
      await expect(translated.locator('.untranslated')).toHaveCount(0)
      await expect(translated.locator('h2')).not.toHaveAttribute('lang', /./)
    }).toPass({ timeout: 15_000 })
    await page.locator('.card', { hasText: 'Tin chỉ có tiếng Việt' }).locator('h2 a').click()
    await expect(page.locator('h1')).toHaveAttribute('lang', 'vi')
    await expect(page.locator('.prose')).toHaveAttribute('lang', 'vi')
    await expect(page.locator('p.untranslated')).toBeVisible()
    await shot(page, 'en-untranslated-article')
  } finally {
    await editor.delete(`${CMS}/api/news/${only}`)
    await editor.delete(`${CMS}/api/news/${both}`)
    await editor.dispose()
  }
})

test('the first reader of a new page 2 after publishing gets the page, not a stale 404', async ({
  page,
  playwright,
}) => {
  const editor = await signIn(playwright, staffEmail('editor'))
  await page.goto('/news/')
  let last = 1
  while (await page.locator('a[rel="next"]').count()) {
    last += 1
    await page.goto(`/news/?page=${last}`)
  }
  const onLast = await page.locator('.card').count()
  const beyond = `/news/?page=${last + 1}`
  expect((await page.goto(beyond))!.status()).toBe(404)
  // Longer than the site's cache time (2 s here): the remembered 404 has gone stale.
  await page.waitForTimeout(3500)
  const ids: number[] = []
  try {
    for (let n = onLast; n <= 9; n += 1) ids.push(await publishNews(editor, `Tin trang sau ${n}`))
    const first = await page.goto(beyond)
    expect(first!.status()).toBe(200)
    await expect(page.locator('.card')).toHaveCount(1)
  } finally {
    for (const id of ids) await editor.delete(`${CMS}/api/news/${id}`)
    await editor.dispose()
  }
})

test('required selects open on an empty placeholder (W3C), and the programme has a description', async ({
  page,
}) => {
  for (const path of ['/accreditation/', '/en/accreditation/', '/outlet/apply']) {
    await page.goto(path)
    const invalid = await page.evaluate(() =>
      [...document.querySelectorAll('select[required]:not([multiple])')]
        .filter((select) => (select as HTMLSelectElement).size <= 1)
        .filter((select) => {
          // HTML: a required single select must have a placeholder label option: its first
          // option, a child of the select itself (not of an optgroup), with an empty value.
          const first = (select as HTMLSelectElement).options[0]
          return !first || first.parentElement !== select || first.value !== ''
        })
        .map((select) => select.getAttribute('name')),
    )
    expect(invalid, path).toEqual([])
  }
  for (const path of ['/schedule/', '/en/schedule/']) {
    await page.goto(path)
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{40,}/)
  }
})
