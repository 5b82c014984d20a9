import '~/cms/scripts/requireNode'

import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { DatabaseSync } from 'node:sqlite'

import { localDate } from '~/cms/lib/time'
import { DEMO_PASSWORD, DEMO_STAFF } from '~/cms/seed/users'
import { applicationForm } from '../int/fixtures/application'
import { useTempPortal } from '../support/tempPortal'
import { canPin, percentile, runPool, startSite, waitFor } from './support'

/**
 * `npm run bench:scans`: a burst of scans at the door against the built site — 1,000 scans of
 * 200 approved passes (each scanned five times, so 200 admissions and 800 "already checked in"),
 * 20 at a time. Reports throughput and latency, then reads the SQLite file to prove no scan was
 * lost and no pass admitted twice. Also times the printable badge per pass.
 */
const SCANS = Number(process.env.BENCH_SCANS ?? 1000)
const PASSES = Number(process.env.BENCH_PASSES ?? 200)
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 20)
const SITE = 'http://127.0.0.1:4641'
// Today: the seed's press conference, whose list is open today, takes the applications.
const DAY = localDate()

const dir = useTempPortal(
  'portal-bench-scans',
  { site: SITE, cms: 'http://127.0.0.1:3641' },
  {
    RATE_LIMIT_APPLY_PER_10_MIN: '1000000',
    RATE_LIMIT_STATUS_PER_MIN: '1000000',
    RATE_LIMIT_SCANS_PER_MIN: '1000000',
  },
)
const { buildIfNeeded } = await import('~/cms/scripts/build')
buildIfNeeded()

// Approved passes, made through the real application and approval code (not timed). One Payload
// instance for the whole setup: the site gateway below shares it.
const { getPayload } = await import('payload')
const payload = await getPayload({ config: (await import('~/cms/payload.config')).default })
await payload.db.migrate()
await (await import('~/cms/seed')).seed(payload)
const gateway = await import('~/site/lib/cms')
const officer = (
  await payload.find({
    collection: 'users',
    where: {
      email: { equals: DEMO_STAFF.find((u) => u.roles.includes('accreditation-officer'))!.email },
    },
    overrideAccess: true,
  })
).docs[0]!
const qrTokens: string[] = []
const badgeMs: number[] = []
for (let i = 0; i < PASSES; i++) {
  const outcome = await gateway.submitApplication(
    await applicationForm({ idNumber: `0961900${String(i).padStart(5, '0')}`, days: [DAY] }),
    'vi',
  )
  if (!outcome.ok) throw new Error(`application ${i}: ${JSON.stringify(outcome.errors)}`)
  await payload.update({
    collection: 'accreditation-requests',
    id: outcome.statusToken.split('.')[0]!,
    data: { status: 'approved' },
    overrideAccess: false,
    user: { ...officer, collection: 'users' },
  })
  qrTokens.push((await gateway.getPhonePass(outcome.statusToken))!.qrToken!)
  if (i < 10) {
    const t0 = performance.now()
    await gateway.getPassBadge(outcome.statusToken, 'vi', () => ({
      title: 'Thẻ tác nghiệp',
      role: 'Phóng viên',
      days: '16/10',
      zones: 'Trung tâm Báo chí',
    }))
    badgeMs.push(performance.now() - t0)
  }
}
const { emailsInFlight } =
  await import('~/cms/collections/AccreditationRequests/hooks/notifyApplicant')
await emailsInFlight()
await payload.destroy()

const site = startSite(SITE)
try {
  await waitFor(`${SITE}/health`)
  const staff = DEMO_STAFF.find((u) => u.roles.includes('checkin-staff'))!
  const login = await fetch(`${SITE}/checkin/`, {
    method: 'POST',
    redirect: 'manual',
    headers: { Origin: SITE },
    body: new URLSearchParams({ email: staff.email, password: DEMO_PASSWORD }),
  })
  const cookie = login.headers.get('set-cookie')?.split(';')[0]
  if (!cookie) throw new Error('check-in staff could not sign in')

  const scans = Array.from({ length: SCANS }, (_, i) => ({
    code: qrTokens[i % PASSES]!,
    day: DAY,
    zone: 'press-centre',
    scanId: `bench${String(i).padStart(6, '0')}`,
  }))
  const send = (scan: (typeof scans)[number]) => async () => {
    const response = await fetch(`${SITE}/checkin/scan`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: cookie },
      body: JSON.stringify(scan),
    })
    return {
      status: response.status,
      verdict: response.ok ? ((await response.json()) as { verdict: string }).verdict : null,
    }
  }
  await send({ ...scans[0]!, scanId: 'warmup0001', zone: 'photo-pool' })()
  const { results, ms, wallMs } = await runPool(scans.map(send), CONCURRENCY)
  const sorted = [...ms].sort((a, b) => a - b)
  const verdicts = results.reduce<Record<string, number>>(
    (n, r) => (
      (n[r.verdict ?? `http ${r.status}`] = (n[r.verdict ?? `http ${r.status}`] ?? 0) + 1),
      n
    ),
    {},
  )

  site.kill('SIGTERM')
  await new Promise((r) => site.once('exit', r))
  const db = new DatabaseSync(path.join(dir, 'data', 'portal.db'), { readOnly: true })
  const rows = (
    db.prepare("SELECT count(*) AS n FROM check_ins WHERE scan_id LIKE 'bench%'").get() as {
      n: number
    }
  ).n
  const admissions = db
    .prepare(
      "SELECT pass_id, count(*) AS n FROM check_ins WHERE verdict = 'valid' AND zone = 'press-centre' GROUP BY pass_id",
    )
    .all() as { n: number }[]
  const twice = admissions.filter((a) => a.n > 1).length
  db.close()

  const ok =
    rows === SCANS &&
    admissions.length === PASSES &&
    twice === 0 &&
    (verdicts.valid ?? 0) === PASSES
  const lines = [
    '# Scan burst benchmark',
    '',
    `${new Date().toISOString()} · ${SCANS} scans of ${PASSES} passes · ${CONCURRENCY} at a time · POST /checkin/scan · loopback · ${canPin ? 'site pinned to core 0' : 'not pinned'} · Node ${process.versions.node}`,
    '',
    '| measure | value |',
    '|---|---:|',
    `| throughput | ${(SCANS / (wallMs / 1000)).toFixed(0)} scans/s |`,
    `| wall time | ${(wallMs / 1000).toFixed(2)} s |`,
    `| latency p50 / p95 / max | ${percentile(sorted, 50).toFixed(1)} / ${percentile(sorted, 95).toFixed(1)} / ${sorted.at(-1)!.toFixed(1)} ms |`,
    `| verdicts | ${Object.entries(verdicts)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')} |`,
    `| scans logged / sent | ${rows} / ${SCANS} |`,
    `| passes admitted / passes | ${admissions.length} / ${PASSES} |`,
    `| passes admitted twice | ${twice} |`,
    `| printable badge (PDF), median of ${badgeMs.length} | ${percentile(
      [...badgeMs].sort((a, b) => a - b),
      50,
    ).toFixed(0)} ms |`,
    '',
    ok
      ? 'Result: ✔ every scan logged once, every pass admitted exactly once.'
      : 'Result: ✖ see the rows above.',
  ]
  mkdirSync('test-results/bench', { recursive: true })
  writeFileSync('test-results/bench/scans.md', `${lines.join('\n')}\n`)
  console.log(lines.join('\n'))
  process.exit(ok ? 0 : 1)
} finally {
  site.kill('SIGTERM')
}
