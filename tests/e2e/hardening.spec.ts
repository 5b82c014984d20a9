import { randomBytes } from 'node:crypto'
import { connect } from 'node:net'

import { type APIRequestContext, type APIResponse, expect, test } from '@playwright/test'

import { EVENT_SHARED } from '~/cms/seed/event'
import { DEMO_GALLERIES } from '~/cms/seed/galleries'
import { DEMO_NEWS } from '~/cms/seed/news'
import { DEMO_PASSWORD, DEMO_STAFF } from '~/cms/seed/users'
import { activePdf } from '../support/sampleFiles'
import { E2E_CMS_URL, E2E_SITE_URL } from './ports'
import { screenshot } from './screenshot'
import { signIn, staffEmail } from './staffApi'

/**
 * The portal hardened as seen from outside, over real HTTP against the production build: security
 * headers on both servers, cache policies a CDN can follow, cookies, CSRF, GraphQL and REST
 * limits, sign-in lockout and identical answers for known and unknown e-mails.
 */
const SITE = E2E_SITE_URL
const CMS = E2E_CMS_URL
const admin = DEMO_STAFF.find((user) => user.roles.includes('admin'))!

function expectSecurityHeaders(response: APIResponse, what: string) {
  const headers = response.headers()
  expect(headers['content-security-policy'], `${what}: CSP`).toContain("frame-ancestors 'none'")
  expect(headers['content-security-policy'], `${what}: CSP`).toContain("object-src 'none'")
  expect(headers['x-content-type-options'], `${what}: nosniff`).toBe('nosniff')
  expect(headers['referrer-policy'], `${what}: referrer policy`).toBeTruthy()
  expect(headers['x-frame-options'], `${what}: frame options`).toBe('DENY')
}

test('every kind of site answer carries the security headers; HSTS only behind TLS', async ({
  request,
}) => {
  const form = await request.get(`${SITE}/accreditation/`)
  const asset = (await form.text()).match(/\/_astro\/[\w.-]+\.(?:css|js)/)?.[0]
  expect(asset, 'a built script linked from the application form').toBeTruthy()
  const answers = {
    'home page': await request.get(`${SITE}/`),
    'English article list': await request.get(`${SITE}/en/news/`),
    'application form': form,
    'health check': await request.get(`${SITE}/health`),
    'built asset': await request.get(`${SITE}${asset}`),
    favicon: await request.get(`${SITE}/favicon.svg`),
    'missing asset': await request.get(
      `${SITE}/_astro/no-such-file-${randomBytes(4).toString('hex')}.js`,
    ),
    'robots.txt': await request.get(`${SITE}/robots.txt`),
    '404 page': await request.get(`${SITE}/no-such-page-${randomBytes(4).toString('hex')}/`),
    'forged status link': await request.get(`${SITE}/accreditation/status/forged/`),
    'refused form post': await request.post(`${SITE}/accreditation/`, {
      headers: { Origin: SITE, 'Content-Type': 'application/json' },
      data: '{}',
    }),
    // Astro's origin check answers before the site's middleware: site/serve puts the headers on it.
    'cross-site form post': await request.post(`${SITE}/accreditation/`, {
      headers: {
        Origin: 'https://evil.example',
        'Content-Type': 'application/x-www-form-urlencoded',
      },
      data: 'a=b',
    }),
    'cached page (second read)': await request.get(`${SITE}/`),
  }
  for (const [what, response] of Object.entries(answers)) {
    expectSecurityHeaders(response, what)
    // The e2e portal runs on plain http without TRUST_PROXY: no HSTS (unit tests cover https).
    expect(response.headers()['strict-transport-security'], what).toBeUndefined()
  }
  expect(answers['built asset'].status()).toBe(200)
  expect(answers.favicon.status()).toBe(200)
  expect(answers['refused form post'].status()).toBe(400)
  expect(answers['cross-site form post'].status()).toBe(403)
  expect(answers['cross-site form post'].headers()['content-type']).toMatch(/^text\/plain/)
  // Behind a TLS proxy (TRUST_PROXY is on in the e2e portal) the static files get HSTS too.
  const overTls = await request.get(`${SITE}${asset}`, {
    headers: { 'X-Forwarded-Proto': 'https' },
  })
  expect(overTls.headers()['strict-transport-security']).toContain('max-age=')
})

