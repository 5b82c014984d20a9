// eslint-disable-next-line @typescript-eslint/ban-ts-comment -- written against the old version's types
// @ts-nocheck -- this script runs inside a checkout of the PREVIOUS version (c5ddf97, before events),
// against that version's code and types: the current tree's types do not describe it.
/**
 * Makes tests/fixtures/v11: a database and private files written by the previous version of the
 * portal (c5ddf97, one event as a global), used by tests/int/events-migration.test.ts.
 *
 * How to run it (from the current checkout):
 *
 *   git worktree add --detach /tmp/v11 c5ddf97
 *   cp -al node_modules /tmp/v11/node_modules          # hard links: no install, no download
 *   mkdir -p /tmp/v11/tests/migration && cp tests/migration/makeFixture.ts /tmp/v11/tests/migration/
 *   (cd /tmp/v11 && node --import tsx tests/migration/makeFixture.ts /tmp/v11-out)
 *   rm -rf tests/fixtures/v11 && cp -r /tmp/v11-out tests/fixtures/v11
 *   git worktree remove --force /tmp/v11
 *
 * What it writes into the output folder:
 *   portal.db       the SQLite database (compacted with VACUUM INTO: one file, no WAL)
 *   datadir/        DATA_DIR less the database: the private files (applicants' portraits and letters, congress documents) and
 *                   the e-mails the outbox wrote (no SMTP server: the file transport); not
 *                   called data/, which the repository's .gitignore leaves out
 *   keys.json       the pass-signing key pair the QR codes were signed with (made for this
 *                   fixture only, signs nothing else) and the PAYLOAD_SECRET of the status links
 *   snapshot.json   what the old version saw, read through its own Local API: counts per
 *                   collection, every application, pass, admission, audit count, e-mail, the
 *                   event global, each file's name, size and sha256, and QR codes / status links
 * The public demo images (media/) are left out: the migration does not touch them.
 *
 * The content, as the old version made it through its real paths (site gateway, officers'
 * updates, the door's recordScan), with the clock set to before and then during the congress:
 * the demo seed (three submitted requests, the demo journalist approved) plus one application in
 * every status, approved ones with passes (one revoked, one re-versioned, one withdrawn), and the
 * door: admissions on both days, a re-entry, a scan refused as revoked, one as outdated, one as
 * the wrong day.
 */
import { createHash } from 'node:crypto'
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const out = path.resolve(process.argv[2] ?? 'v11-fixture')
rmSync(out, { recursive: true, force: true })
const work = `${out}.work`
rmSync(work, { recursive: true, force: true })
mkdirSync(out, { recursive: true })

const { generatePassKeys } = await import('~/cms/lib/passes/passToken')
const keys = generatePassKeys()
const secret = 'events-migration-fixture-secret-0123456789abcdef'
Object.assign(process.env, {
  DATA_DIR: path.join(work, 'data'),
  MEDIA_DIR: path.join(work, 'media'),
  DATABASE_URI: `file:${path.join(work, 'data', 'portal.db')}`,
  PAYLOAD_SECRET: secret,
  PASS_PRIVATE_KEY: keys.privateKeyPem,
  PASS_PUBLIC_KEY: keys.publicKeyPem,
  SMTP_HOST: '',
})

const { setClock } = await import('~/cms/lib/time')
const { getPayload, createLocalReq } = await import('payload')
const { default: config } = await import('~/cms/payload.config')
const { seed } = await import('~/cms/seed')
const { recordScan } = await import('~/cms/checkin/operations/recordScan')
const { emailsInFlight } =
  await import('~/cms/collections/AccreditationRequests/hooks/notifyApplicant')
const { applicationForm } = await import('~/tests/int/fixtures/application')

// Applications arrive a fortnight before the congress; the door opens on its days.
setClock(new Date('2025-10-02T02:00:00.000Z'))
const payload = await getPayload({ config })
await payload.db.migrate()
await seed(payload)
const gateway = await import('~/site/lib/cms')

const userWith = async (role: string) =>
  (
    await payload.find({
      collection: 'users',
      where: { roles: { in: [role] } },
      limit: 1,
      overrideAccess: true,
    })
  ).docs[0]!
const officer = { ...(await userWith('accreditation-officer')), collection: 'users' }
const doorStaff = { ...(await userWith('checkin-staff')), collection: 'users' }
const admin = { ...(await userWith('admin')), collection: 'users' }

const tokens: Record<string, string> = {}
let n = 0
async function apply(label: string, overrides: Record<string, unknown> = {}) {
  n += 1
  const outcome = await gateway.submitApplication(
    await applicationForm({
      fullName: `Người thử ${label}`,
      email: `migration.${label}@example.vn`,
      idNumber: `09619000${String(n).padStart(4, '0')}`,
      ...overrides,
    }),
    'vi',
  )
  if (!outcome.ok) throw new Error(`${label}: ${JSON.stringify(outcome)}`)
  tokens[label] = outcome.statusToken
  await emailsInFlight()
  return outcome.statusToken.split('.')[0]!
}
const decide = async (id: string, data: Record<string, unknown>) => {
  await payload.update({
    collection: 'accreditation-requests',
    id,
    data,
    overrideAccess: false,
    user: officer,
  })
  await emailsInFlight()
}
const passOf = async (requestId: string) =>
  (
    await payload.find({
      collection: 'passes',
      where: { request: { equals: requestId } },
      overrideAccess: true,
    })
  ).docs[0]!

