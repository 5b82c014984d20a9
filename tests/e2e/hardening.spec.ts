import { randomBytes } from 'node:crypto'

import { type APIResponse, expect, test } from '@playwright/test'

import { DEMO_PASSWORD, DEMO_STAFF } from '../../cms/seed/users'
import { E2E_CMS_URL, E2E_SITE_URL } from './ports'

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

test('every kind of site answer carries the security headers; HSTS only behind TLS', async ({ request }) => {
  const answers = {
    'home page': await request.get(`${SITE}/`),
    'English article list': await request.get(`${SITE}/en/news/`),
    'application form': await request.get(`${SITE}/accreditation/`),
    'health check': await request.get(`${SITE}/health`),
    '404 page': await request.get(`${SITE}/no-such-page-${randomBytes(4).toString('hex')}/`),
    'forged status link': await request.get(`${SITE}/accreditation/status/forged/`),
    'refused form post': await request.post(`${SITE}/accreditation/`, { headers: { Origin: SITE, 'Content-Type': 'application/json' }, data: '{}' }),
  }
  for (const [what, response] of Object.entries(answers)) {
    expectSecurityHeaders(response, what)
    // The e2e portal runs on plain http without TRUST_PROXY: no HSTS (unit tests cover https).
    expect(response.headers()['strict-transport-security'], what).toBeUndefined()
  }
  expect(answers['refused form post'].status()).toBe(400)
  // Astro's origin check stays on. Its 403 is answered before the site's middleware runs, so it
  // is the one answer without these headers (plain text, no markup; the proxy adds them, README).
  const crossSite = await request.post(`${SITE}/accreditation/`, { headers: { Origin: 'https://evil.example', 'Content-Type': 'application/x-www-form-urlencoded' }, data: 'a=b' })
  expect(crossSite.status()).toBe(403)
  expect(crossSite.headers()['content-type']).toMatch(/^text\/plain/)
})

