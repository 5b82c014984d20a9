import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { copyFileSync, cpSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'

import { ObjectId } from 'mongodb'
import { createLocalReq, type CollectionSlug, type Payload } from 'payload'

import { recordScan } from '~/cms/checkin/operations/recordScan'
import { nextNumber } from '~/cms/db/nextNumber'
import { EVENT_OWNED_COLLECTIONS } from '~/cms/fields/event'
import { formatReference } from '~/cms/lib/accreditation/reference'
import { publicKeyFrom, verifyPassToken } from '~/cms/lib/passes/passToken'
import type { Zone } from '~/cms/lib/passes/zones'
import { setClock } from '~/cms/lib/time'
import { migrations as mongoMigrations } from '~/cms/migrations/mongodb'
import { engine, makeStaff, mongoUnavailable, mongoUriFor, startTestPayload } from './harness'

/**
 * The events migration on the data of the previous version (c5ddf97: one event, kept in a global).
 * tests/fixtures/v11 was written by that version itself (tests/migration/makeFixture.ts: the demo
 * seed, an application in every status, passes revoked and re-versioned, admissions with a
 * re-entry and refused scans, audit trail, e-mail outbox, applicants' files on disk) together with
 * snapshot.json, what that version saw. The current migrations run on a copy, as `npm start` runs
 * them, and everything is compared: nothing lost, all of it in one first event made from the old
 * global, the numbering going on, the old QR codes and status links still working.
 *
 * On SQLite the fixture's own database file is migrated. On MongoDB (the suite's second run, when
 * TEST_MONGODB_URI names a replica set) the same snapshot is written in the OLD shape through the
 * driver (the `globals` document with globalType 'event', records without `event`, the counter
 * named `reference`), the MongoDB migrations before `events` having built the collections, and
 * then cms/migrations/mongodb's `events` runs and the same comparisons are made.
 */
const ROOT = path.resolve(import.meta.dirname, '../..')
const FIXTURE = path.join(ROOT, 'tests', 'fixtures', 'v11')
type Snapshot = {
  counts: Record<string, number>
  event: {
    name: { vi: string; en: string }
    startDate: string
    endDate: string
    referencePrefix: string
    delegates: Record<string, number>
  }
  counters: { name: string; value: number }[]
  applications: {
    id: number
    referenceNumber: number
    referenceCode: string
    status: string
    fullName: string
    email: string
    idNumber: string
    role: string
    days: string[]
    outlet: number | null
    outletOther: string | null
    reasonCode: string | null
    decisionMessage: string | null
    portrait: string | null
    letter: string | null
    auditEntries: number
  }[]
  passes: {
    id: number
    request: number
    passNumber: string
    version: number
    status: string
    serial: string
    days: string[]
    zones: string[]
  }[]
  checkIns: {
    id: number
    pass: number | null
    passNumber: string | null
    day: string
    zone: string
    verdict: string
    admissionKey: string | null
  }[]
  auditEntries: number
  emails: { to: string; kind: string; state: string }[]
  applicantFiles: { id: number; kind: string; filename: string; filesize: number }[]
  sessions: number[]
  pressReleases: { id: number; number: number }[]
  galleries: number[]
  documents: number[]
  news: number[]
  qrCodes: Record<string, string>
  statusLinks: Record<string, string>
  files: { path: string; size: number; sha256: string }[]
}
const snapshot = JSON.parse(readFileSync(path.join(FIXTURE, 'snapshot.json'), 'utf8')) as Snapshot
const keys = JSON.parse(readFileSync(path.join(FIXTURE, 'keys.json'), 'utf8')) as {
  secret: string
  privateKeyPem: string
  publicKeyPem: string
}
// The status links and QR codes were signed with these: the portal keeps its keys across versions.
process.env.PAYLOAD_SECRET = keys.secret
process.env.PASS_PRIVATE_KEY = keys.privateKeyPem
process.env.PASS_PUBLIC_KEY = keys.publicKeyPem

const EVENTS_MIGRATION = '20261202_024523_events'
/** Collections the events migration adds to: everything else must count as before. */
const ADDED = new Set(['events', 'payload-migrations'])
/** What the MongoDB copy of the snapshot writes (users, media, accounts … are not in it). */
const WRITTEN_TO_MONGO = new Set<string>([
  ...EVENT_OWNED_COLLECTIONS,
  'applicant-files',
  'audit-entries',
  'email-messages',
  'counters',
])

let payload: Payload
let dir: string
let cleanup: () => Promise<void> = async () => {}
let migrateMs = 0
let gateway: typeof import('~/site/lib/cms')
let emailsInFlight: () => Promise<unknown> = async () => {}
/** The old numeric ids, as this engine names them (the same on SQLite, ObjectIds on MongoDB). */
let idOf: (collection: string, old: number | null) => string | number | null = (_, old) => old

const skip = engine === 'mongodb' && mongoUnavailable

before(async () => {
  if (skip) return
  if (engine === 'sqlite') {
    ;({ payload, dir, cleanup } = await startTestPayload({
      migrate: false,
      fill: (target) => {
        mkdirSync(path.join(target, 'data'), { recursive: true })
        copyFileSync(path.join(FIXTURE, 'portal.db'), path.join(target, 'data', 'portal.db'))
        cpSync(path.join(FIXTURE, 'datadir'), path.join(target, 'data'), { recursive: true })
      },
    }))
  } else {
    ;({ payload, dir, cleanup } = await startTestPayload({
      databaseUri: mongoUriFor(process.env.TEST_MONGODB_URI!, `portal_int_events_${process.pid}`),
      migrate: false,
      fill: (target) => {
        cpSync(path.join(FIXTURE, 'datadir'), path.join(target, 'data'), { recursive: true })
      },
    }))
    await payload.db.migrate({ migrations: mongoMigrations.slice(0, -1) as never })
    idOf = await writeOldShapeToMongo(payload)
  }
  const started = performance.now()
  await payload.db.migrate()
  migrateMs = performance.now() - started
  gateway = await import('~/site/lib/cms')
  ;({ emailsInFlight } =
    await import('~/cms/collections/AccreditationRequests/hooks/notifyApplicant'))
})

after(async () => {
  setClock(null)
  await emailsInFlight()
  await cleanup()
})

const all = async (collection: string) =>
  (
    await payload.find({
      collection: collection as CollectionSlug,
      pagination: false,
      depth: 0,
      sort: 'id',
      overrideAccess: true,
    })
  ).docs as unknown as Record<string, unknown>[]
const withoutId = <T extends { id: unknown }>({ id: _id, ...rest }: T) => rest
const byId = (docs: Record<string, unknown>[], id: unknown) =>
  docs.find((doc) => String(doc.id) === String(id))
const firstEvent = async () => {
  const { docs } = await payload.find({ collection: 'events', overrideAccess: true, depth: 0 })
  assert.equal(docs.length, 1, 'exactly one event')
  return docs[0]!
}

describe(`the events migration on the previous version's data (${engine})`, { skip }, () => {
  it('runs once, before the later releases’ migrations, and reports its figures', async () => {
    const names = (await all('payload-migrations')).map((row) => String(row.name))
    assert.equal(names.filter((name) => name === EVENTS_MIGRATION).length, 1)
    // What ran after it in the same run belongs to later releases (the desk's columns, …).
    const after = names.slice(names.indexOf(EVENTS_MIGRATION) + 1)
    assert.ok(
      after.every((name) => name > EVENTS_MIGRATION),
      after.join(', '),
    )
    const rows = Object.values(snapshot.counts).reduce((n, count) => n + count, 0)
    const figures = Object.entries(snapshot.counts)
      .filter(([, count]) => count)
      .map(([collection, count]) => `${collection} ${count}`)
      .join(', ')
    console.log(
      `events migration (${engine}): ${rows} documents in ${Object.keys(snapshot.counts).length} collections (${figures}) + ${snapshot.files.length} files, ${migrateMs.toFixed(0)} ms`,
    )
  })

  it('keeps every collection at its count', async () => {
    for (const [collection, count] of Object.entries(snapshot.counts)) {
      if (ADDED.has(collection)) continue
      if (engine === 'mongodb' && !WRITTEN_TO_MONGO.has(collection)) continue
      const now = await payload.count({
        collection: collection as CollectionSlug,
        overrideAccess: true,
      })
      assert.equal(now.totalDocs, count, collection)
    }
    assert.ok(snapshot.counts['accreditation-requests']! >= 14)
  })

  it('keeps every application as it was: reference, status, days, outlet, decision, files, audit trail', async () => {
    const requests = await all('accreditation-requests')
    const files = await all('applicant-files')
    const audit = await all('audit-entries')
    const fileName = (id: unknown) => byId(files, id)?.filename ?? null
    const statuses = new Set<string>()
    for (const old of snapshot.applications) {
      const now = byId(requests, idOf('accreditation-requests', old.id))
      assert.ok(now, old.referenceCode)
      statuses.add(old.status)
      assert.deepEqual(
        {
          referenceNumber: now.referenceNumber,
          referenceCode: now.referenceCode,
          status: now.status,
          fullName: now.fullName,
          email: now.email,
          idNumber: now.idNumber,
          role: now.role,
          days: now.days,
          outlet: now.outlet ?? null,
          outletOther: now.outletOther ?? null,
          reasonCode: now.reasonCode ?? null,
          decisionMessage: now.decisionMessage ?? null,
          portrait: fileName(now.portrait),
          letter: fileName(now.letter),
          auditEntries: audit.filter((entry) => String(entry.request) === String(now.id)).length,
        },
        { ...withoutId(old), outlet: idOf('outlets', old.outlet) } as never,
        old.referenceCode,
      )
    }
    assert.deepEqual([...statuses].sort(), [
      'approved',
      'in-review',
      'needs-information',
      'rejected',
      'submitted',
      'withdrawn',
    ])
    assert.equal(audit.length, snapshot.auditEntries)
  })

  it('keeps every pass (number, version, status, serial, days, zones) and every admission', async () => {
    const passes = await all('passes')
    for (const old of snapshot.passes) {
      const now = byId(passes, idOf('passes', old.id))!
      assert.deepEqual(
        [now.passNumber, now.version, now.status, now.serial, now.days, now.zones],
        [old.passNumber, old.version, old.status, old.serial, old.days, old.zones],
        old.passNumber,
      )
      assert.equal(String(now.request), String(idOf('accreditation-requests', old.request)))
    }
    assert.deepEqual(snapshot.passes.map((pass) => `${pass.status} v${pass.version}`).sort(), [
      'active v1',
      'active v1',
      'active v1',
      'active v2',
      'revoked v2',
      'revoked v2',
    ])
    const checkIns = await all('check-ins')
    for (const old of snapshot.checkIns) {
      const now = byId(checkIns, idOf('check-ins', old.id))!
      assert.deepEqual(
        [now.passNumber, now.day, now.zone, now.verdict, now.admissionKey ?? null],
        [old.passNumber, old.day, old.zone, old.verdict, old.admissionKey],
      )
      assert.equal(String(now.pass ?? null), String(idOf('passes', old.pass)))
    }
    assert.deepEqual(snapshot.checkIns.map((c) => c.verdict).sort(), [
      'outdated',
      'revoked',
      'valid',
      'valid',
      'valid',
      'valid',
      'valid',
      'valid',
      'wrong-day',
    ])
  })

  it('keeps the e-mail outbox, the applicant files and every file on disk byte for byte', async () => {
    const emails = await all('email-messages')
    assert.deepEqual(
      emails.map(({ to, kind, state }) => ({ to, kind, state })),
      snapshot.emails,
    )
    const files = await all('applicant-files')
    for (const old of snapshot.applicantFiles) {
      const now = byId(files, idOf('applicant-files', old.id))!
      assert.deepEqual(
        [now.kind, now.filename, now.filesize],
        [old.kind, old.filename, old.filesize],
      )
    }
    const onDisk: { path: string; size: number; sha256: string }[] = []
    const walk = (folder: string) => {
      for (const entry of readdirSync(folder, { withFileTypes: true })) {
        const full = path.join(folder, entry.name)
        if (entry.isDirectory()) walk(full)
        else if (!/^portal\.db/.test(entry.name))
          onDisk.push({
            path: path.relative(path.join(dir, 'data'), full),
            size: statSync(full).size,
            sha256: createHash('sha256').update(readFileSync(full)).digest('hex'),
          })
      }
    }
    walk(path.join(dir, 'data'))
    const order = (list: { path: string }[]) =>
      [...list].sort((a, b) => a.path.localeCompare(b.path))
    assert.deepEqual(order(onDisk), order(snapshot.files))
    assert.ok(snapshot.files.filter((file) => file.path.includes('applicant-files')).length >= 29)
  })

  it('makes one event of the old global: names in both languages, dates, delegates, prefixes', async () => {
    const event = await firstEvent()
    const en = await payload.findByID({
      collection: 'events',
      id: event.id,
      locale: 'en',
      overrideAccess: true,
    })
    assert.deepEqual(
      {
        vi: event.name,
        en: en.name,
        startDate: event.startDate,
        endDate: event.endDate,
        referencePrefix: event.referencePrefix,
        delegates: Object.fromEntries(
          Object.entries(event.delegates ?? {}).filter(([key]) => key !== 'id'),
        ),
      },
      {
        vi: snapshot.event.name.vi,
        en: snapshot.event.name.en,
        startDate: snapshot.event.startDate,
        endDate: snapshot.event.endDate,
        referencePrefix: snapshot.event.referencePrefix,
        delegates: snapshot.event.delegates,
      },
    )
    assert.equal(event.passPrefix, 'P', 'pass numbers P-0004 … go on with the same prefix')
    assert.equal(event.state, 'archived', 'the congress of October 2025 is over')
  })

  it('puts every application, pass, check-in, session, release, gallery, document and news article in it', async () => {
    const event = await firstEvent()
    const expected: Record<string, number> = {
      'accreditation-requests': snapshot.applications.length,
      passes: snapshot.passes.length,
      'check-ins': snapshot.checkIns.length,
      sessions: snapshot.sessions.length,
      'press-releases': snapshot.pressReleases.length,
      galleries: snapshot.galleries.length,
      documents: snapshot.documents.length,
      news: snapshot.news.length,
    }
    assert.deepEqual([...EVENT_OWNED_COLLECTIONS].sort(), Object.keys(expected).sort())
    for (const collection of EVENT_OWNED_COLLECTIONS) {
      const docs = await all(collection)
      assert.equal(docs.length, expected[collection], collection)
      assert.ok(expected[collection]! > 0, `the fixture has ${collection}`)
      for (const doc of docs) assert.equal(String(doc.event), String(event.id), collection)
    }
  })

  it('goes on numbering: the next reference code follows the last one, counted for the event', async () => {
    const event = await firstEvent()
    const highest = Math.max(...snapshot.applications.map((app) => app.referenceNumber))
    const counterOf = (name: string) => snapshot.counters.find((c) => c.name === name)!.value
    assert.equal(counterOf('reference'), highest)
    const counters = await all('counters')
    assert.deepEqual(
      counters
        .map(({ name, value }) => ({ name, value }))
        .sort((a, b) => String(a.name).localeCompare(String(b.name))),
      [
        { name: 'press-release', value: counterOf('press-release') },
        { name: `reference:${event.id}`, value: counterOf('reference') },
      ],
    )
    const req = await createLocalReq({}, payload)
    const next = await nextNumber(req, `reference:${event.id}`, highest)
    assert.equal(
      formatReference(String(event.referencePrefix), next),
      `DH1-${String(highest + 1).padStart(4, '0')}`,
    )
  })

  it("still admits the old QR codes at the first event's door, and refuses the revoked and outdated ones", async () => {
    const publicKey = publicKeyFrom(keys.publicKeyPem)
    const admitted = snapshot.passes.find((pass) => pass.passNumber === 'P-0010')!
    const verified = verifyPassToken(publicKey, snapshot.qrCodes.admitted!)
    assert.ok(verified.ok)
    assert.equal(verified.claims.p, admitted.serial)
    const door = await makeStaff(payload, ['checkin-staff'])
    const scan = async (label: string, day: string, zone: Zone) => {
      setClock(new Date(`${day}T02:00:00.000Z`))
      const event = await firstEvent()
      // `event` names the list's event for a door that checks it; a door that does not ignores it.
      const result = await recordScan(await createLocalReq({ user: door }, payload), {
        code: snapshot.qrCodes[label]!,
        day,
        zone,
        event: event.id,
      } as never)
      return result.verdict
    }
    assert.equal(await scan('admitted', '2025-10-17', 'plenary-gallery'), 'valid')
    assert.equal(
      await scan('admitted', '2025-10-16', 'plenary-gallery'),
      'already-checked-in',
      "the old admission's key still stands",
    )
    assert.equal(await scan('reissued', '2025-10-17', 'photo-pool'), 'valid')
    assert.equal(await scan('reissued-old', '2025-10-17', 'photo-pool'), 'outdated')
    assert.equal(await scan('revoked', '2025-10-17', 'press-centre'), 'revoked')
    assert.equal(await scan('one-day', '2025-10-17', 'photo-pool'), 'wrong-day')
  })

  it(
    'still opens the applicants’ status links',
    {
      skip:
        engine === 'mongodb' &&
        'a status link names the numeric id of the SQLite row; the MongoDB copy of the snapshot gets new ObjectIds',
    },
    async () => {
      for (const [label, status] of [
        ['rejected', 'rejected'],
        ['needs-information', 'needs-information'],
        ['admitted', 'approved'],
      ] as const) {
        const view = await gateway.openApplication(snapshot.statusLinks[label]!)
        assert.ok(view, label)
        assert.equal(view.status, status, label)
      }
    },
  )
})

/**
 * MongoDB only: the snapshot written in the previous version's shape, straight through the
 * driver (no Payload hook may add what the old version did not have). Returns how the old
 * numeric ids are named now.
 */
async function writeOldShapeToMongo(
  target: Payload,
): Promise<(collection: string, old: number | null) => string | null> {
  const adapter = target.db as unknown as {
    connection: { db: import('mongodb').Db }
    collections: Record<string, { collection: { name: string } }>
  }
  const db = adapter.connection.db
  // The collection a slug is stored in, as the adapter names it.
  const named = (slug: string) => adapter.collections[slug]?.collection.name ?? slug
  const ids = new Map<string, ObjectId>()
  const id = (collection: string, old: number | null | undefined) => {
    if (old == null) return null
    const key = `${collection}:${old}`
    if (!ids.has(key)) ids.set(key, new ObjectId())
    return ids.get(key)!
  }
  const stamp = {
    createdAt: new Date('2025-10-02T02:00:00.000Z'),
    updatedAt: new Date('2025-10-16T02:00:00.000Z'),
  }
  const { event } = snapshot
  await db.collection('globals').insertOne({
    globalType: 'event',
    name: event.name,
    referencePrefix: event.referencePrefix,
    startDate: new Date(event.startDate),
    endDate: new Date(event.endDate),
    delegates: event.delegates,
    ...stamp,
  })
  const many = async (collection: string, docs: Record<string, unknown>[]) => {
    if (docs.length)
      await db.collection(named(collection)).insertMany(docs.map((doc) => ({ ...stamp, ...doc })))
  }
  await many(
    'outlets',
    [...new Set(snapshot.applications.map((app) => app.outlet).filter((o) => o != null))].map(
      (outlet) => ({
        _id: id('outlets', outlet),
        name: `Báo ${outlet}`,
        type: 'print',
        scope: 'provincial',
      }),
    ),
  )
  await many(
    'applicant-files',
    snapshot.applicantFiles.map((file) => ({
      _id: id('applicant-files', file.id),
      kind: file.kind,
      filename: file.filename,
      filesize: file.filesize,
      mimeType: file.filename.endsWith('.pdf') ? 'application/pdf' : 'image/jpeg',
    })),
  )
  const fileId = (name: string | null) =>
    id('applicant-files', snapshot.applicantFiles.find((file) => file.filename === name)?.id)
  await many(
    'accreditation-requests',
    snapshot.applications.map((app) => ({
      ...Object.fromEntries(
        Object.entries(app).filter(
          ([key]) => !['id', 'outlet', 'portrait', 'letter', 'auditEntries'].includes(key),
        ),
      ),
      _id: id('accreditation-requests', app.id),
      outlet: id('outlets', app.outlet),
      portrait: fileId(app.portrait),
      letter: fileId(app.letter),
      nationality: 'VN',
      idType: 'cccd',
      dateOfBirth: '1990-05-20',
      language: 'vi',
      rulesVersion: '1.0',
    })),
  )
  await many(
    'audit-entries',
    snapshot.applications.flatMap((app) =>
      Array.from({ length: app.auditEntries }, (_, i) => ({
        request: id('accreditation-requests', app.id),
        referenceCode: app.referenceCode,
        action: i === 0 ? 'created' : 'updated',
        actorType: i === 0 ? 'applicant' : 'staff',
      })),
    ),
  )
  await many(
    'passes',
    snapshot.passes.map(({ id: old, request, ...pass }) => ({
      _id: id('passes', old),
      request: id('accreditation-requests', request),
      ...pass,
    })),
  )
  await many(
    'check-ins',
    snapshot.checkIns.map(({ id: old, pass, admissionKey, ...checkIn }) => ({
      _id: id('check-ins', old),
      pass: id('passes', pass),
      ...checkIn,
      ...(admissionKey ? { admissionKey } : {}),
      passSerial: snapshot.passes.find((p) => p.id === pass)?.serial,
      scannedAt: new Date(`${checkIn.day}T01:00:00.000Z`),
    })),
  )
  await many(
    'email-messages',
    snapshot.emails.map((mail) => ({ ...mail, subject: 'Thư', language: 'vi', attempts: 1 })),
  )
  // The counters exist already (the ids migration made them at 0): they take the old values.
  for (const { name, value } of snapshot.counters)
    await db
      .collection(named('counters'))
      .updateOne({ name }, { $set: { name, value, ...stamp } }, { upsert: true })
  for (const [collection, list] of [
    ['sessions', snapshot.sessions],
    ['galleries', snapshot.galleries],
    ['documents', snapshot.documents],
    ['news', snapshot.news],
  ] as const)
    await many(
      collection,
      list.map((old) => ({ _id: id(collection, old), title: { vi: `${collection} ${old}` } })),
    )
  await many(
    'press-releases',
    snapshot.pressReleases.map((release) => ({
      _id: id('press-releases', release.id),
      number: release.number,
      title: { vi: `Thông cáo ${release.number}` },
    })),
  )
  return (collection, old) => (old == null ? null : String(id(collection, old)))
}

if (engine === 'sqlite')
  describe('the events migration on MongoDB', () => {
    it(
      'runs in the MongoDB pass of the suite',
      {
        skip:
          mongoUnavailable ||
          'runs in the MongoDB pass (INT_DATABASE=mongodb, as npm test does), not in this SQLite one',
      },
      () => {},
    )
  })
