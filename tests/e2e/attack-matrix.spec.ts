import { randomBytes } from 'node:crypto'

import { type APIRequestContext, type APIResponse, expect, test } from '@playwright/test'

import { isPreviewPath } from '~/cms/lib/preview/previewToken'
import { DEMO_JOURNALIST_EMAIL, DEMO_PASSWORD } from '~/cms/seed/users'
import { splitLocale } from '~/site/lib/i18n/locales'
import {
  AUTH_ENDPOINTS,
  COLLECTION_DEFAULTS,
  endpointKey,
  GLOBAL_DEFAULTS,
  restListing,
  sitePages,
} from '../support/routes'
import {
  AUTH_OVERRIDES,
  AUTH_RULES,
  COLLECTION_RULES,
  GLOBAL_RULES,
  ROLES,
  ROOT_ENDPOINT_RULES,
  type Role,
  type RoleRule,
  SITE_RULES,
  type Verdict,
} from '../support/routesExpectations'
import {
  ATTACKER_PASSWORD,
  applyThroughSite,
  CHECKIN_DAY,
  CHECKIN_ZONE,
  jwtHeaders,
  loadPlanted,
  type Planted,
  restLogin,
  siteLogin,
  uniquePerson,
} from '../support/routesFixtures'
import { calendarEvents } from '~/cms/seed/calendar'
import { applicationForm } from '../int/fixtures/application'
import {
  bodyText,
  type CaseRecord,
  judge,
  leakIn,
  recordCase,
  writeSummary,
} from '../support/routesMatrix'
import { COUNCIL_SLUG, eventForApplying } from './journalists'
import { allMail } from './mailbox'
import { E2E_CMS_URL as CMS, E2E_SITE_URL as SITE } from './ports'
import { staffEmail } from './staffApi'

/**
 * The attack matrix (issue 11, "Tests"): every role — anonymous, applicant through their status
 * link, journalist, check-in staff, editor, accreditation officer, admin — against every route of
 * both servers, the route list generated from the Payload config and the site's pages
 * (tests/support/routes.ts) and judged by one expectation table (tests/support/routesExpectations.ts).
 * Refused answers are 401/403/404/405, never 5xx, never the planted applicant's data; allowed
 * answers work. Then the findings of issue 11 as cases of their own ("finding" in the summary):
 * they fail on the code before the issue's fixes, and stay in the suite.
 *
 * The summary "role × answers" is written to test-results/attack-matrix.md.
 */
const listing = restListing()
const pages = sitePages()
let planted: Planted
let api: APIRequestContext

test.beforeAll(async ({ playwright }) => {
  test.setTimeout(180_000)
  planted = await loadPlanted(() => playwright.request.newContext(), listing)
  api = await playwright.request.newContext()
})

test.afterAll(async () => {
  await api?.dispose()
  writeSummary()
})

const verdictOf = (rule: RoleRule, role: Role): Verdict => rule[role] ?? 'deny'
const anyone: RoleRule = Object.fromEntries(ROLES.map((role) => [role, 'any']))
/** Each role poses as its own client behind the proxy, so no role uses up another's rate limits. */
const clientOf = (role: Role) => ({ 'X-Forwarded-For': `198.18.7.${ROLES.indexOf(role) + 10}` })

/** The security headers every answer of both servers carries (issue 11 §9); null when none is missing. */
const SECURITY_HEADERS = (response: APIResponse) => {
  const h = response.headers()
  // An applicant's file is sent inert (a sandbox policy, as a download): nothing in it runs or frames.
  if (/(^|;)\s*sandbox/.test(h['content-security-policy'] ?? ''))
    return h['x-content-type-options'] === 'nosniff' ? null : 'missing nosniff'
  // An editor's preview may be framed by the admin's live-preview pane, by nothing else, and is
  // never stored nor indexed, whatever it answers.
  const preview = isPreviewPath(splitLocale(new URL(response.url()).pathname).path)
  const ancestors = preview ? `frame-ancestors ${new URL(CMS).origin}` : "frame-ancestors 'none'"
  const missing = [
    (h['content-security-policy'] ?? '').includes(ancestors) ? null : 'CSP frame-ancestors',
    h['x-content-type-options'] === 'nosniff' ? null : 'nosniff',
    h['referrer-policy'] ? null : 'referrer-policy',
    h['x-frame-options'] === (preview ? undefined : 'DENY') ? null : 'x-frame-options',
    !preview || (h['cache-control'] === 'private, no-store' && h['x-robots-tag'] === 'noindex')
      ? null
      : 'preview no-store/noindex',
  ].filter(Boolean)
  return missing.length ? `missing ${missing.join(', ')}` : null
}

type Attempt = {
  target: string
  op: string
  method: string
  url: string
  verdict: Verdict
  data?: unknown
  probe?: boolean
  personal?: boolean
  /** Reads the target through the admin before and after: a refused write must change nothing. */
  unchanged?: string
  /** For a refused delete: the target must still exist (an allowed update of the same role may run alongside). */
  existenceOnly?: boolean
}

// ---------------------------------------------------------------------------------------------
// The REST cases of one role, generated from the config's collections, globals and endpoints.

