import '~/cms/scripts/requireNode'

import { type ChildProcess, spawn } from 'node:child_process'
import { randomBytes, randomInt } from 'node:crypto'
import {
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import path from 'node:path'

import { createClient } from '@libsql/client'

import { ADMIN_SERVER, SITE_SERVER } from '~/cms/scripts/siteServer'
import { DEMO_PASSWORD, DEMO_STAFF } from '~/cms/seed/users'
import { localDate } from '~/cms/lib/time'
import { applicationForm } from '../int/fixtures/application'
import { useTempPortal } from '../support/tempPortal'

/**
 * `npm run fault:kill`: `kill -9` in the middle of a burst, twice. Phase 1 kills the site (the
 * process that writes applications) while applications arrive; phase 2 kills the admin process
 * while officers approve applications through its REST API (each approval also issues a pass and
 * an audit entry) and applications keep arriving at the site. Each killed server is restarted and
 * the forms that got no answer are sent again with the same idempotency key, as a browser would.
 * Then the SQLite file is checked: every acknowledged application is there whole (row, reference
 * code, both files on disk, audit entry), no row is half-written, every acknowledged approval has
 * its pass, and `PRAGMA integrity_check` says ok. Writes a Markdown report; exit 1 on any failure.
 */
const COUNT = Number(process.env.FAULT_APPLICATIONS ?? 120)
const CONCURRENCY = 8

// Fixed ports away from `npm start` and the end-to-end tests (FAULT_PORT moves them): the build
// bakes the site address in, so a port that changed every run would rebuild every run.
const sitePort = Number(process.env.FAULT_PORT ?? 4781)
const cmsPort = sitePort + 1
const ANSWER_WITHIN_MS = 30_000
const SITE = `http://127.0.0.1:${sitePort}`
const CMS = `http://127.0.0.1:${cmsPort}`
const dir = useTempPortal(
  `portal-fault-kill-${process.pid}`,
  { site: SITE, cms: CMS },
  {
    RATE_LIMIT_APPLY_PER_10_MIN: '1000000',
    RATE_LIMIT_STATUS_PER_MIN: '1000000',
    SITE_HOST: '127.0.0.1',
    CMS_HOST: '127.0.0.1',
  },
)
// No SMTP server: mail goes to data/mail/*.eml (a killed server would cut an SMTP session short).
const { buildIfNeeded } = await import('~/cms/scripts/build')
const { prepareDatabase } = await import('~/cms/scripts/prepareDatabase')
buildIfNeeded()
await prepareDatabase({ seed: true })

const shared: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: 'production',
  NEXT_TELEMETRY_DISABLED: '1',
  ASTRO_TELEMETRY_DISABLED: '1',
}
// The servers' error output goes to test-results/faults/*.log, for a look after a failed run.
mkdirSync('test-results/faults', { recursive: true })
const log = (name: string) => openSync(`test-results/faults/${name}.log`, 'a')
const startSite = (): ChildProcess =>
  spawn(process.execPath, SITE_SERVER, {
    // One process: the kill -9 lands on the one that writes the applications.
    env: {
      ...shared,
      PORTAL_PROCESS: 'site',
      PORT: String(sitePort),
      HOST: '127.0.0.1',
      SITE_PROCESSES: '1',
    },
    stdio: ['ignore', 'ignore', log('site')],
  })
