import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import type { APIResponse } from '@playwright/test'

import { ROLES, type Role, type Verdict } from './routesExpectations'

/**
 * Bookkeeping of the attack matrix: how one answer is judged against its verdict, the record of
 * every case sent (one JSON line each, so the record survives Playwright restarting its worker
 * after a failed test), and the summary table "role × answers" for the lead's report.
 */
export const RESULTS_DIR = path.resolve('test-results')
export const CASES_FILE = path.join(RESULTS_DIR, 'attack-matrix.cases.jsonl')
export const SUMMARY_FILE = path.join(RESULTS_DIR, 'attack-matrix.md')

export type CaseRecord = {
  role: Role
  area: 'rest' | 'site' | 'finding'
  target: string
  op: string
  method: string
  url: string
  verdict: Verdict | 'check'
  status: number
  ok: boolean
  why?: string
  /** A case of a finding of issue 11 that fails on the code before the fixes. */
  finding?: string
}

export function resetCases() {
  mkdirSync(RESULTS_DIR, { recursive: true })
  writeFileSync(CASES_FILE, '')
}

export function recordCase(record: CaseRecord) {
  mkdirSync(RESULTS_DIR, { recursive: true })
  appendFileSync(CASES_FILE, `${JSON.stringify(record)}\n`)
}

export const readCases = (): CaseRecord[] =>
  existsSync(CASES_FILE)
    ? readFileSync(CASES_FILE, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as CaseRecord)
    : []

/** The planted applicant's identifying data: any of it in an answer the role may not get is a leak. */
export type Secrets = { fullName: string; idNumber: string; email: string }

export function leakIn(body: string, secrets: Secrets): string | null {
  for (const [what, value] of Object.entries(secrets))
    if (value && body.includes(value)) return what
  return null
}

/**
 * A 200 that holds nothing: an empty page of a list, a count of 0, or (for a read) nothing but a
 * message, as Payload's preferences endpoint answers a key it does not find.
 */
const holdsNothing = (body: string, method: string) => {
  try {
    const json = JSON.parse(body) as {
      docs?: unknown[]
      totalDocs?: number
      message?: unknown
      value?: unknown
    }
    if ((Array.isArray(json.docs) && json.docs.length === 0) || json.totalDocs === 0) return true
    return (
      method === 'GET' &&
      typeof json.message === 'string' &&
      (json.value ?? null) === null &&
      Object.keys(json).every((key) => key === 'message' || key === 'value')
    )
  } catch {
    return false
  }
}

/**
 * Judges one answer. `probe`: an allowed write sent with an empty body or at a target that does not
 * exist (so the matrix destroys nothing); its answer shows only that access was not refused.
 */
export function judge(options: {
  verdict: Verdict
  method: string
  status: number
  body: string
  secrets: Secrets
  probe?: boolean
  personalAllowed?: boolean
}): string | null {
  const { verdict, status, body, secrets, probe } = options
  if (status >= 500) return `server error ${status}`
  const leaked = leakIn(body, secrets)
  if (leaked && !((verdict === 'allow' || verdict === 'any') && options.personalAllowed))
    return `leaked the planted applicant's ${leaked}`
  switch (verdict) {
    case 'deny':
      if ([401, 403, 404, 405].includes(status)) return null
      if (status === 200 && holdsNothing(body, options.method)) return null
      return `not refused: ${status}`
    case 'allow':
      if (status >= 200 && status < 300) return null
      if (probe && (status === 400 || status === 404)) return null
      return `refused an allowed role: ${status}`
    case 'own':
      return status >= 200 && status < 300 ? null : `refused an allowed role: ${status}`
    case 'any':
      return null
    case 'invalid':
      return status >= 400 && status < 500 ? null : `bad input not refused: ${status}`
  }
}

export const bodyText = async (response: APIResponse) => (await response.body()).toString('utf8')

const answerClass = (status: number) => {
  if (status >= 500) return '5xx'
  if (status >= 200 && status < 300) return '2xx'
  if (status >= 300 && status < 400) return '3xx'
  if ([401, 403, 404, 405, 429].includes(status)) return String(status)
  if (status === 0) return 'not sent'
  return 'other 4xx'
}

/** Writes test-results/attack-matrix.md: cases and answers per role, and every failing case. */
export function writeSummary(): string {
  const cases = readCases()
  const columns = ['2xx', '3xx', '401', '403', '404', '405', '429', 'other 4xx', '5xx']
  const lines = [
    '# Attack matrix (tests/e2e/attack-matrix.spec.ts)',
    '',
    `${cases.length} cases, ${cases.filter((c) => c.ok).length} as expected, ${cases.filter((c) => !c.ok).length} failing.`,
    '',
    `| role | cases | REST | site | findings | pass | fail | ${columns.join(' | ')} |`,
    `|---|---|---|---|---|---|---|${columns.map(() => '---').join('|')}|`,
  ]
  for (const role of ROLES) {
    const mine = cases.filter((c) => c.role === role)
    const count = (predicate: (c: CaseRecord) => boolean) => mine.filter(predicate).length
    lines.push(
      `| ${role} | ${mine.length} | ${count((c) => c.area === 'rest')} | ${count((c) => c.area === 'site')} | ${count((c) => c.area === 'finding')} | ${count((c) => c.ok)} | ${count((c) => !c.ok)} | ${columns.map((column) => count((c) => answerClass(c.status) === column)).join(' | ')} |`,
    )
  }
  const failing = cases.filter((c) => !c.ok)
  lines.push('', `## Failing cases (${failing.length})`, '')
  const groups = new Map<string, CaseRecord[]>()
  for (const c of failing)
    groups.set(c.finding ?? `${c.area}: ${c.target}`, [
      ...(groups.get(c.finding ?? `${c.area}: ${c.target}`) ?? []),
      c,
    ])
  for (const [group, members] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`- **${group}** (${members.length})`)
    for (const c of members.slice(0, 12))
      lines.push(`  - ${c.role}: ${c.method} ${c.url} (${c.op}) → ${c.status}: ${c.why ?? ''}`)
    if (members.length > 12) lines.push(`  - … and ${members.length - 12} more`)
  }
  const text = `${lines.join('\n')}\n`
  mkdirSync(RESULTS_DIR, { recursive: true })
  writeFileSync(SUMMARY_FILE, text)
  return text
}