test('site pages allow only the scripts and styles Astro built (hashes in the policy header, no unsafe-inline)', async ({ request }) => {
  for (const path of ['/', '/accreditation/', '/checkin/']) {
    const policy = (await request.get(`${SITE}${path}`)).headers()['content-security-policy']
    expect(policy).toMatch(/script-src [^;]*'self'/)
    expect(policy).toMatch(/style-src [^;]*'sha256-/)
    expect(policy).not.toContain('unsafe-inline')
    expect(policy).not.toContain('unsafe-eval')
  }
})

test('public pages carry a CDN cache policy with stale-while-revalidate and stale-if-error; personal pages are private', async ({ request }) => {
  for (const path of ['/', '/en/', '/news/', '/rules/']) {
    const cache = (await request.get(`${SITE}${path}`)).headers()['cache-control'] ?? ''
    expect(cache, path).toMatch(/^public, max-age=\d+, stale-while-revalidate=\d+, stale-if-error=\d+$/)
  }
  for (const path of ['/accreditation/', '/checkin/']) {
    expect((await request.get(`${SITE}${path}`)).headers()['cache-control'], path).toBe('private, no-store')
  }
  expect((await request.get(`${SITE}/health`)).headers()['cache-control']).toBe('no-store')
  expect((await request.get(`${CMS}/api/health`)).headers()['cache-control']).toBe('no-store')
})

test('the admin and REST API carry the security headers and HSTS', async ({ request }) => {
  for (const path of ['/admin/login', '/api/health', '/api/news?limit=1', '/api/no-such-collection']) {
    const response = await request.get(`${CMS}${path}`, { maxRedirects: 0 })
    expectSecurityHeaders(response, path)
    expect(response.headers()['strict-transport-security'], path).toContain('max-age=')
  }
})

test('the admin session cookie is HttpOnly and SameSite, and ignored when sent from another site (CSRF)', async ({ playwright }) => {
  const api = await playwright.request.newContext()
  const login = await api.post(`${CMS}/api/users/login`, { data: { email: admin.email, password: DEMO_PASSWORD } })
  expect(login.status()).toBe(200)
  const cookie = login.headersArray().find((h) => h.name.toLowerCase() === 'set-cookie' && h.value.startsWith('payload-token='))?.value ?? ''
  expect(cookie).toMatch(/HttpOnly/i)
  expect(cookie).toMatch(/SameSite=Lax/i)
  const me = async (origin: string) => ((await (await api.get(`${CMS}/api/users/me`, { headers: { Origin: origin } })).json()) as { user: { email: string } | null }).user?.email ?? null
  expect(await me(CMS)).toBe(admin.email)
  expect(await me('https://evil.example')).toBeNull()
  await api.dispose()
})

test('the door sign-in cookie is HttpOnly and SameSite=Strict', async ({ request }) => {
  const checkin = DEMO_STAFF.find((user) => user.roles.includes('checkin-staff'))!
  const response = await request.post(`${SITE}/checkin/`, { form: { email: checkin.email, password: DEMO_PASSWORD }, headers: { Origin: SITE }, maxRedirects: 0 })
  expect(response.status()).toBe(303)
  const cookie = response.headersArray().find((h) => h.name.toLowerCase() === 'set-cookie')?.value ?? ''
  expect(cookie).toMatch(/^portal_staff=/)
  expect(cookie).toMatch(/HttpOnly/i)
  expect(cookie).toMatch(/SameSite=Strict/i)
})

test('GraphQL is switched off: introspection and queries get 404 and reveal nothing', async ({ request }) => {
  for (const query of ['{ __schema { types { name } } }', '{ AccreditationRequests { docs { fullName idNumber } } }', '{ News { docs { title } } }']) {
    const response = await request.post(`${CMS}/api/graphql`, { data: { query } })
    expect(response.status()).toBe(404)
    expect(await response.text()).not.toMatch(/AccreditationRequest|__schema|idNumber/)
  }
})

test('REST depth is clamped: a huge ?depth= is answered, never nested deeper than maxDepth', async ({ request }) => {
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

test('sign-in answers are the same for known and unknown e-mails, and wrong passwords slow down but never lock the owner out', async ({ playwright }) => {
  const api = await playwright.request.newContext()
  const adminLogin = await api.post(`${CMS}/api/users/login`, { data: { email: admin.email, password: DEMO_PASSWORD } })
  const { token } = (await adminLogin.json()) as { token: string }
  const email = `lockout.${randomBytes(4).toString('hex')}@test.local`
  const created = await api.post(`${CMS}/api/users`, { headers: { Authorization: `JWT ${token}` }, data: { name: 'Lockout test', email, password: 'right-password-123', roles: ['editor'] } })
  expect(created.status()).toBe(201)
  const anonymous = await playwright.request.newContext()
  const attempt = async (who: string, password: string) => {
    const response = await anonymous.post(`${CMS}/api/users/login`, { data: { email: who, password } })
    return { status: response.status(), body: await response.text() }
  }
  const unknown = await attempt(`nobody.${randomBytes(4).toString('hex')}@test.local`, 'wrong-password-1')
  const known = await attempt(email, 'wrong-password-1')
  expect(known).toEqual(unknown)
  expect(known.status).toBe(401)
  const forgot = async (who: string) => {
    const response = await anonymous.post(`${CMS}/api/users/forgot-password`, { data: { email: who } })
    return { status: response.status(), body: await response.text() }
  }
  expect(await forgot(email)).toEqual(await forgot(`nobody.${randomBytes(4).toString('hex')}@test.local`))
  for (let i = 0; i < 5; i++) await attempt(email, `wrong-password-${i + 2}`)
  const right = await attempt(email, 'right-password-123')
  expect(right.status, 'the owner gets in after the slow-down: nobody can lock an account').toBe(200)
  expect(right.body).toContain('"token"')
  await Promise.all([api.dispose(), anonymous.dispose()])
})