function restAttempts(role: Role): { attempts: Attempt[]; unclassified: string[] } {
  const attempts: Attempt[] = []
  const unclassified: string[] = []
  for (const collection of listing.collections) {
    const rule = COLLECTION_RULES[collection.slug]
    if (!rule) {
      unclassified.push(`collection ${collection.slug}`)
      continue
    }
    const base = `${CMS}/api/${collection.slug}`
    const id = planted.targets[collection.slug] ?? '1'
    const versionId = planted.versions[collection.slug] ?? '1'
    const endpoints = collection.endpoints.length
      ? collection.endpoints
      : [
          { method: 'GET', path: '/' },
          { method: 'GET', path: '/:id' },
          { method: 'POST', path: '/' },
          { method: 'DELETE', path: '/:id' },
        ]
    for (const endpoint of endpoints) {
      const key = endpointKey(endpoint)
      const common = { target: collection.slug, personal: rule.personal }
      if (collection.auth && (AUTH_ENDPOINTS as readonly string[]).includes(key)) {
        const authRule = AUTH_OVERRIDES[collection.slug]?.[key] ?? AUTH_RULES[key]!
        if ('notSent' in authRule) continue
        const verdict = verdictOf(authRule, role)
        const email =
          collection.slug === 'users' ? staffEmail('accreditation-officer') : planted.attacker.email
        const data: Record<string, unknown> = {
          'GET /me': undefined,
          'GET /init': undefined,
          'POST /first-register': {
            email: `first.${randomBytes(3).toString('hex')}@example.vn`,
            password: 'first register password',
            name: 'First',
            roles: ['admin'],
          },
          'POST /verify/:id': {},
          'POST /reset-password': {
            token: randomBytes(20).toString('hex'),
            password: 'a new long password',
          },
          'POST /unlock': { email },
        }
        const path = endpoint.path.replace(':id', randomBytes(20).toString('hex'))
        attempts.push({
          ...common,
          op: key,
          method: endpoint.method,
          url: `${base}${path}`,
          verdict,
          data: data[key],
          probe: true,
        })
        continue
      }
      const known = COLLECTION_DEFAULTS[key]
      if (!known) {
        const custom = rule.endpoints?.[key]
        if (!custom) {
          unclassified.push(`endpoint ${endpoint.method} /api/${collection.slug}${endpoint.path}`)
          continue
        }
        const verdict = verdictOf(custom, role)
        attempts.push({
          ...common,
          op: key,
          method: endpoint.method,
          url: `${base}${endpoint.path
            .replace(':key', 'attack-matrix')
            .replace(':id', rule.endpointsOnNoRow ? '0' : id)}`,
          verdict,
          data: endpoint.method === 'GET' ? undefined : {},
          probe: true,
        })
        continue
      }
      const verdict =
        known.op === 'access' ? verdictOf(anyone, role) : verdictOf(rule.ops[known.op], role)
      const allowed = verdict === 'allow' || verdict === 'own' || verdict === 'any'
      const nowhere = '0'
      const attempt = (op: string, method: string, url: string, extra: Partial<Attempt> = {}) =>
        attempts.push({ ...common, op, method, url, verdict, ...extra })
      switch (known.kind) {
        case 'list':
          attempt('list', 'GET', `${base}?limit=100&depth=1`)
          break
        case 'count':
          attempt('count', 'GET', `${base}/count`)
          break
        case 'read':
          attempt('read', 'GET', `${base}/${id}?depth=1`)
          break
        case 'create':
          attempt('create', 'POST', base, { data: {}, probe: true })
          break
        case 'duplicate':
          attempt('duplicate', 'POST', `${base}/${allowed ? nowhere : id}/duplicate`, {
            data: {},
            probe: true,
          })
          break
        case 'update':
          attempt('update', 'PATCH', `${base}/${id}`, {
            data: {},
            probe: true,
            unchanged: allowed ? undefined : `/api/${collection.slug}/${id}`,
          })
          break
        case 'bulk-update':
          attempt('bulk-update', 'PATCH', `${base}?where[id][equals]=${id}`, {
            data: {},
            probe: true,
            unchanged: allowed ? undefined : `/api/${collection.slug}/${id}`,
          })
          break
        case 'delete':
          attempt('delete', 'DELETE', `${base}/${allowed ? nowhere : id}`, {
            probe: true,
            unchanged: allowed ? undefined : `/api/${collection.slug}/${id}`,
            existenceOnly: true,
          })
          break
        case 'bulk-delete':
          attempt('bulk-delete', 'DELETE', `${base}?where[id][equals]=${allowed ? nowhere : id}`, {
            probe: true,
            unchanged: allowed ? undefined : `/api/${collection.slug}/${id}`,
            existenceOnly: true,
          })
          break
        case 'versions':
          attempt('versions', 'GET', `${base}/versions?limit=10&depth=1`)
          break
        case 'version':
          attempt('version', 'GET', `${base}/versions/${versionId}?depth=1`, {
            probe: !collection.versions,
          })
          break
        case 'restore-version':
          attempt('restore-version', 'POST', `${base}/versions/${allowed ? nowhere : versionId}`, {
            data: {},
            probe: true,
            unchanged: allowed ? undefined : `/api/${collection.slug}/${id}`,
          })
          break
        case 'file':
          attempt('file', 'GET', `${base}/file/${planted.files[collection.slug] ?? 'none.jpg'}`)
          break
        // Pasting from a URL is off: Payload answers 400 to every signed-in caller before it checks access.
        case 'paste-url':
          attempt(
            'paste-url',
            'GET',
            `${base}/paste-url?src=${encodeURIComponent(`${CMS}/api/health`)}`,
            { probe: true, verdict: verdict === 'deny' ? 'invalid' : verdict },
          )
          break
        case 'access':
          attempt('access', 'POST', `${base}/access/${id}`, { data: {} })
          break
      }
    }
  }
  for (const global of listing.globals) {
    const rule = GLOBAL_RULES[global.slug]
    if (!rule) {
      unclassified.push(`global ${global.slug}`)
      continue
    }
    const base = `${CMS}/api/globals/${global.slug}`
    const versionId = planted.versions[`global:${global.slug}`] ?? '1'
    for (const endpoint of global.endpoints) {
      const key = endpointKey(endpoint)
      const known = GLOBAL_DEFAULTS[key]
      if (!known) {
        const custom = rule.endpoints?.[key]
        if (!custom)
          unclassified.push(
            `endpoint ${endpoint.method} /api/globals/${global.slug}${endpoint.path}`,
          )
        else
          attempts.push({
            target: `global ${global.slug}`,
            op: key,
            method: endpoint.method,
            url: `${base}${endpoint.path}`,
            verdict: verdictOf(custom, role),
            probe: true,
          })
        continue
      }
      const verdict =
        known.op === 'access'
          ? verdictOf(anyone, role)
          : verdictOf(rule.ops[known.op as 'read' | 'update' | 'versions'], role)
      const allowed = verdict !== 'deny'
      const target = `global ${global.slug}`
      const unchanged = allowed ? undefined : `/api/globals/${global.slug}`
      switch (known.kind) {
        case 'read':
          attempts.push({ target, op: 'read', method: 'GET', url: base, verdict })
          break
        case 'update':
          attempts.push({
            target,
            op: 'update',
            method: 'POST',
            url: base,
            verdict,
            data: {},
            probe: true,
            unchanged,
          })
          break
        case 'versions':
          attempts.push({
            target,
            op: 'versions',
            method: 'GET',
            url: `${base}/versions?limit=5`,
            verdict,
          })
          break
        case 'version':
          attempts.push({
            target,
            op: 'version',
            method: 'GET',
            url: `${base}/versions/${versionId}`,
            verdict,
            probe: !global.versions,
          })
          break
        case 'restore-version':
          attempts.push({
            target,
            op: 'restore-version',
            method: 'POST',
            url: `${base}/versions/${allowed ? '0' : versionId}`,
            verdict,
            data: {},
            probe: true,
            unchanged,
          })
          break
        case 'access':
          attempts.push({
            target,
            op: 'access',
            method: 'POST',
            url: `${base}/access`,
            verdict,
            data: {},
          })
          break
      }
    }
  }
  for (const endpoint of listing.endpoints) {
    const rule = ROOT_ENDPOINT_RULES[endpointKey(endpoint)]
    if (!rule) unclassified.push(`endpoint ${endpoint.method} /api${endpoint.path}`)
    else
      attempts.push({
        target: 'root',
        op: endpointKey(endpoint),
        method: endpoint.method,
        url: `${CMS}/api${endpoint.path}`,
        verdict: verdictOf(rule, role),
      })
  }
  return { attempts, unclassified }
}