const inReview = await apply('in-review', { role: 'photographer' })
await decide(inReview, { status: 'in-review' })
const asked = await apply('needs-information')
await decide(asked, {
  status: 'needs-information',
  reasonCode: 'photo-unsuitable',
  decisionMessage: 'Ảnh mờ, xin gửi lại.',
})
const answered = await apply('answered')
await decide(answered, {
  status: 'needs-information',
  reasonCode: 'incomplete-documents',
  decisionMessage: 'Thiếu thư giới thiệu.',
})
const answer = new FormData()
answer.append('answer', 'Đã gửi thư giới thiệu mới.')
const { minimalPdf } = await import('~/tests/support/sampleFiles')
answer.append(
  'letter',
  new Blob([new Uint8Array(minimalPdf())], { type: 'application/pdf' }),
  'thu-moi.pdf',
)
const answeredOutcome = await gateway.answerApplication(tokens.answered!, answer)
if (!answeredOutcome.ok) throw new Error(`answer: ${JSON.stringify(answeredOutcome)}`)
await emailsInFlight()
const rejected = await apply('rejected')
await decide(rejected, {
  status: 'rejected',
  reasonCode: 'not-a-journalist',
  decisionMessage: 'Không có thẻ nhà báo.',
})
await apply('withdrawn')
if ((await gateway.withdrawApplication(tokens.withdrawn!)) !== 'withdrawn')
  throw new Error('withdraw')

const admitted = await apply('admitted', { role: 'reporter' })
await decide(admitted, { status: 'approved' })
const revoked = await apply('revoked', { role: 'camera-operator' })
await decide(revoked, { status: 'approved' })
const reissued = await apply('reissued', { role: 'reporter' })
await decide(reissued, { status: 'approved' })
const oneDay = await apply('one-day', { role: 'photographer', days: ['2025-10-16'] })
await decide(oneDay, { status: 'approved' })
const withdrawnLate = await apply('withdrawn-after-approval', { role: 'technician' })
await decide(withdrawnLate, { status: 'approved' })

const qr: Record<string, string> = {}
const phone = async (label: string) => (await gateway.getPhonePass(tokens[label]!))!.qrToken!
for (const label of ['admitted', 'revoked', 'reissued', 'one-day']) qr[label] = await phone(label)
qr['reissued-old'] = qr.reissued!

// The press office revokes one pass, changes another's zones (a new version, the old QR outdated).
await payload.update({
  collection: 'passes',
  id: (await passOf(revoked)).id,
  data: { status: 'revoked', revokedReason: 'Mất thẻ' },
  overrideAccess: false,
  user: officer,
})
await payload.update({
  collection: 'passes',
  id: (await passOf(reissued)).id,
  data: { zones: ['press-centre', 'photo-pool'] },
  overrideAccess: false,
  user: officer,
})
qr.reissued = await phone('reissued')
if ((await gateway.withdrawApplication(tokens['withdrawn-after-approval']!)) !== 'withdrawn')
  throw new Error('withdraw after approval')
await emailsInFlight()
await payload.updateGlobal({
  slug: 'check-in-rules',
  data: { reentryZones: ['press-centre'] },
  overrideAccess: false,
  user: admin,
})

// The door, on the congress's two days.
const verdicts: { label: string; day: string; zone: string; verdict: string; reentry: boolean }[] =
  []
const scan = async (label: string, day: string, zone: string, time: string) => {
  setClock(new Date(time))
  const result = await recordScan(await createLocalReq({ user: doorStaff }, payload), {
    code: qr[label]!,
    day,
    zone,
  })
  verdicts.push({ label, day, zone, verdict: result.verdict, reentry: result.reentry })
}
await scan('admitted', '2025-10-16', 'press-centre', '2025-10-16T00:40:00.000Z')
await scan('admitted', '2025-10-16', 'plenary-gallery', '2025-10-16T01:10:00.000Z')
await scan('admitted', '2025-10-16', 'press-centre', '2025-10-16T04:30:00.000Z') // re-entry
await scan('revoked', '2025-10-16', 'press-centre', '2025-10-16T00:45:00.000Z')
await scan('reissued-old', '2025-10-16', 'press-centre', '2025-10-16T00:50:00.000Z')
await scan('reissued', '2025-10-16', 'press-centre', '2025-10-16T00:51:00.000Z')
await scan('one-day', '2025-10-16', 'photo-pool', '2025-10-16T00:55:00.000Z')
await scan('admitted', '2025-10-17', 'press-centre', '2025-10-17T00:40:00.000Z')
await scan('one-day', '2025-10-17', 'press-centre', '2025-10-17T00:42:00.000Z') // wrong day
await emailsInFlight()