/** What a server answers to a raw request line, read off the socket (for CONNECT, which no HTTP client sends as asked). */
function rawAnswer(url: string, request: string): Promise<string> {
  const { hostname, port } = new URL(url)
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.write(request))
    let text = ''
    socket.setTimeout(10_000, () => socket.destroy(new Error('no answer')))
    socket.on('data', (chunk) => (text += chunk.toString('latin1')))
    socket.on('end', () => resolve(text))
    socket.on('close', () => resolve(text))
    socket.on('error', reject)
  })
}

test('unknown methods get 405 with the security headers on both servers, never a 500', async ({
  request,
}) => {
  const targets = [
    `${SITE}/`,
    `${SITE}/favicon.svg`,
    `${SITE}/accreditation/`,
    `${CMS}/admin`,
    `${CMS}/api/news`,
    `${CMS}/api/users/login`,
    `${CMS}/_next/static/x.js`,
  ]
  for (const url of targets) {
    for (const method of ['TRACE', 'TRACK', 'PROPFIND', 'MKCOL', 'LOCK']) {
      const response = await request.fetch(url, { method })
      expect(response.status(), `${method} ${url}`).toBe(405)
      expectSecurityHeaders(response, `${method} ${url}`)
      expect(response.headers().allow, `${method} ${url}`).toContain('GET')
    }
  }
  for (const base of [SITE, CMS]) {
    const host = new URL(base).host
    const connectAnswer = await rawAnswer(base, `CONNECT ${host} HTTP/1.1\r\nHost: ${host}\r\n\r\n`)
    expect(connectAnswer, `CONNECT on ${base}`).toMatch(/^HTTP\/1\.1 405 /)
    expect(connectAnswer.toLowerCase()).toContain("frame-ancestors 'none'")
    const garbage = await rawAnswer(
      base,
      `GET / HTTP/1.1\r\nHost: ${host}\r\nNo colon in this header\r\n\r\n`,
    )
    expect(garbage, `unparsable request on ${base}`).toMatch(/^HTTP\/1\.1 400 /)
    expect(garbage.toLowerCase()).toContain('x-content-type-options: nosniff')
  }
})

/** One page of each public type (Vietnamese and English), the forms and the 404 page. */
async function publicPages(request: APIRequestContext): Promise<string[]> {
  const sessions = (await (
    await request.get(`${CMS}/api/sessions?where[liveState][not_equals]=none&limit=1&depth=0`)
  ).json()) as { docs: { id: number }[] }
  const live = sessions.docs[0]?.id
  expect(live, 'a session with live coverage in the seed').toBeTruthy()
  const pages = [
    '/',
    `/news/${DEMO_NEWS[0]!.slug}/`,
    '/news/',
    '/releases/',
    `/galleries/${DEMO_GALLERIES[0]!.slug}/`,
    '/schedule/',
    '/search/?q=%C4%91%E1%BA%A1i+h%E1%BB%99i',
    `/events/${EVENT_SHARED.slug}/`,
    `/live/${live}/`,
    '/accreditation/',
    '/press/',
    '/checkin/',
  ]
  return [...pages, ...pages.slice(0, 2).map((path) => `/en${path}`), '/no-such-page/']
}

