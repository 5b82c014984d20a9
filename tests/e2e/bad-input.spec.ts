import { readdirSync, statSync, writeFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { expect, test } from '@playwright/test'

import { DEMO_PASSWORD } from '~/cms/seed/users'
import {
  applicationCases,
  type Case,
  checkInCases,
  cmsCases,
  malformedCases,
  publicPageCases,
  signInCases,
  statusLinkCases,
} from './badInput/cases'
import { pendingApplication, staffEmail } from './journalists'
import { E2E_CMS_URL as CMS, E2E_SITE_URL as SITE, E2E_TEMP_NAME } from './ports'

/**
 * The bad-input suite: every public endpoint and form, sent what no honest client sends. Each case
 * must get a 4xx with a clear message (in the visitor's language where a visitor sent it), never a
 * 5xx, and nothing may be stored. Prints the counts; cases live in badInput/cases.ts.
 */
test.describe.configure({ mode: 'serial' })
test.setTimeout(300_000)

const PRIVATE = path.join(tmpdir(), E2E_TEMP_NAME, 'data', 'private')
const filesIn = (dir: string): number => {
  try {
    return readdirSync(dir).reduce(
      (n, name) =>
        n + (statSync(path.join(dir, name)).isDirectory() ? filesIn(path.join(dir, name)) : 1),
      0,
    )
  } catch {
    return 0
  }
}

async function staffJwt(role: string): Promise<string> {
  const response = await fetch(`${CMS}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: staffEmail(role), password: DEMO_PASSWORD }),
  })
  return ((await response.json()) as { token: string }).token
}

async function doorCookie(): Promise<string> {
  const response = await fetch(`${SITE}/checkin/`, {
    method: 'POST',
    redirect: 'manual',
    headers: { Origin: SITE },
    body: new URLSearchParams({ email: staffEmail('checkin-staff'), password: DEMO_PASSWORD }),
  })
  return response.headers.get('set-cookie')!.split(';')[0]!
}

const STORED = [
  'accreditation-requests',
  'applicant-files',
  'journalists',
  'passes',
  'check-ins',
  'audit-entries',
  'outlets',
  'news',
  'users',
] as const
async function storedCounts(jwt: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = { 'private files': filesIn(PRIVATE) }
  for (const collection of STORED) {
    const response = await fetch(`${CMS}/api/${collection}?limit=1&depth=0`, {
      headers: { Authorization: `JWT ${jwt}` },
    })
    counts[collection] = ((await response.json()) as { totalDocs: number }).totalDocs
  }
  return counts
}

/** What is wrong with the answer to one case, or null. */
function judge(testCase: Case, status: number, type: string, body: string): string | null {
  if (status >= 500) return `${status} server error`
  if (status < 400) return `${status} instead of a 4xx`
  if (/\bat .+:\d+:\d+\)|node_modules|SQLITE_|DrizzleQueryError/.test(body))
    return 'internals in the answer'
  if (type.includes('json')) {
    let parsed: unknown
    try {
      parsed = JSON.parse(body)
    } catch {
      return 'JSON that does not parse'
    }
    const text = JSON.stringify(parsed)
    if (!/"(errors|message|error)"/.test(text) || text.length < 15)
      return `no message in ${text.slice(0, 80)}`
  } else if (type.includes('html')) {
    if (!/role="alert"|<h1[\s>]/.test(body)) return 'a page without a heading or alert'
  } else if (body.trim().length < 3) {
    return `an empty ${type || 'untyped'} answer`
  }
  if (testCase.says && !testCase.says.test(body)) return `does not say ${testCase.says}`
  return null
}

test('every bad input gets a 4xx with a clear message, no 5xx, and nothing is stored', async ({
  request,
}) => {
  const officer = await staffJwt('accreditation-officer')
  const admin = await staffJwt('admin')
  const door = await doorCookie()
  // A real pending application, whose status link the status-page cases use.
  const { token } = await pendingApplication(request, { fullName: 'Ứng Viên Đang Chờ' })
  const cases: Case[] = [
    ...(await applicationCases()),
    ...malformedCases(),
    ...statusLinkCases(token),
    ...checkInCases(),
    ...signInCases(),
    ...publicPageCases(),
    ...cmsCases(),
  ]
  const before = await storedCounts(admin)

  const failures: string[] = []
  const statuses: Record<number, number> = {}
  for (const testCase of cases) {
    const base = testCase.path.startsWith('/api') ? CMS : SITE
    const headers: Record<string, string> = {
      ...(base === SITE && testCase.method !== 'GET' ? { Origin: SITE } : {}),
      ...testCase.headers,
    }
    if (testCase.as === 'door') headers.Cookie = door
    if (testCase.as === 'officer') headers.Authorization = `JWT ${officer}`
    const response = await fetch(base + testCase.path, {
      method: testCase.method,
      headers,
      body: testCase.body,
      redirect: 'manual',
    }).catch((error: Error) => error)
    if (response instanceof Error) {
      failures.push(`${testCase.group} › ${testCase.name}: no answer (${response.message})`)
      continue
    }
    const body = await response.text()
    statuses[response.status] = (statuses[response.status] ?? 0) + 1
    const problem = judge(
      testCase,
      response.status,
      response.headers.get('content-type') ?? '',
      body,
    )
    if (problem) failures.push(`${testCase.group} › ${testCase.name}: ${problem}`)
  }

  const after = await storedCounts(admin)
  const report = {
    cases: cases.length,
    failures: failures.length,
    statuses,
    groups: Object.fromEntries(
      [...new Set(cases.map((c) => c.group))].map((g) => [
        g,
        cases.filter((c) => c.group === g).length,
      ]),
    ),
  }
  mkdirSync('test-results', { recursive: true })
  writeFileSync(
    'test-results/bad-input.json',
    JSON.stringify({ ...report, failing: failures }, null, 2),
  )
  console.log(
    `bad-input suite: ${cases.length} cases, ${failures.length} failing; statuses ${JSON.stringify(statuses)}`,
  )
  expect(cases.length).toBeGreaterThanOrEqual(200)
  expect(failures, failures.join('\n')).toEqual([])
  expect(after, 'nothing stored').toEqual(before)
})