const startCms = (): ChildProcess =>
  spawn(process.execPath, ADMIN_SERVER, {
    env: { ...shared, PORTAL_PROCESS: 'cms', PORT: String(cmsPort), HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', log('admin')],
    detached: true,
  })
async function waitFor(url: string) {
  for (let i = 0; i < 600; i++) {
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`${url} did not answer`)
}
/** SIGKILL, to the whole process group for the admin (its server may run workers of its own). */
function killHard(child: ChildProcess, group = false): Promise<void> {
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  if (group && child.pid) process.kill(-child.pid, 'SIGKILL')
  else child.kill('SIGKILL')
  return exited
}

type Sent = {
  key: string
  form: FormData
  status: number
  acknowledged: boolean
  attempts: number
  hung: number
}
const officer = DEMO_STAFF.find((user) => user.roles.includes('accreditation-officer' as never))!

let firstRefusal: string | null = null

async function send(item: Sent) {
  item.attempts += 1
  const response = await fetch(`${SITE}/accreditation/`, {
    method: 'POST',
    body: item.form,
    headers: { Accept: 'application/json', Origin: SITE },
    signal: AbortSignal.timeout(ANSWER_WITHIN_MS),
  }).catch((error: Error) => {
    if (error.name === 'TimeoutError') item.hung += 1
    return null
  })
  const body = response
    ? ((await response.json().catch(() => null)) as { ok?: boolean; redirect?: string } | null)
    : null
  item.status = response?.status ?? 0
  // A refusal is not a fault under test: the first one's answer is reported, so a stale form says why.
  if (response && response.status >= 400 && response.status < 500 && !firstRefusal) {
    firstRefusal = `first refusal (${response.status}): ${JSON.stringify(body).slice(0, 300)}`
    note(firstRefusal)
  }
  item.acknowledged = item.acknowledged || Boolean(response?.ok && body?.ok && body.redirect)
}

/** Sends again, one by one, what got no answer; stops at the first that hangs (the report says so). */
async function resend(items: Sent[]) {
  for (const item of items) {
    await send(item)
    if (item.hung && !item.acknowledged)
      return note(
        `a re-sent form got no answer within ${ANSWER_WITHIN_MS / 1000} s: stopped re-sending`,
      )
  }
}

/** Sends `items` C at a time; calls `midway` once, when half of them have been sent. */
async function burst(items: Sent[], midway: () => Promise<void>) {
  let next = 0
  let fault: Promise<void> | null = null
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < items.length) {
        const item = items[next++]!
        if (!fault && next >= items.length / 2) fault = midway()
        await send(item)
      }
    }),
  )
  await fault
}