test("public pages allow only the site's own files: style-src 'self', no inline style or script runs", async ({
  page,
  request,
}) => {
  test.setTimeout(240_000) // fifteen pages in Chromium
  const refused: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text())
  })
  page.on('pageerror', (error) => refused.push(error.message))
  for (const path of await publicPages(request)) {
    const response = await page.goto(`${SITE}${path}`)
    const policy = response!.headers()['content-security-policy'] ?? ''
    expect(policy, path).toMatch(/(^|;\s*)script-src 'self'[^;]*(;|$)/)
    expect(policy, path).toMatch(/(^|;\s*)style-src 'self'( 'sha256-[\w+/=]+')*\s*(;|$)/)
    expect(policy, path).not.toMatch(/unsafe-(inline|eval|hashes)/)
    expect(policy, path).not.toMatch(/style-src-(attr|elem)/)
    // Nothing in the page leans on inline styles: no <style> blocks, no style attributes.
    expect(await page.locator('style, [style]').count(), `${path}: inline styles`).toBe(0)
    const sheets = await page
      .locator('link[rel="stylesheet"]')
      .evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href))
    expect(sheets.length, `${path}: stylesheets`).toBeGreaterThan(0)
    expect(sheets.length, `${path}: one render-blocking stylesheet`).toBeLessThanOrEqual(2)
    for (const sheet of sheets) expect(sheet, path).toMatch(/\/_astro\/[\w.-]+\.css$/)
  }
  expect(refused, 'what the browser refused or threw on the public pages').toEqual([])
})

test('the one stylesheet styles every page without leaking: full-width body, header in the brand colour, at phone and desktop width', async ({
  page,
}) => {
  test.setTimeout(180_000) // eight page loads and screenshots
  const pages = {
    home: '/',
    article: `/news/${DEMO_NEWS[0]!.slug}/`,
    gallery: `/galleries/${DEMO_GALLERIES[0]!.slug}/`,
    form: '/accreditation/',
  }
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 844 })
    for (const [name, path] of Object.entries(pages)) {
      await page.goto(`${SITE}${path}`)
      const look = await page.evaluate(() => {
        const body = getComputedStyle(document.body)
        const header = document.querySelector('.site-header')
        return {
          bodyWidth: document.body.getBoundingClientRect().width,
          margin: body.marginTop,
          header: header ? getComputedStyle(header).backgroundColor : null,
        }
      })
      // The 500 page's own body rule (narrow, centred) must not reach the other pages.
      expect(look.bodyWidth, `${name} at ${width}px`).toBeGreaterThanOrEqual(width - 20)
      expect(look.margin, name).toBe('0px')
      expect(look.header, name).toBe('rgb(166, 27, 27)')
      await screenshot(page, `lighthouse-${name}-${width}`)
    }
  }
})

test('public pages carry a CDN cache policy with stale-while-revalidate and stale-if-error; personal pages are private', async ({
  request,
}) => {
  for (const path of ['/', '/en/', '/news/', '/rules/']) {
    const cache = (await request.get(`${SITE}${path}`)).headers()['cache-control'] ?? ''
    expect(cache, path).toMatch(
      /^public, max-age=\d+, stale-while-revalidate=\d+, stale-if-error=\d+$/,
    )
  }
  for (const path of ['/accreditation/', '/checkin/']) {
    expect((await request.get(`${SITE}${path}`)).headers()['cache-control'], path).toBe(
      'private, no-store',
    )
  }
  expect((await request.get(`${SITE}/health`)).headers()['cache-control']).toBe('no-store')
  expect((await request.get(`${CMS}/api/health`)).headers()['cache-control']).toBe('no-store')
})

test('the admin and REST API carry the security headers and HSTS, static files and errors included', async ({
  request,
}) => {
  const login = await request.get(`${CMS}/admin/login`)
  const chunk = (await login.text()).match(/\/_next\/static\/[\w./-]+\.js/)?.[0]
  expect(chunk, 'a Next chunk linked from the sign-in page').toBeTruthy()
  const paths = [
    '/admin/login',
    '/api/health',
    '/api/news?limit=1',
    '/api/no-such-collection',
    '/api/news/999999999',
    '/api/news?where[nope][equals]=1',
    chunk!,
    '/_next/static/no-such-chunk.js',
    '/favicon.ico',
    '/no-such-page',
    '/admin/no-such-view',
  ]
  for (const path of paths) {
    const response = await request.get(`${CMS}${path}`, { maxRedirects: 0 })
    expectSecurityHeaders(response, path)
    expect(response.headers()['strict-transport-security'], path).toContain('max-age=')
    expect(response.status(), path).toBeLessThan(500)
  }
  const refusedLogin = await request.post(`${CMS}/api/users/login`, { data: { email: 'x' } })
  expect(refusedLogin.status()).toBeGreaterThanOrEqual(400)
  expectSecurityHeaders(refusedLogin, 'refused sign-in')
})