// What the old version sees, through its own Local API.
const all = async (collection: string, sort = 'id') =>
  (
    await payload.find({
      collection,
      limit: 0,
      pagination: false,
      depth: 0,
      sort,
      overrideAccess: true,
    })
  ).docs
const counts: Record<string, number> = {}
for (const collection of payload.config.collections.map((c) => c.slug))
  counts[collection] = (await payload.count({ collection, overrideAccess: true })).totalDocs
const files = await all('applicant-files')
const fileName = (id: unknown) => files.find((f) => f.id === id)?.filename ?? null
const audit = await all('audit-entries')
const eventVi = await payload.findGlobal({ slug: 'event', locale: 'vi', overrideAccess: true })
const eventEn = await payload.findGlobal({ slug: 'event', locale: 'en', overrideAccess: true })
const counters = await all('counters')

const tree = (root: string, into: { path: string; size: number; sha256: string }[] = []) => {
  for (const entry of readdirSync(root, { withFileTypes: true }).sort((a, b) =>
    a.name.localeCompare(b.name),
  )) {
    const full = path.join(root, entry.name)
    if (entry.isDirectory()) tree(full, into)
    else if (!/^portal\.db/.test(entry.name))
      into.push({
        path: path.relative(path.join(work, 'data'), full),
        size: statSync(full).size,
        sha256: createHash('sha256').update(readFileSync(full)).digest('hex'),
      })
  }
  return into
}

const snapshot = {
  madeBy: 'tests/migration/makeFixture.ts at c5ddf97',
  counts,
  event: {
    name: { vi: eventVi.name, en: eventEn.name },
    startDate: eventVi.startDate,
    endDate: eventVi.endDate,
    referencePrefix: eventVi.referencePrefix,
    delegates: eventVi.delegates,
  },
  counters: counters.map(({ name, value }) => ({ name, value })),
  applications: (await all('accreditation-requests')).map((r) => ({
    id: r.id,
    referenceNumber: r.referenceNumber,
    referenceCode: r.referenceCode,
    status: r.status,
    fullName: r.fullName,
    email: r.email,
    idNumber: r.idNumber,
    role: r.role,
    days: r.days,
    outlet: r.outlet ?? null,
    outletOther: r.outletOther ?? null,
    reasonCode: r.reasonCode ?? null,
    decisionMessage: r.decisionMessage ?? null,
    portrait: fileName(r.portrait),
    letter: fileName(r.letter),
    auditEntries: audit.filter((a) => a.request === r.id).length,
  })),
  passes: (await all('passes')).map((p) => ({
    id: p.id,
    request: p.request,
    passNumber: p.passNumber,
    version: p.version,
    status: p.status,
    serial: p.serial,
    days: p.days,
    zones: p.zones,
  })),
  checkIns: (await all('check-ins')).map((c) => ({
    id: c.id,
    pass: c.pass ?? null,
    passNumber: c.passNumber ?? null,
    day: c.day,
    zone: c.zone,
    verdict: c.verdict,
    admissionKey: c.admissionKey ?? null,
  })),
  scans: verdicts,
  auditEntries: audit.length,
  emails: (await all('email-messages')).map((m) => ({ to: m.to, kind: m.kind, state: m.state })),
  applicantFiles: files.map((f) => ({
    id: f.id,
    kind: f.kind,
    filename: f.filename,
    filesize: f.filesize,
  })),
  sessions: (await all('sessions')).map((s) => s.id),
  pressReleases: (await all('press-releases')).map((s) => ({ id: s.id, number: s.number })),
  galleries: (await all('galleries')).map((s) => s.id),
  documents: (await all('documents')).map((s) => s.id),
  news: (await all('news')).map((s) => s.id),
  qrCodes: qr,
  statusLinks: tokens,
  files: tree(path.join(work, 'data')),
}

// One compact file, no WAL beside it.
const client = (payload.db as { client: { execute: (sql: unknown) => Promise<unknown> } }).client
await client.execute({ sql: 'VACUUM INTO ?', args: [path.join(out, 'portal.db')] })
await payload.destroy()
setClock(null)
for (const entry of readdirSync(path.join(work, 'data'))) {
  if (/^portal\.db/.test(entry)) continue
  const { cpSync } = await import('node:fs')
  cpSync(path.join(work, 'data', entry), path.join(out, 'datadir', entry), { recursive: true })
}
writeFileSync(
  path.join(out, 'keys.json'),
  `${JSON.stringify({ note: 'Made for this fixture only; signs nothing real.', secret, ...keys }, null, 2)}\n`,
)
writeFileSync(path.join(out, 'snapshot.json'), `${JSON.stringify(snapshot, null, 2)}\n`)
rmSync(work, { recursive: true, force: true })
console.log(
  `fixture written to ${out}: ${Object.entries(counts)
    .filter(([, c]) => c)
    .map(([k, c]) => `${k} ${c}`)
    .join(', ')}`,
)
process.exit(0)