let site = startSite()
let cms = startCms()
const timeline: string[] = []
const note = (line: string) => {
  timeline.push(line)
  console.log(`· ${line}`)
}
try {
  await Promise.all([waitFor(`${SITE}/health`), waitFor(`${CMS}/api/health`)])
  await fetch(`${SITE}/accreditation/`).then((r) => r.arrayBuffer())
  const firstId = randomInt(100_000)
  const items: Sent[] = await Promise.all(
    Array.from({ length: COUNT }, async (_, i) => {
      const key = `fault-${i}-${randomBytes(9).toString('base64url')}`
      // A CCCD of someone born in 1990, as the form's date of birth says.
      const idNumber = `0961900${String((firstId + i) % 100_000).padStart(5, '0')}`
      return {
        key,
        form: await applicationForm({
          idNumber,
          idempotencyKey: key,
          email: `fault.${i}@example.vn`,
          // The demo event open for applications today (the congress's days are past).
          days: [localDate()],
        }),
        status: 0,
        acknowledged: false,
        attempts: 0,
        hung: 0,
      }
    }),
  )
  const [phase1, phase2, phase3] = [
    items.slice(0, COUNT / 2),
    items.slice(COUNT / 2, COUNT - 10),
    items.slice(COUNT - 10),
  ]

  // Phase 1: the site dies mid-burst.
  await burst(phase1, async () => {
    await new Promise((r) => setTimeout(r, 150))
    await killHard(site)
    note(
      `site killed (SIGKILL) with ${phase1.filter((i) => i.status).length} of ${phase1.length} answered`,
    )
    site = startSite()
    await waitFor(`${SITE}/health`)
    note('site restarted')
  })
  const unanswered1 = phase1.filter((i) => !i.acknowledged)
  await resend(unanswered1)
  note(
    `${unanswered1.length} phase-1 forms without an answer sent again with the same idempotency key`,
  )

  // Phase 2: the admin dies while officers approve and applications keep arriving.
  const login = await fetch(`${CMS}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: officer.email, password: DEMO_PASSWORD }),
  })
  const { token } = (await login.json()) as { token: string }
  const toApprove = (
    (await (
      await fetch(
        `${CMS}/api/accreditation-requests?where[status][equals]=submitted&limit=40&depth=0`,
        { headers: { Authorization: `JWT ${token}` } },
      )
    ).json()) as { docs: { id: number }[] }
  ).docs
  const approvals = new Map<number, number>()
  const approving = (async () => {
    for (const { id } of toApprove) {
      const response = await fetch(`${CMS}/api/accreditation-requests/${id}`, {
        method: 'PATCH',
        headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ status: 'approved' }),
        signal: AbortSignal.timeout(ANSWER_WITHIN_MS),
      }).catch(() => null)
      approvals.set(id, response?.status ?? 0)
      if (!response) await waitFor(`${CMS}/api/health`).catch(() => undefined)
    }
  })()
  await burst(phase2, async () => {
    await new Promise((r) => setTimeout(r, 100))
    await killHard(cms, true)
    note(`admin killed (SIGKILL) after ${approvals.size} approvals were sent`)
    cms = startCms()
    await waitFor(`${CMS}/api/health`)
    note('admin restarted')
  })
  note(`phase-2 burst over; ${approvals.size} approvals answered so far`)
  await approving
  note(
    `all ${approvals.size} approvals answered (${[...approvals.values()].filter((s) => s === 200).length} with 200)`,
  )
  const unanswered2 = phase2.filter((i) => !i.acknowledged)
  await resend(unanswered2)
  note(`${unanswered2.length} phase-2 forms without an answer sent again`)
  // Phase 3: after the restarted admin's writes, the site must still take applications.
  await burst(phase3, async () => undefined)
  note(
    `phase 3: ${phase3.filter((i) => i.acknowledged).length} of ${phase3.length} applications sent after the approvals acknowledged`,
  )
  await resend(phase3.filter((i) => !i.acknowledged))
  await new Promise((r) => setTimeout(r, 2000)) // the last confirmation e-mails leave after their commit
  await Promise.all([killHard(site), killHard(cms, true)])
  note('both servers stopped; checking the database')

  // The checks, on the SQLite file the killed processes wrote (through libsql, like the servers).
  const db = createClient({ url: `file:${path.join(dir, 'data', 'portal.db')}` })
  const all = async <T>(sql: string) => (await db.execute(sql)).rows as unknown as T[]
  const integrity = (await all<{ integrity_check: string }>('PRAGMA integrity_check'))
    .map((r) => r.integrity_check)
    .join('; ')
  const foreignKeys = (await all('PRAGMA foreign_key_check')).length
  type Row = {
    id: number
    key: string | null
    reference: string | null
    status: string
    portrait: string | null
    letter: string | null
    audits: number
    passes: number
  }
  const rows =
    await all<Row>(`SELECT r.id, r.idempotency_key AS key, r.reference_code AS reference, r.status, p.filename AS portrait, l.filename AS letter,
      (SELECT count(*) FROM audit_entries a WHERE a.request_id = r.id AND a.action = 'submitted') AS audits,
      (SELECT count(*) FROM passes s WHERE s.request_id = r.id) AS passes
    FROM accreditation_requests r LEFT JOIN applicant_files p ON p.id = r.portrait_id LEFT JOIN applicant_files l ON l.id = r.letter_id`)
  const fileRows = await all<{ filename: string }>('SELECT filename FROM applicant_files')
  db.close()
  const filesDir = path.join(dir, 'data', 'private', 'applicant-files')
  const onDisk = new Set(existsSync(filesDir) ? readdirSync(filesDir) : [])
  const fileOk = (name: string | null) =>
    Boolean(name && onDisk.has(name) && statSync(path.join(filesDir, name)).size > 0)
  const whole = (row: Row) =>
    Boolean(row.reference) && fileOk(row.portrait) && fileOk(row.letter) && row.audits === 1
  const byKey = new Map(rows.filter((r) => r.key).map((r) => [r.key!, r]))
  const acknowledged = items.filter((i) => i.acknowledged)
  const approvedOk = [...approvals].filter(([, status]) => status === 200).map(([id]) => id)
  const rowById = new Map(rows.map((r) => [r.id, r]))
  const orphanFiles = [...onDisk].filter((name) => !fileRows.some((f) => f.filename === name))

  const checks: [string, number, number][] = [
    [
      'acknowledged applications found whole (row, reference, both files on disk, audit entry)',
      acknowledged.length,
      acknowledged.filter((i) => byKey.has(i.key) && whole(byKey.get(i.key)!)).length,
    ],
    ['rows that are not whole (half-written)', 0, rows.filter((r) => !whole(r)).length],
    [
      'applications stored twice (same idempotency key)',
      0,
      rows.filter((r) => r.key).length - byKey.size,
    ],
    [
      'sent applications with no row after retries',
      0,
      items.filter((i) => !byKey.has(i.key)).length,
    ],
    [
      'acknowledged approvals with status approved and exactly one pass',
      approvedOk.length,
      approvedOk.filter(
        (id) => rowById.get(id)?.status === 'approved' && rowById.get(id)?.passes === 1,
      ).length,
    ],
    [
      'approved requests without exactly one pass',
      0,
      rows.filter((r) => r.status === 'approved' && r.passes !== 1).length,
    ],
    ['foreign key violations', 0, foreignKeys],
    [
      `requests left without any answer for ${ANSWER_WITHIN_MS / 1000} s (hung)`,
      0,
      items.reduce((n, i) => n + i.hung, 0),
    ],
  ]
  const ok = integrity === 'ok' && checks.every(([, expected, found]) => expected === found)
  const statusCounts = (list: Sent[]) =>
    Object.entries(
      list.reduce<Record<string, number>>(
        (acc, i) => (
          (acc[String(i.status || 'no answer')] = (acc[String(i.status || 'no answer')] ?? 0) + 1),
          acc
        ),
        {},
      ),
    )
      .map(([s, n]) => `${s}: ${n}`)
      .join(', ')
  const lines = [
    '# kill -9 during a burst of applications',
    '',
    `${new Date().toISOString()} · ${COUNT} applications (${CONCURRENCY} at a time) · ${toApprove.length} approvals offered · Node ${process.versions.node}`,
    '',
    ...timeline.map((t) => `- ${t}`),
    '',
    `Final answers: ${statusCounts(items)}; attempts ${items.reduce((n, i) => n + i.attempts, 0)}; approvals answered: ${Object.entries(
      [...approvals.values()].reduce<Record<string, number>>(
        (acc, s) => (
          (acc[String(s || 'no answer')] = (acc[String(s || 'no answer')] ?? 0) + 1),
          acc
        ),
        {},
      ),
    )
      .map(([s, n]) => `${s}: ${n}`)
      .join(', ')}.`,
    '',
    '| check | expected | found | |',
    '|---|---:|---:|---|',
    ...checks.map(
      ([what, expected, found]) =>
        `| ${what} | ${expected} | ${found} | ${expected === found ? '✔' : '✖'} |`,
    ),
    `| PRAGMA integrity_check | ok | ${integrity} | ${integrity === 'ok' ? '✔' : '✖'} |`,
    '',
    `Files on disk with no row (uploads of a transaction the kill cut short; no request points at them): ${orphanFiles.length}.`,
    '',
    ok
      ? 'Result: ✔ every acknowledged application and approval survived whole; nothing half-written.'
      : 'Result: ✖ see the rows marked ✖.',
  ]
  mkdirSync('test-results/faults', { recursive: true })
  writeFileSync('test-results/faults/kill-during-burst.md', `${lines.join('\n')}\n`)
  console.log(lines.join('\n'))
  process.exitCode = ok ? 0 : 1
} finally {
  if (site.exitCode === null && site.signalCode === null) site.kill('SIGKILL')
  if (cms.exitCode === null && cms.signalCode === null && cms.pid) process.kill(-cms.pid, 'SIGKILL')
  rmSync(dir, { recursive: true, force: true })
}
process.exit()