test("an applicant's letter with JavaScript and open actions reaches the officer's browser as a sandboxed download", async ({
  playwright,
  page,
}) => {
  const officer = await signIn(playwright, staffEmail('accreditation-officer'))
  const pdf = activePdf()
  const created = await officer.post(`${CMS}/api/applicant-files`, {
    multipart: {
      _payload: JSON.stringify({ kind: 'letter' }),
      file: { name: 'giay-gioi-thieu.pdf', mimeType: 'application/pdf', buffer: pdf },
    },
  })
  expect(created.status()).toBe(201)
  const { doc } = (await created.json()) as { doc: { filename: string } }
  const url = `${CMS}/api/applicant-files/file/${doc.filename}`
  const response = await officer.get(url)
  expect(response.status()).toBe(200)
  expect(response.headers()['content-disposition']).toMatch(/^attachment/)
  expect(response.headers()['content-security-policy']).toBe("sandbox; default-src 'none'")
  expect(response.headers()['x-content-type-options']).toBe('nosniff')
  expect(Buffer.compare(await response.body(), pdf)).toBe(0)
  // In Chromium, signed in to the admin as the officer: the letter downloads, no document opens.
  const signedIn = await page.request.post(`${CMS}/api/users/login`, {
    data: { email: staffEmail('accreditation-officer'), password: DEMO_PASSWORD },
  })
  expect(signedIn.status()).toBe(200)
  const download = page.waitForEvent('download')
  await page.goto(url).catch(() => undefined) // "Download is starting": the navigation never becomes a page
  expect((await download).suggestedFilename()).toMatch(/\.pdf$/)
  expect(page.url()).not.toBe(url)
  await officer.dispose()
})

