import '~/cms/scripts/requireNode'

import path from 'node:path'
import { DatabaseSync } from 'node:sqlite'

import { localDate } from '~/cms/lib/time'
import { DEMO_PASSWORD, DEMO_STAFF } from '~/cms/seed/users'
import { applicationForm } from '../int/fixtures/application'
import {
  benchPortal,
  conditions,
  percentile,
  pinClient,
  runPool,
  signIn,
  startSite,
  stop,
  targetTable,
  waitFor,
  writePart,
} from './support'

/**
 * `npm run bench:scans`: a burst of scans at the door against the built site — 1,000 scans of
 * 200 approved passes (each scanned five times, so 200 admissions and 800 "already checked in"),
 * 20 at a time (issue 15: p95 < 50 ms). Reports throughput and latency, then reads the SQLite
 * file to prove every scan was logged and each pass admitted once. Also times the printable badge.
 */
const SCANS = Number(process.env.BENCH_SCANS ?? 1000)
const PASSES = Number(process.env.BENCH_PASSES ?? 200)
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 20)
// Today: the seed's press conference, whose list is open today, takes the applications.
const DAY = localDate()

const { dir, site: SITE } = benchPortal('portal-bench-scans', 4641, {
  RATE_LIMIT_APPLY_PER_10_MIN: '1000000',
  RATE_LIMIT_STATUS_PER_MIN: '1000000',
  RATE_LIMIT_SCANS_PER_MIN: '1000000',
})
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
    await applicationForm({
      idNumber: `0961900${String(i).padStart(5, '0')}`,
      email: `door.${i}@example.vn`,
      days: [DAY],
    }),
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

pinClient()
const site = startSite(SITE)
try {
  await waitFor(`${SITE}/health`)
  const staff = DEMO_STAFF.find((u) => u.roles.includes('checkin-staff'))!
  const cookie = await signIn(`${SITE}/checkin/`, staff.email, DEMO_PASSWORD)

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

  await stop(site)
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

  const p95 = percentile(sorted, 95)
  const logged = rows === SCANS
  const once = admissions.length === PASSES && twice === 0 && (verdicts.valid ?? 0) === PASSES
  const lines = [
    '## Door: a burst of scans',
    '',
    conditions(`${SCANS} scans of ${PASSES} passes, ${CONCURRENCY} scanners at once`),
    '',
    ...targetTable([
      {
        target: `${SCANS} scans of ${PASSES} passes from ${CONCURRENCY} concurrent scanners: p95 < 50 ms`,
        figure: `p95 ${p95.toFixed(1)} ms (p50 ${percentile(sorted, 50).toFixed(1)}, max ${sorted.at(-1)!.toFixed(1)} ms)`,
        pass: p95 < 50,
      },
      {
        target: 'Each pass admitted once',
        figure: `${admissions.length} of ${PASSES} passes admitted, ${twice} twice; verdicts: ${Object.entries(
          verdicts,
        )
          .map(([k, v]) => `${k} ${v}`)
          .join(', ')}`,
        pass: once,
      },
      {
        target: 'Every scan logged (check_ins rows, read from the SQLite file)',
        figure: `${rows} of ${SCANS}`,
        pass: logged,
      },
    ]),
    '',
    `POST /checkin/scan signed in as check-in staff; each pass scanned ${SCANS / PASSES} times (one admission, then "already checked in"). Throughput ${(SCANS / (wallMs / 1000)).toFixed(0)} scans/s (${(wallMs / 1000).toFixed(2)} s). Printable badge (PDF): median ${percentile(
      [...badgeMs].sort((a, b) => a - b),
      50,
    ).toFixed(0)} ms of ${badgeMs.length}.`,
  ]
  writePart('scans', lines)
  process.exit(logged && once ? 0 : 1)
} finally {
  await stop(site)
}