/** What the admin sees of a document: a refused write must leave it exactly as it was. */
async function stateOf(address: string): Promise<string> {
  const response = await api.get(`${CMS}${address}?depth=0`, {
    headers: jwtHeaders(planted.jwt.admin),
  })
  if (response.status() === 404) return 'absent'
  if (!response.ok()) return `unreadable ${response.status()}`
  const doc = (await response.json()) as Record<string, unknown>
  return JSON.stringify({ updatedAt: doc.updatedAt, id: doc.id, globalType: doc.globalType })
}

async function send(
  method: string,
  url: string,
  headers: Record<string, string>,
  data?: unknown,
): Promise<APIResponse> {
  return api.fetch(url, {
    method,
    headers,
    data: data === undefined ? undefined : data,
    maxRedirects: 0,
    failOnStatusCode: false,
  })
}

async function runAttempts(
  role: Role,
  area: 'rest' | 'site',
  attempts: Attempt[],
  headers: Record<string, string>,
): Promise<CaseRecord[]> {
  const results: CaseRecord[] = []
  const queue = [...attempts]
  const worker = async () => {
    for (let attempt = queue.shift(); attempt; attempt = queue.shift()) {
      const state = async (address: string) => {
        const seen = await stateOf(address)
        return attempt.existenceOnly && seen !== 'absent' && !seen.startsWith('unreadable')
          ? 'present'
          : seen
      }
      const before = attempt.unchanged ? await state(attempt.unchanged) : null
      const response = await send(
        attempt.method,
        attempt.url,
        { ...headers, ...clientOf(role) },
        attempt.data,
      )
      const status = response.status()
      const body = await bodyText(response)
      let why = judge({
        verdict: attempt.verdict,
        method: attempt.method,
        status,
        body,
        secrets: planted.secrets,
        probe: attempt.probe,
        personalAllowed: attempt.personal === true,
      })
      why ??= SECURITY_HEADERS(response)
      if (
        !why &&
        attempt.unchanged &&
        before !== 'absent' &&
        before !== null &&
        !before.startsWith('unreadable')
      ) {
        const after = await state(attempt.unchanged)
        if (after !== before) why = `a refused write changed the document: ${before} → ${after}`
      }
      const record: CaseRecord = {
        role,
        area,
        target: attempt.target,
        op: attempt.op,
        method: attempt.method,
        url: attempt.url.replace(CMS, '').replace(SITE, ''),
        verdict: attempt.verdict,
        status,
        ok: !why,
        ...(why
          ? {
              why: `${why}${why.startsWith('not refused') || why.startsWith('refused') ? `: ${body.slice(0, 160).replace(/\s+/g, ' ')}` : ''}`,
            }
          : {}),
      }
      recordCase(record)
      results.push(record)
    }
  }
  await Promise.all(Array.from({ length: 6 }, worker))
  return results
}

const failuresOf = (results: CaseRecord[]) =>
  results
    .filter((r) => !r.ok)
    .map((r) => `${r.method} ${r.url} [${r.op}, expected ${r.verdict}] → ${r.status}: ${r.why}`)

// ---------------------------------------------------------------------------------------------

test('the expectation table classifies every collection, global, endpoint and site page of the config', () => {
  const unclassified = [...restAttempts('anonymous').unclassified]
  for (const page of pages) {
    const rule = SITE_RULES[page.file]
    if (!rule) unclassified.push(`site page ${page.file} (${page.pattern})`)
    else
      for (const method of page.methods)
        if (!(method in rule) && !rule.covered?.[method as 'GET' | 'POST'])
          unclassified.push(`site ${method} ${page.file}`)
  }
  // The generated lists really are the config's: the collections and globals named in issue 11 are in them.
  const slugs = listing.collections.map((c) => c.slug)
  for (const slug of [
    'accreditation-requests',
    'applicant-files',
    'passes',
    'check-ins',
    'journalists',
    'audit-entries',
    'access-log',
    'payload-locked-documents',
    'payload-preferences',
    'payload-jobs',
    'payload-migrations',
  ])
    expect(slugs).toContain(slug)
  expect(pages.map((p) => p.file)).toContain('checkin/scan.ts')
  expect(
    unclassified,
    'routes the expectation table does not classify (add them to tests/support/routesExpectations.ts)',
  ).toEqual([])
  const stale = Object.keys(COLLECTION_RULES).filter((slug) => !slugs.includes(slug))
  if (stale.length)
    console.log(`expectation rows for collections that no longer exist: ${stale.join(', ')}`)
})

for (const role of ROLES) {
  test(`REST × ${role}: every collection, global and endpoint answers as the table says`, async () => {
    const { attempts } = restAttempts(role)
    const results = await runAttempts(role, 'rest', attempts, jwtHeaders(planted.jwt[role]))
    expect(results.length).toBeGreaterThan(100)
    // The controls: what this role may do really works.
    const allowed = results.filter(
      (r) => r.ok && (r.verdict === 'allow' || r.verdict === 'own') && r.status < 300,
    )
    expect(allowed.length, `${role}: at least one allowed answer works`).toBeGreaterThan(0)
    expect
      .soft(failuresOf(results), `${role}: REST cases that did not answer as the table says`)
      .toEqual([])
  })
}

/** The control answers of the roles that may read personal data: the planted applicant is there. */
test('REST controls: accreditation staff read the planted applicant, and the press account reads only itself', async () => {
  for (const role of ['officer', 'admin'] as const) {
    const doc = (await (
      await api.get(`${CMS}/api/accreditation-requests/${planted.victim.requestId}`, {
        headers: jwtHeaders(planted.jwt[role]),
      })
    ).json()) as { idNumber: string }
    expect(doc.idNumber, role).toBe(planted.secrets.idNumber)
    const file = await api.get(
      `${CMS}/api/applicant-files/file/${planted.victim.portrait.filename}`,
      { headers: jwtHeaders(planted.jwt[role]) },
    )
    expect(file.status(), role).toBe(200)
  }
  const own = (await (
    await api.get(`${CMS}/api/journalists`, { headers: jwtHeaders(planted.jwt.journalist) })
  ).json()) as { docs: { email: string }[] }
  expect(own.docs.map((d) => d.email)).toEqual([DEMO_JOURNALIST_EMAIL])
})