test("gallery originals are press-only on the admin's file route too; web sizes stay public", async ({
  playwright,
  request,
}) => {
  const list = (await (await request.get(`${CMS}/api/media?limit=50`)).json()) as {
    docs: {
      filename: string
      url: string | null
      sizes: Record<string, { filename: string | null; url: string | null }>
    }[]
  }
  const media = list.docs.find((doc) => doc.sizes.card?.filename)!
  expect(media, 'a seeded photo').toBeTruthy()
  expect(
    list.docs.every((doc) => doc.url === null),
    'the public is handed no original address',
  ).toBe(true)
  expect((await request.get(`${CMS}/api/media/file/${media.sizes.card!.filename}`)).status()).toBe(
    200,
  )
  const anonymous = await request.get(`${CMS}/api/media/file/${media.filename}`)
  expect(anonymous.status()).toBe(403)
  expectSecurityHeaders(anonymous, 'refused original')
  expect((await request.get(`${SITE}/media/${media.filename}`)).status()).toBe(404)
  expect((await request.get(`${SITE}/media/${media.sizes.card!.filename}`)).status()).toBe(200)
  const editor = await signIn(playwright, staffEmail('editor'))
  const original = await editor.get(`${CMS}/api/media/file/${media.filename}`)
  expect(original.status()).toBe(200)
  expect(original.headers()['content-type']).toMatch(/^image\//)
  await editor.dispose()
})

test('the admin session cookie is HttpOnly and SameSite, and ignored when sent from another site (CSRF)', async ({
  playwright,
}) => {
  const api = await playwright.request.newContext()
  const login = await api.post(`${CMS}/api/users/login`, {
    data: { email: admin.email, password: DEMO_PASSWORD },
  })
  expect(login.status()).toBe(200)
  const cookie =
    login
      .headersArray()
      .find((h) => h.name.toLowerCase() === 'set-cookie' && h.value.startsWith('payload-token='))
      ?.value ?? ''
  expect(cookie).toMatch(/HttpOnly/i)
  expect(cookie).toMatch(/SameSite=Lax/i)
  const me = async (origin: string) =>
    (
      (await (await api.get(`${CMS}/api/users/me`, { headers: { Origin: origin } })).json()) as {
        user: { email: string } | null
      }
    ).user?.email ?? null
  expect(await me(CMS)).toBe(admin.email)
  expect(await me('https://evil.example')).toBeNull()
  await api.dispose()
})

test('the door sign-in cookie is HttpOnly and SameSite=Strict', async ({ request }) => {
  const checkin = DEMO_STAFF.find((user) => user.roles.includes('checkin-staff'))!
  const response = await request.post(`${SITE}/checkin/`, {
    form: { email: checkin.email, password: DEMO_PASSWORD },
    headers: { Origin: SITE },
    maxRedirects: 0,
  })
  expect(response.status()).toBe(303)
  const cookie =
    response.headersArray().find((h) => h.name.toLowerCase() === 'set-cookie')?.value ?? ''
  expect(cookie).toMatch(/^portal_staff=/)
  expect(cookie).toMatch(/HttpOnly/i)
  expect(cookie).toMatch(/SameSite=Strict/i)
})

test('GraphQL is switched off: introspection and queries get 404 and reveal nothing', async ({
  request,
}) => {
  for (const query of [
    '{ __schema { types { name } } }',
    '{ AccreditationRequests { docs { fullName idNumber } } }',
    '{ News { docs { title } } }',
  ]) {
    const response = await request.post(`${CMS}/api/graphql`, { data: { query } })
    expect(response.status()).toBe(404)
    expect(await response.text()).not.toMatch(/AccreditationRequest|__schema|idNumber/)
  }
})

test('REST depth is clamped: a huge ?depth= is answered, never nested deeper than maxDepth', async ({
  request,
}) => {
  const response = await request.get(`${CMS}/api/news?limit=3&depth=1000`)
  expect(response.status()).toBe(200)
  const nesting = (value: unknown): number => {
    if (!value || typeof value !== 'object') return 0
    const children = Object.values(value as Record<string, unknown>).map(nesting)
    const isDocument = !Array.isArray(value) && 'id' in value && 'createdAt' in value
    return Math.max(0, ...children) + (isDocument ? 1 : 0)
  }
  // Each page of results is documents inside documents: the top level plus at most maxDepth (3).
  expect(nesting(((await response.json()) as { docs: unknown[] }).docs)).toBeLessThanOrEqual(4)
})

test('sign-in answers are the same for known and unknown e-mails, and wrong passwords slow down but never lock the owner out', async ({
  playwright,
}) => {
  const api = await playwright.request.newContext()
  const adminLogin = await api.post(`${CMS}/api/users/login`, {
    data: { email: admin.email, password: DEMO_PASSWORD },
  })
  const { token } = (await adminLogin.json()) as { token: string }
  const email = `lockout.${randomBytes(4).toString('hex')}@test.local`
  const created = await api.post(`${CMS}/api/users`, {
    headers: { Authorization: `JWT ${token}` },
    data: { name: 'Lockout test', email, password: 'right-password-123', roles: ['editor'] },
  })
  expect(created.status()).toBe(201)
  const anonymous = await playwright.request.newContext()
  const attempt = async (who: string, password: string) => {
    const response = await anonymous.post(`${CMS}/api/users/login`, {
      data: { email: who, password },
    })
    return { status: response.status(), body: await response.text() }
  }
  const unknown = await attempt(
    `nobody.${randomBytes(4).toString('hex')}@test.local`,
    'wrong-password-1',
  )
  const known = await attempt(email, 'wrong-password-1')
  expect(known).toEqual(unknown)
  expect(known.status).toBe(401)
  const forgot = async (who: string) => {
    const response = await anonymous.post(`${CMS}/api/users/forgot-password`, {
      data: { email: who },
    })
    return { status: response.status(), body: await response.text() }
  }
  expect(await forgot(email)).toEqual(
    await forgot(`nobody.${randomBytes(4).toString('hex')}@test.local`),
  )
  for (let i = 0; i < 5; i++) await attempt(email, `wrong-password-${i + 2}`)
  const right = await attempt(email, 'right-password-123')
  expect(right.status, 'the owner gets in after the slow-down: nobody can lock an account').toBe(
    200,
  )
  expect(right.body).toContain('"token"')
  await Promise.all([api.dispose(), anonymous.dispose()])
})