for (const role of ROLES) {
  test(`site × ${role}: every page and endpoint answers as the table says`, async () => {
    const attempts: Attempt[] = []
    for (const page of pages) {
      const rule = SITE_RULES[page.file]
      if (!rule) continue
      for (const method of page.methods) {
        const site = rule[method as 'GET' | 'POST']
        if (!site) continue
        const verdict = verdictOf(site.rule, role)
        const scan =
          site.json === 'scan'
            ? { code: planted.attacker.passNumber, day: CHECKIN_DAY, zone: CHECKIN_ZONE }
            : site.json
        const data = scan ?? (site.form ? new URLSearchParams(site.form).toString() : undefined)
        attempts.push({
          target: page.file,
          op: method,
          method,
          url: `${SITE}${site.url(planted.site, role)}`,
          verdict,
          data,
        })
        // Pages answer in English under /en/ too (the middleware's other door to the same page).
        if (page.file.endsWith('.astro') && !/^(404|500)\.astro$/.test(page.file))
          attempts.push({
            target: page.file,
            op: `${method} /en`,
            method,
            url: `${SITE}/en${site.url(planted.site, role)}`,
            verdict,
            data,
          })
      }
    }
    const headers: Record<string, string> = {
      Origin: SITE,
      ...(planted.cookie[role] ? { Cookie: planted.cookie[role]! } : {}),
    }
    const results: CaseRecord[] = []
    for (const json of [true, false]) {
      const batch = attempts.filter((a) => (typeof a.data === 'string') !== json)
      const extra: Record<string, string> = json
        ? {}
        : { 'Content-Type': 'application/x-www-form-urlencoded' }
      results.push(...(await runAttempts(role, 'site', batch, { ...headers, ...extra })))
    }
    expect(results.length).toBeGreaterThan(30)
    expect
      .soft(failuresOf(results), `${role}: site cases that did not answer as the table says`)
      .toEqual([])
  })
}

// ---------------------------------------------------------------------------------------------
// The findings of issue 11, each as cases of its own. They fail on the code before the fixes.

/** Records one finding check and asserts it softly, so one test can hold several cases. */
function check(
  role: Role,
  finding: string,
  what: string,
  ok: boolean,
  detail: { method?: string; url?: string; status?: number; why?: string } = {},
) {
  recordCase({
    role,
    area: 'finding',
    target: finding,
    op: what,
    method: detail.method ?? '',
    url: (detail.url ?? '').replace(CMS, '').replace(SITE, ''),
    verdict: 'check',
    status: detail.status ?? 0,
    ok,
    finding,
    ...(ok ? {} : { why: detail.why ?? what }),
  })
  expect.soft(ok, `${finding}: ${what}${detail.why ? ` (${detail.why})` : ''}`).toBe(true)
}

const refused = (status: number) => status >= 400 && status < 500
const officerGet = async <T>(address: string): Promise<T> =>
  (await (
    await api.get(`${CMS}${address}`, { headers: jwtHeaders(planted.jwt.officer) })
  ).json()) as T

test('finding §1 identity: a journalist cannot edit their own identity, nor anyone’s password', async () => {
  const finding = '§1 identity: press account fields through REST'
  const self = `${CMS}/api/journalists/${planted.attacker.journalistId}`
  const mine = { headers: jwtHeaders(planted.attacker.jwt) }
  const before = await officerGet<{ email: string; name: string; request: unknown }>(
    `/api/journalists/${planted.attacker.journalistId}?depth=0`,
  )

  const target = uniquePerson('Đích')
  const targetToken = await applyThroughSite(api, target)
  const email = await api.patch(self, { ...mine, data: { email: target.email } })
  const afterEmail = await officerGet<{ email: string }>(
    `/api/journalists/${planted.attacker.journalistId}?depth=0`,
  )
  check(
    'journalist',
    finding,
    'PATCH own e-mail (to another applicant’s) is refused and changes nothing',
    refused(email.status()) && afterEmail.email === before.email,
    {
      method: 'PATCH',
      url: self,
      status: email.status(),
      why: `answered ${email.status()}, e-mail now ${afterEmail.email}`,
    },
  )

  // The takeover: the target is approved; the attacker's account must still point at the attacker's own application.
  const approved = await api.patch(
    `${CMS}/api/accreditation-requests/${targetToken.split('.')[0]}`,
    { headers: jwtHeaders(planted.jwt.officer), data: { status: 'approved' } },
  )
  check(
    'officer',
    finding,
    'the target’s approval itself works (no error from the attacker’s e-mail)',
    approved.status() === 200,
    {
      method: 'PATCH',
      url: `/api/accreditation-requests/${targetToken.split('.')[0]}`,
      status: approved.status(),
      why: (await approved.text()).slice(0, 160),
    },
  )
  const afterApproval = await officerGet<{ request: unknown }>(
    `/api/journalists/${planted.attacker.journalistId}?depth=0`,
  )
  const pointsAt = String(
    typeof afterApproval.request === 'object'
      ? (afterApproval.request as { id: unknown }).id
      : afterApproval.request,
  )
  check(
    'journalist',
    finding,
    'an approval never re-points an existing account to another person’s application',
    pointsAt === planted.attacker.requestId,
    {
      method: 'PATCH',
      url: `/api/accreditation-requests/${targetToken.split('.')[0]}`,
      status: approved.status(),
      why: `the attacker's account now points at request ${pointsAt}`,
    },
  )
  const press = await api.get(`${SITE}/press/`, {
    headers: { Cookie: await siteLogin(api, '/press/', afterEmail.email, ATTACKER_PASSWORD) },
  })
  check(
    'journalist',
    finding,
    'the attacker’s press area shows none of the target’s data',
    !(await press.text()).includes(target.fullName),
    {
      method: 'GET',
      url: '/press/',
      status: press.status(),
      why: 'the target’s name is in the attacker’s press area',
    },
  )

  const name = await api.patch(self, { ...mine, data: { name: 'Tên Giả Mạo' } })
  const afterName = await officerGet<{ name: string }>(
    `/api/journalists/${planted.attacker.journalistId}?depth=0`,
  )
  check(
    'journalist',
    finding,
    'PATCH own name is refused and changes nothing',
    afterName.name === before.name && refused(name.status()),
    {
      method: 'PATCH',
      url: self,
      status: name.status(),
      why: `answered ${name.status()}, name now ${afterName.name}`,
    },
  )

  for (const [url, what] of [
    [`${CMS}/api/journalists/${planted.victim.journalistId}`, 'another journalist’s'],
    [`${CMS}/api/users/${planted.adminId}`, 'the admin’s'],
  ] as const) {
    const response = await api.patch(url, { ...mine, data: { password: 'taken over password 1' } })
    check('journalist', finding, `PATCH ${what} password is refused`, refused(response.status()), {
      method: 'PATCH',
      url,
      status: response.status(),
    })
  }
  const login = await api.post(`${CMS}/api/journalists/login`, {
    data: { email: planted.secrets.email, password: 'taken over password 1' },
  })
  check(
    'journalist',
    finding,
    'the victim cannot be signed into with a password the attacker chose',
    login.status() !== 200,
    { method: 'POST', url: '/api/journalists/login', status: login.status() },
  )
})

test('finding §1 identity: staff never set a journalist’s password (they send a set-password link)', async () => {
  const finding = '§1 identity: staff set a journalist password'
  for (const role of ['officer', 'admin'] as const) {
    const password = `${role} chosen password`
    const url = `${CMS}/api/journalists/${planted.victim.journalistId}`
    const response = await api.patch(url, {
      headers: jwtHeaders(planted.jwt[role]),
      data: { password },
    })
    const login = await api.post(`${CMS}/api/journalists/login`, {
      data: { email: planted.secrets.email, password },
    })
    check(
      role,
      finding,
      `${role} PATCHes a journalist’s password: refused, and it does not sign in`,
      refused(response.status()) && login.status() !== 200,
      {
        method: 'PATCH',
        url,
        status: response.status(),
        why: `PATCH answered ${response.status()}, login with it ${login.status()}`,
      },
    )
  }
})

test('finding §4 internal collections: a journalist cannot lock their pass in the admin’s name or touch preferences and jobs', async () => {
  const finding = '§4 internal collections as journalist'
  const journalist = { headers: jwtHeaders(planted.attacker.jwt) }
  const lock = await api.post(`${CMS}/api/payload-locked-documents`, {
    ...journalist,
    data: {
      document: { relationTo: 'passes', value: Number(planted.attacker.passId) },
      globalSlug: null,
      user: { relationTo: 'users', value: Number(planted.adminId) },
    },
  })
  check(
    'journalist',
    finding,
    'lock own pass in the admin’s name: refused',
    refused(lock.status()),
    { method: 'POST', url: '/api/payload-locked-documents', status: lock.status() },
  )
  const revoke = await api.patch(`${CMS}/api/passes/${planted.attacker.passId}`, {
    headers: jwtHeaders(planted.jwt.officer),
    data: { revokedReason: 'checked by the attack matrix' },
  })
  check(
    'officer',
    finding,
    'the officer can still change the pass (not locked)',
    revoke.status() === 200,
    { method: 'PATCH', url: `/api/passes/${planted.attacker.passId}`, status: revoke.status() },
  )
  for (const [method, url, data] of [
    ['GET', `${CMS}/api/payload-locked-documents?depth=1`, undefined],
    ['POST', `${CMS}/api/payload-preferences/nav`, { value: { open: true } }],
    ['GET', `${CMS}/api/payload-preferences?depth=1`, undefined],
    ['GET', `${CMS}/api/payload-jobs/run`, undefined],
    ['GET', `${CMS}/api/payload-jobs/handle-schedules`, undefined],
  ] as const) {
    const response = await send(method, url, journalist.headers, data)
    const body = await bodyText(response)
    const ok =
      (refused(response.status()) || (response.status() === 200 && /"docs":\[\]/.test(body))) &&
      !leakIn(body, planted.secrets)
    check('journalist', finding, `${method} ${url.replace(CMS, '')}: refused`, ok, {
      method,
      url,
      status: response.status(),
      why: body.slice(0, 120),
    })
  }
})

test('finding §2 reused ids: after the newest application is deleted, the next one gets a new id and the old link opens nothing', async () => {
  const finding = '§2 reused identifiers'
  const first = await applyThroughSite(api, uniquePerson('Xoá'))
  const firstId = first.split('.')[0]!
  const deleted = await api.delete(`${CMS}/api/accreditation-requests/${firstId}`, {
    headers: jwtHeaders(planted.jwt.admin),
  })
  expect(deleted.status()).toBe(200)
  const next = uniquePerson('Mới')
  const second = await applyThroughSite(api, next)
  check(
    'admin',
    finding,
    'the next application never gets the deleted one’s id',
    second.split('.')[0] !== firstId,
    { method: 'POST', url: '/accreditation/', status: 200, why: `both got id ${firstId}` },
  )
  const old = await api.get(`${SITE}/accreditation/status/${first}/`, {
    headers: clientOf('applicant'),
  })
  const text = await old.text()
  check(
    'applicant',
    finding,
    'the deleted application’s status link opens nothing of the new applicant',
    [404, 410].includes(old.status()) && !text.includes(next.fullName),
    { method: 'GET', url: `/accreditation/status/${first}/`, status: old.status() },
  )
  const portrait = await api.get(`${SITE}/accreditation/status/${first}/portrait`, {
    headers: clientOf('applicant'),
  })
  check(
    'applicant',
    finding,
    'the deleted application’s portrait link serves no portrait',
    [404, 410].includes(portrait.status()),
    { method: 'GET', url: `/accreditation/status/${first}/portrait`, status: portrait.status() },
  )
})

test('finding §2 withdrawn: after a withdrawal the status link shows the state, never the portrait or the letter', async () => {
  const finding = '§2 withdrawn application files'
  const token = await applyThroughSite(api, uniquePerson('Rút'))
  const link = `${SITE}/accreditation/status/${token}/`
  const withdrawn = await api.post(link, {
    form: { action: 'withdraw', confirm: 'on' },
    headers: { Origin: SITE, ...clientOf('applicant') },
    maxRedirects: 0,
  })
  expect(withdrawn.status(), 'the applicant withdraws through their link').toBeLessThan(400)
  const page = await api.get(link, { headers: clientOf('applicant') })
  check('applicant', finding, 'the status link still shows the state', page.status() === 200, {
    method: 'GET',
    url: link,
    status: page.status(),
  })
  for (const file of ['portrait', 'letter']) {
    const response = await api.get(`${link}${file}`, { headers: clientOf('applicant') })
    check(
      'applicant',
      finding,
      `the withdrawn application’s ${file} is no longer served`,
      [404, 410].includes(response.status()),
      { method: 'GET', url: `${link}${file}`, status: response.status() },
    )
  }
})

test('finding §6 enumeration: the form answers a second application for an ID number like any other', async () => {
  const finding = '§6 duplicate application answer'
  // To the event the planted victim applied for (today's press conference).
  const today = await eventForApplying(calendarEvents().briefing.shared.slug!)
  const response = await api.post(`${SITE}/accreditation/?event=${today.slug}`, {
    multipart: await applicationForm({
      ...uniquePerson('Trùng'),
      event: today.slug,
      days: today.days,
      rulesVersion: today.rulesVersion,
      idNumber: planted.secrets.idNumber,
    }),
    headers: { Origin: SITE, Accept: 'application/json', ...clientOf('applicant') },
    maxRedirects: 0,
  })
  const body = await response.text()
  check(
    'applicant',
    finding,
    'no "this ID number has applied" answer to a stranger',
    response.status() === 200 &&
      !/idNumber|duplicate/i.test(body) &&
      !leakIn(body, planted.secrets),
    { method: 'POST', url: '/accreditation/', status: response.status(), why: body.slice(0, 160) },
  )
})

test('finding §3 REST parity: an application cannot be created already approved', async () => {
  const finding = '§3 REST parity: create approved'
  const victim = await officerGet<Record<string, unknown>>(
    `/api/accreditation-requests/${planted.victim.requestId}?depth=0`,
  )
  const body = (person: ReturnType<typeof uniquePerson>, status: string) => {
    const data: Record<string, unknown> = { ...victim, ...person, status }
    for (const key of [
      'id',
      'createdAt',
      'updatedAt',
      'referenceCode',
      'quotaPlace',
      'decidedAt',
      'decidedBy',
      'reasonCode',
      'decisionMessage',
      'idempotencyKey',
      'statusSecret',
    ])
      delete data[key]
    return data
  }
  const control = await api.post(`${CMS}/api/accreditation-requests`, {
    headers: jwtHeaders(planted.jwt.officer),
    data: body(uniquePerson('Đối'), 'submitted'),
  })
  const controlText = await control.text()
  expect(
    control.status(),
    `control: the same body as a new submission is accepted: ${controlText.slice(0, 300)}`,
  ).toBe(201)
  const created = await api.post(`${CMS}/api/accreditation-requests`, {
    headers: jwtHeaders(planted.jwt.officer),
    data: body(uniquePerson('Duyệt'), 'approved'),
  })
  const doc = (
    (await created.json().catch(() => ({}))) as { doc?: { id: unknown; status: string } }
  ).doc
  const passes = doc
    ? await officerGet<{ totalDocs: number }>(
        `/api/passes?where[request][equals]=${doc.id}&limit=1`,
      )
    : { totalDocs: 0 }
  check(
    'officer',
    finding,
    'REST create with status approved is refused (no pass issued, no quota skipped)',
    refused(created.status()) && passes.totalDocs === 0,
    {
      method: 'POST',
      url: '/api/accreditation-requests',
      status: created.status(),
      why: `answered ${created.status()}, status ${doc?.status}, ${passes.totalDocs} pass(es)`,
    },
  )
})

test('finding §3 REST parity: approving with no outlet and then setting a full outlet is refused (quota)', async () => {
  const finding = '§3 REST parity: quota skipped via outlet'
  const officer = { headers: jwtHeaders(planted.jwt.officer) }
  const outletName = `Báo Hạn Ngạch ${randomBytes(3).toString('hex')}`
  const outlet = (await (
    await api.post(`${CMS}/api/outlets`, {
      ...officer,
      data: {
        name: outletName,
        type: 'print',
        scope: 'provincial',
        active: true,
        quotas: { reporter: 1, photographer: 0, cameraOperator: 0, technician: 0 },
      },
    })
  ).json()) as { doc: { id: number } }
  // A full outlet's quota takes new applications only onto its waiting list, by choice.
  const apply = async (outletId: string | null) =>
    applyThroughSite(api, {
      ...uniquePerson('Hạn'),
      role: 'reporter',
      ...(outletId ? { outlet: outletId, outletOther: '', joinWaitingList: 'on' } : {}),
    })
  const approve = (token: string, data: Record<string, unknown> = { status: 'approved' }) =>
    api.patch(`${CMS}/api/accreditation-requests/${token.split('.')[0]}`, { ...officer, data })
  // The form lists a new outlet once the site's cached options are renewed (a few seconds).
  await expect
    .poll(async () => (await api.get(`${SITE}/accreditation/?event=${COUNCIL_SLUG}`)).text(), {
      timeout: 15_000,
    })
    .toContain(outletName)
  const filler = await apply(String(outlet.doc.id))
  expect((await approve(filler)).status(), 'the outlet’s one reporter place is taken').toBe(200)
  const over = await approve(await apply(String(outlet.doc.id)))
  expect(over.status(), 'control: approving a second reporter of the full outlet is refused').toBe(
    409,
  )
  const sneaky = await apply(null)
  expect((await approve(sneaky)).status(), 'approved with no outlet (no quota)').toBe(200)
  const moved = await approve(sneaky, { outlet: outlet.doc.id })
  const after = await officerGet<{ outlet: unknown }>(
    `/api/accreditation-requests/${sneaky.split('.')[0]}?depth=0`,
  )
  check(
    'officer',
    finding,
    'setting the full outlet on an approved application is refused',
    refused(moved.status()) && !after.outlet,
    {
      method: 'PATCH',
      url: `/api/accreditation-requests/${sneaky.split('.')[0]}`,
      status: moved.status(),
      why: `answered ${moved.status()}, outlet now ${JSON.stringify(after.outlet)}`,
    },
  )
})

test('finding §3 REST parity: passwords outside 10–200 characters are refused through REST', async () => {
  const finding = '§3 REST parity: password length'
  const admin = { headers: jwtHeaders(planted.jwt.admin) }
  for (const password of ['abc12', 'x'.repeat(300)]) {
    const label = `${password.length} characters`
    const staff = await api.post(`${CMS}/api/users`, {
      ...admin,
      data: {
        name: 'Mật khẩu ngắn',
        email: `pw.${randomBytes(4).toString('hex')}@test.local`,
        password,
        roles: ['editor'],
      },
    })
    check(
      'admin',
      finding,
      `admin creates a staff account with a password of ${label}: refused`,
      refused(staff.status()),
      { method: 'POST', url: '/api/users', status: staff.status() },
    )
    // A throw-away journalist of its own, so a password that slips through spoils nothing else.
    const self = await api.patch(`${CMS}/api/journalists/${planted.attacker.journalistId}`, {
      headers: jwtHeaders(planted.attacker.jwt),
      data: { password },
    })
    check(
      'journalist',
      finding,
      `a journalist sets their own password of ${label} through REST: refused`,
      refused(self.status()),
      {
        method: 'PATCH',
        url: `/api/journalists/${planted.attacker.journalistId}`,
        status: self.status(),
      },
    )
    const reset = await api.post(`${CMS}/api/journalists/reset-password`, {
      data: { token: randomBytes(20).toString('hex'), password },
    })
    check(
      'anonymous',
      finding,
      `reset-password with a password of ${label}: refused, never 5xx`,
      refused(reset.status()),
      { method: 'POST', url: '/api/journalists/reset-password', status: reset.status() },
    )
  }
})

test('finding §3 REST parity: four forgot-password requests in a second send at most one e-mail', async () => {
  const finding = '§3 REST parity: forgot-password throttle'
  const mailsTo = async (email: string) =>
    (await allMail()).filter((mail) => mail.to.includes(email)).length
  for (const [collection, email, role] of [
    ['journalists', planted.attacker.email, 'journalist'],
    ['users', staffEmail('editor'), 'editor'],
  ] as const) {
    const before = await mailsTo(email)
    const answers = await Promise.all(
      Array.from({ length: 4 }, () =>
        api.post(`${CMS}/api/${collection}/forgot-password`, {
          data: { email },
          headers: clientOf('anonymous'),
        }),
      ),
    )
    await new Promise((resolve) => setTimeout(resolve, 3000))
    const sent = (await mailsTo(email)) - before
    check(
      role,
      finding,
      `4 × POST /api/${collection}/forgot-password in a second: at most 1 e-mail`,
      sent <= 1 && answers.every((a) => a.status() < 500),
      {
        method: 'POST',
        url: `/api/${collection}/forgot-password`,
        status: answers[3]!.status(),
        why: `${sent} e-mails sent, answers ${answers.map((a) => a.status()).join(',')}`,
      },
    )
  }
})

test('finding §5 sessions: signing out of /press/ and /checkin/ ends the session on the server', async () => {
  const finding = '§5 sessions: copied cookie after sign-out'
  const press = await siteLogin(api, '/press/', DEMO_JOURNALIST_EMAIL)
  const pressPage = async () =>
    (await api.get(`${SITE}/press/`, { headers: { Cookie: press } })).text()
  const name = 'Xin chào'
  expect(await pressPage(), 'control: the fresh press cookie opens the press area').toContain(name)
  await api.post(`${SITE}/press/logout`, {
    headers: { Cookie: press, Origin: SITE },
    maxRedirects: 0,
  })
  check(
    'journalist',
    finding,
    'the copied /press/ cookie stops working after sign-out',
    !(await pressPage()).includes(name),
    { method: 'GET', url: '/press/' },
  )
  const rest = (await (
    await api.get(`${CMS}/api/journalists/me`, {
      headers: { Authorization: `JWT ${press.split('=').slice(1).join('=')}` },
    })
  ).json()) as { user: unknown }
  check('journalist', finding, 'the signed-out press token is refused by REST too', !rest.user, {
    method: 'GET',
    url: '/api/journalists/me',
  })

  const door = await siteLogin(api, '/checkin/', staffEmail('checkin-staff'))
  const offline = async () =>
    (await api.get(`${SITE}/checkin/offline-data`, { headers: { Cookie: door } })).status()
  expect(await offline(), 'control: the fresh door cookie works').toBe(200)
  await api.post(`${SITE}/checkin/logout`, {
    headers: { Cookie: door, Origin: SITE },
    maxRedirects: 0,
  })
  const after = await offline()
  check(
    'checkin',
    finding,
    'the copied /checkin/ cookie stops working after sign-out',
    after === 401,
    { method: 'GET', url: '/checkin/offline-data', status: after },
  )
})

test('finding §5 sessions: several door phones signed in to one staff account at once all stay signed in', async () => {
  const finding = '§5 sessions: parallel door phones'
  const phones = await Promise.all(
    Array.from({ length: 3 }, () => siteLogin(api, '/checkin/', staffEmail('checkin-staff'))),
  )
  const statuses = await Promise.all(
    phones.map(async (cookie) =>
      (await api.get(`${SITE}/checkin/offline-data`, { headers: { Cookie: cookie } })).status(),
    ),
  )
  check(
    'checkin',
    finding,
    'three phones signed in at the same moment all work',
    statuses.every((s) => s === 200),
    {
      method: 'GET',
      url: '/checkin/offline-data',
      status: statuses.find((s) => s !== 200) ?? 200,
      why: `answers ${statuses.join(',')}`,
    },
  )
})

test('finding §7 door staff: a portrait only right after its scan, and every view is in the access log', async () => {
  const finding = '§7 door staff portraits'
  const count = async () =>
    (
      (await (
        await api.get(`${CMS}/api/access-log?limit=1`, { headers: jwtHeaders(planted.jwt.admin) })
      ).json()) as { totalDocs: number }
    ).totalDocs
  const door = { Cookie: planted.cookie.checkin! }
  const scan = await api.post(`${SITE}/checkin/scan`, {
    headers: door,
    data: { code: planted.attacker.passNumber, day: CHECKIN_DAY, zone: CHECKIN_ZONE },
  })
  const portraitUrl = ((await scan.json()) as { portrait?: string | null }).portrait
  expect(portraitUrl, 'control: the scan answer names the holder’s portrait').toBeTruthy()
  const before = await count()
  const scanned = await api.get(`${SITE}${portraitUrl}`, { headers: door })
  expect(scanned.status(), 'control: the portrait of the pass just scanned').toBe(200)
  expect(scanned.headers()['content-type']).toMatch(/^image\//)
  check(
    'checkin',
    finding,
    'the portrait view is in the staff access log',
    (await count()) > before,
    { method: 'GET', url: portraitUrl!, status: 200 },
  )
  const unscanned = await api.get(`${SITE}/checkin/portrait/${planted.victim.passId}`, {
    headers: { Cookie: planted.cookie.checkin! },
  })
  check(
    'checkin',
    finding,
    'the portrait of a pass never scanned is refused',
    unscanned.status() === 404,
    {
      method: 'GET',
      url: `/checkin/portrait/${planted.victim.passId}`,
      status: unscanned.status(),
    },
  )
})

test('finding §8 files: a letter PDF never opens as an active document in an officer’s browser', async () => {
  const finding = '§8 letter PDF served inert'
  const url = `${CMS}/api/applicant-files/file/${planted.victim.letter.filename}`
  const response = await api.get(url, { headers: jwtHeaders(planted.jwt.officer) })
  expect(response.status()).toBe(200)
  const headers = response.headers()
  const inert =
    /^attachment/i.test(headers['content-disposition'] ?? '') ||
    /(^|;)\s*sandbox/.test(headers['content-security-policy'] ?? '') ||
    !/pdf/.test(headers['content-type'] ?? '')
  check('officer', finding, 'served as a download or under a sandboxing CSP', inert, {
    method: 'GET',
    url,
    status: 200,
    why: `content-disposition ${headers['content-disposition']}, csp ${headers['content-security-policy']}`,
  })
})

test('finding §9 every answer: unknown methods answer 405 and every answer carries the security headers', async () => {
  const finding = '§9 every answer: methods and headers'
  const home = await (await api.get(`${SITE}/`)).text()
  const siteAsset = /(\/_astro\/[^"'\s)]+\.(?:js|css))/.exec(home)?.[1]
  const adminLogin = await (await api.get(`${CMS}/admin/login`)).text()
  const cmsAsset = /(\/_next\/static\/[^"'\s)]+\.(?:js|css))/.exec(adminLogin)?.[1]
  for (const [server, base] of [
    ['site', SITE],
    ['cms', CMS],
  ] as const) {
    for (const address of server === 'site'
      ? ['/', '/accreditation/', '/checkin/scan', '/media/none.jpg']
      : ['/api/news', '/api/accreditation-requests', '/admin', '/api/health']) {
      const response = await send('TRACE', `${base}${address}`, {})
      check('anonymous', finding, `TRACE ${server} ${address} → 405`, response.status() === 405, {
        method: 'TRACE',
        url: `${base}${address}`,
        status: response.status(),
      })
      const headers = SECURITY_HEADERS(response)
      check('anonymous', finding, `security headers on TRACE ${server} ${address}`, !headers, {
        method: 'TRACE',
        url: `${base}${address}`,
        status: response.status(),
        why: headers ?? '',
      })
    }
  }
  const answers: [string, string][] = [
    ['site favicon', `${SITE}/favicon.svg`],
    ['site static asset', siteAsset ? `${SITE}${siteAsset}` : `${SITE}/_astro/none.js`],
    ['site 404', `${SITE}/no-such-page-${randomBytes(3).toString('hex')}/`],
    ['site missing media file', `${SITE}/media/none.jpg`],
    [
      'site forged status portrait',
      `${SITE}${'/accreditation/status/'}${planted.site.forgedVictimToken}/portrait`,
    ],
    ['cms favicon', `${CMS}/favicon.ico`],
    ['cms static asset', cmsAsset ? `${CMS}${cmsAsset}` : `${CMS}/_next/static/none.js`],
    ['cms 404 page', `${CMS}/no-such-page-${randomBytes(3).toString('hex')}`],
    ['cms REST 404', `${CMS}/api/no-such-collection`],
    ['cms refused file', `${CMS}/api/applicant-files/file/${planted.victim.portrait.filename}`],
  ]
  for (const [what, url] of answers) {
    const response = await api.get(url, { maxRedirects: 0 })
    const missing = SECURITY_HEADERS(response)
    check(
      'anonymous',
      finding,
      `security headers on ${what}`,
      !missing && response.status() < 500,
      {
        method: 'GET',
        url,
        status: response.status(),
        why: missing ?? `status ${response.status()}`,
      },
    )
  }
})

test('finding §9: the admin refuses a journalist’s session (control for the matrix’s staff-only routes)', async () => {
  const response = await api.get(`${CMS}/api/users/me`, {
    headers: jwtHeaders(planted.jwt.journalist),
  })
  const me = (await response.json()) as { user: unknown }
  check(
    'journalist',
    '§9 journalist token is no staff token',
    'GET /api/users/me with a journalist token: nobody',
    !me.user,
    { method: 'GET', url: '/api/users/me', status: response.status() },
  )
  expect(ATTACKER_PASSWORD.length).toBeGreaterThanOrEqual(10)
  expect(await restLogin(api, 'journalists', DEMO_JOURNALIST_EMAIL, DEMO_PASSWORD)).toBeTruthy()
})

test('finding §6 enumeration and lockout: REST sign-in answers alike in time, and wrong passwords never lock the owner out', async () => {
  const finding = '§6 sign-in timing and lockout'
  const email = `timing.${randomBytes(4).toString('hex')}@test.local`
  const password = 'the right password 2025'
  const created = await api.post(`${CMS}/api/users`, {
    headers: jwtHeaders(planted.jwt.admin),
    data: { name: 'Timing test', email, password, roles: ['editor'] },
  })
  expect(created.status()).toBe(201)
  const timed = async (who: string) => {
    const started = performance.now()
    const response = await api.post(`${CMS}/api/users/login`, {
      data: { email: who, password: 'a wrong password 1' },
      headers: { 'X-Forwarded-For': '198.18.8.1' },
    })
    return {
      ms: performance.now() - started,
      status: response.status(),
      body: await response.text(),
    }
  }
  const known: number[] = []
  const unknown: number[] = []
  let sameAnswer = true
  for (let i = 0; i < 6; i++) {
    const a = await timed(email)
    const b = await timed(`nobody.${randomBytes(4).toString('hex')}@test.local`)
    known.push(a.ms)
    unknown.push(b.ms)
    sameAnswer &&= a.status === b.status && a.body === b.body
  }
  const median = (values: number[]) =>
    [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)]!
  const gap = Math.abs(median(known) - median(unknown))
  check('anonymous', finding, 'known and unknown e-mails: the same answer', sameAnswer, {
    method: 'POST',
    url: '/api/users/login',
  })
  check(
    'anonymous',
    finding,
    'known and unknown e-mails: the same time (medians within 30 ms)',
    gap <= 30,
    {
      method: 'POST',
      url: '/api/users/login',
      why: `median ${median(known).toFixed(0)} ms vs ${median(unknown).toFixed(0)} ms`,
    },
  )
  // The owner, from their own client, after a stranger's six wrong passwords.
  const owner = await api.post(`${CMS}/api/users/login`, {
    data: { email, password },
    headers: { 'X-Forwarded-For': '198.18.8.2' },
  })
  check(
    'editor',
    finding,
    'the real owner still signs in after a stranger’s wrong passwords',
    owner.status() === 200,
    { method: 'POST', url: '/api/users/login', status: owner.status() },
  )
})

// Last: these send many wrong passwords, and a limit keyed on the real client address would brake the tests after them.
test('finding §3 REST parity: admin REST sign-in has a per-client limit', async () => {
  test.setTimeout(120_000)
  const finding = '§3 REST parity: REST sign-in throttle'
  // The test portal allows a client 2 × 200 failed staff sign-ins per 10 minutes (serve.ts): send
  // a little more, 24 at a time, from one client of its own, and stop at the first refusal.
  const client = { 'X-Forwarded-For': '198.18.9.99' }
  const statuses: number[] = []
  for (let round = 0; round < 19 && !statuses.includes(429); round++) {
    const answers = await Promise.all(
      Array.from({ length: 24 }, () =>
        api.post(`${CMS}/api/users/login`, {
          headers: client,
          data: {
            email: `nobody.${randomBytes(4).toString('hex')}@test.local`,
            password: 'wrong password 123',
          },
        }),
      ),
    )
    statuses.push(...answers.map((a) => a.status()))
  }
  check(
    'anonymous',
    finding,
    `${statuses.length} wrong sign-ins from one client are throttled (429)`,
    statuses.includes(429) && statuses.every((s) => s < 500),
    {
      method: 'POST',
      url: '/api/users/login',
      status: statuses.at(-1),
      why: `answers: ${[...new Set(statuses)].join(',')}`,
    },
  )
})
test('summary: attack cases per role and their answers (test-results/attack-matrix.md)', () => {
  const summary = writeSummary()
  console.log(summary.split('\n## ')[0])
  for (const role of ROLES)
    expect(summary, role).toMatch(new RegExp(`\\| ${role} \\| [1-9]\\d* \\|`))
})
