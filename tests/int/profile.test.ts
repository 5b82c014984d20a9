import assert from 'node:assert/strict'
import { randomBytes, randomUUID } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { after, afterEach, before, describe, it } from 'node:test'

import { createLocalReq, type File, type Payload } from 'payload'

import type { ApplicationInput } from '~/cms/lib/accreditation/applicationSchema'
import { setClock } from '~/cms/lib/time'
import type { Event, Journalist } from '~/cms/payload-types'
import { minimalPdf, portraitJpeg } from '~/tests/support/sampleFiles'
import { forbidden, makeStaff, startTestPayload } from './harness'

/**
 * Returning journalists on a real SQLite file: the profile an approval leaves on the press
 * account, who may read it, the one-screen application to a later event, the data-rights
 * export and deletion request, and retention counted per event.
 */
let payload: Payload
let cleanup: () => Promise<void>
let ops: {
  submitApplication: typeof import('~/cms/accreditation/operations/submitApplication').submitApplication
  applyFromProfile: typeof import('~/cms/profile/operations/applyFromProfile').applyFromProfile
  exportPersonalData: typeof import('~/cms/profile/operations/exportPersonalData').exportPersonalData
  requestDataDeletion: typeof import('~/cms/profile/operations/requestDataDeletion').requestDataDeletion
  completeDataRequest: typeof import('~/cms/profile/operations/completeDataRequest').completeDataRequest
  setKeepProfile: typeof import('~/cms/profile/operations/setKeepProfile').setKeepProfile
  pressOverview: typeof import('~/cms/profile/pressOverview').pressOverview
  purge: typeof import('~/cms/lifecycle/purge').purge
  emailsInFlight: typeof import('~/cms/collections/AccreditationRequests/hooks/notifyApplicant').emailsInFlight
  filesDir: string
}
let officer: Awaited<ReturnType<typeof makeStaff>>
let outletId: number
const T0 = new Date('2026-03-01T03:00:00.000Z')
const DAY = 86_400_000
const at = (days: number) => new Date(T0.getTime() + days * DAY)
const localDay = (days: number) => at(days).toISOString().slice(0, 10)

before(async () => {
  ;({ payload, cleanup } = await startTestPayload())
  ops = {
    ...(await import('~/cms/accreditation/operations/submitApplication')),
    ...(await import('~/cms/profile/operations/applyFromProfile')),
    ...(await import('~/cms/profile/operations/exportPersonalData')),
    ...(await import('~/cms/profile/operations/requestDataDeletion')),
    ...(await import('~/cms/profile/operations/completeDataRequest')),
    ...(await import('~/cms/profile/operations/setKeepProfile')),
    ...(await import('~/cms/profile/pressOverview')),
    ...(await import('~/cms/lifecycle/purge')),
    ...(await import('~/cms/collections/AccreditationRequests/hooks/notifyApplicant')),
    filesDir: (await import('~/cms/paths')).APPLICANT_FILES_DIR,
  }
  officer = await makeStaff(payload, ['accreditation-officer'])
  const outlet = await payload.create({
    collection: 'outlets',
    overrideAccess: true,
    data: {
      name: 'Báo Hồ sơ',
      type: 'print',
      scope: 'provincial',
      quotas: { reporter: 20, photographer: 20, cameraOperator: 20, technician: 0 },
    },
  })
  outletId = outlet.id
})
afterEach(() => setClock(null))
after(async () => {
  await ops.emailsInFlight()
  await cleanup()
})

let prefixes = 0
async function makeEvent(startDay: number, endDay: number, rules = '2.0'): Promise<Event> {
  prefixes += 1
  return payload.create({
    collection: 'events',
    overrideAccess: true,
    data: {
      name: `Sự kiện ${prefixes}`,
      kind: 'press-conference',
      state: 'open',
      referencePrefix: `PF${prefixes}`,
      passPrefix: `Q${prefixes}`,
      startDate: `${localDay(startDay)}T01:00:00.000Z`,
      endDate: `${localDay(endDay)}T01:00:00.000Z`,
      accreditationOpensAt: at(-30).toISOString(),
      accreditationClosesAt: at(startDay).toISOString(),
      pressRulesVersion: rules,
    },
  })
}

const file = async (kind: 'portrait' | 'letter'): Promise<File> => {
  const data = kind === 'portrait' ? await portraitJpeg() : minimalPdf()
  return {
    data,
    mimetype: kind === 'portrait' ? 'image/jpeg' : 'application/pdf',
    name: `${randomUUID()}.${kind === 'portrait' ? 'jpg' : 'pdf'}`,
    size: data.length,
  }
}

/** A first application, made as the public form makes it, then approved by an officer. */
async function approvedJournalist(event: Event) {
  setClock(T0)
  const idNumber = `0961900${String(randomBytes(3).readUIntBE(0, 3) % 100000).padStart(5, '0')}`
  const application: ApplicationInput = {
    fullName: 'Lê Văn Trở Lại',
    dateOfBirth: '1990-05-20',
    nationality: 'VN',
    idType: 'cccd',
    idNumber,
    pressCardNumber: 'HNB-1',
    outlet: String(outletId),
    outletOther: '',
    role: 'reporter',
    days: [event.startDate.slice(0, 10)],
    email: `back.${idNumber}@example.vn`,
    phone: '+84 912 000 222',
    equipment: '',
    language: 'vi',
    rulesVersion: '2.0',
    acceptRules: 'on',
    consentData: 'on',
    joinWaitingList: false,
    idempotencyKey: randomBytes(16).toString('base64url'),
  }
  const req = await createLocalReq(
    { context: { applicant: { submitting: true, idempotencyKey: application.idempotencyKey } } },
    payload,
  )
  const result = await ops.submitApplication(req, {
    application,
    portrait: await file('portrait'),
    letter: await file('letter'),
    eventId: event.id,
  })
  assert.equal(result.outcome, 'created')
  const id = (result as { id: number }).id
  await payload.update({
    collection: 'accreditation-requests',
    id,
    data: { status: 'approved' },
    overrideAccess: false,
    user: officer,
  })
  await ops.emailsInFlight()
  const account = (
    await payload.find({
      collection: 'journalists',
      where: { request: { equals: id } },
      overrideAccess: true,
    })
  ).docs[0]!
  return { id, account, idNumber, application }
}

const as = (account: Journalist) =>
  createLocalReq(
    { user: { ...account, collection: 'journalists' }, context: { language: 'vi' } },
    payload,
  )
const asOfficer = () => createLocalReq({ user: officer }, payload)

const oneScreen = (event: Event, extra: Record<string, unknown> = {}) => ({
  event: event.id,
  profile: {},
  days: [localDay(10)],
  rulesVersion: '2.0',
  acceptRules: 'on',
  consentData: 'on',
  idempotencyKey: randomBytes(16).toString('base64url'),
  idExpiresAt: '2035-01-01',
  ...extra,
})

describe('a returning journalist', () => {
  it('gets a profile on the press account from the approved application, in the same operation', async () => {
    const first = await makeEvent(1, 1)
    const { account, idNumber } = await approvedJournalist(first)
    assert.equal(account.name, 'Lê Văn Trở Lại')
    assert.equal(account.idType, 'cccd')
    assert.equal(account.idNumber, idNumber)
    assert.equal(account.dateOfBirth?.slice(0, 10), '1990-05-20')
    assert.equal((account.outlet as { id: number }).id, outletId)
    assert.equal(account.role, 'reporter')
    assert.equal(account.phone, '+84 912 000 222')
    assert.ok(account.portrait, 'the portrait is the application’s')
    assert.equal(account.portraitDate?.slice(0, 10), T0.toISOString().slice(0, 10))
    assert.equal(account.keepProfile ?? null, null, 'not asked yet: unanswered')
  })

  it('has a profile only they and accreditation staff can read; nobody else, and they cannot write it', async () => {
    const event = await makeEvent(1, 1)
    const { account } = await approvedJournalist(event)
    const other = (await approvedJournalist(event)).account
    const own = await payload.findByID({
      collection: 'journalists',
      id: account.id,
      overrideAccess: false,
      user: { ...account, collection: 'journalists' },
    })
    assert.equal(own.dateOfBirth?.slice(0, 10), '1990-05-20')
    const seenByOther = await payload.find({
      collection: 'journalists',
      where: { id: { equals: account.id } },
      overrideAccess: false,
      user: { ...other, collection: 'journalists' },
    })
    assert.equal(seenByOther.totalDocs, 0, 'another journalist sees nothing')
    const editor = await makeStaff(payload, ['editor'])
    await assert.rejects(
      payload.find({ collection: 'journalists', overrideAccess: false, user: editor }),
      forbidden,
    )
    const checkin = await makeStaff(payload, ['checkin-staff'])
    await assert.rejects(
      payload.find({ collection: 'journalists', overrideAccess: false, user: checkin }),
      forbidden,
    )
    const byOfficer = await payload.findByID({
      collection: 'journalists',
      id: account.id,
      overrideAccess: false,
      user: officer,
    })
    assert.equal(byOfficer.idNumber, account.idNumber)
    await assert.rejects(
      payload.update({
        collection: 'journalists',
        id: account.id,
        data: { keepProfile: true, phone: '+84 999 999 999' },
        overrideAccess: false,
        user: { ...account, collection: 'journalists' },
      }),
      forbidden,
    )
    const changed = await ops.setKeepProfile(await as(account), { keep: true })
    assert.equal(changed.keepProfile, true)
  })

  it('applies to the next event on one screen: no ID number typed, files copied with their dates, the issued pass untouched', async () => {
    const first = await makeEvent(1, 1)
    const next = await makeEvent(10, 11)
    const { account, id: firstId } = await approvedJournalist(first)
    const passBefore = (
      await payload.find({
        collection: 'passes',
        where: { request: { equals: firstId } },
        overrideAccess: true,
      })
    ).docs[0]!
    setClock(at(2))
    const overview = await ops.pressOverview(await as(account), 'vi')
    assert.equal(overview.accreditations.length, 1)
    assert.equal(overview.accreditations[0]?.status, 'approved')
    const offered = overview.openEvents.find((e) => e.id === String(next.id))
    assert.ok(offered, 'the next event is offered')
    assert.deepEqual(offered.days, [localDay(10), localDay(11)])
    assert.equal(offered.needs.portrait, false)
    assert.equal(offered.needs.idDocument, true, 'the ID expiry is not known yet: asked once')
    assert.match(overview.profile.idNumberMasked, /^•{9}\d{3}$/)

    const result = await ops.applyFromProfile(
      await as(account),
      oneScreen(next, { profile: { phone: '+84 912 000 333' } }),
    )
    assert.equal(result.outcome, 'created', JSON.stringify(result))
    const created = await payload.findByID({
      collection: 'accreditation-requests',
      id: (result as { id: number }).id,
      depth: 1,
      overrideAccess: true,
    })
    assert.equal(created.event && (created.event as Event).id, next.id)
    assert.equal(created.idNumber, account.idNumber, 'the ID number comes from the profile')
    assert.equal(created.phone, '+84 912 000 333', 'the correction goes to the new application')
    assert.equal(created.status, 'submitted', 'an officer decides')
    const portrait = created.portrait as { id: number; takenAt?: string; filename?: string }
    assert.notEqual(
      portrait.id,
      (account.portrait as { id: number }).id,
      'a copy, not the same file',
    )
    assert.equal(portrait.takenAt, account.portraitDate, 'the copy keeps the photo’s date')
    const kept = await payload.findByID({
      collection: 'journalists',
      id: account.id,
      overrideAccess: true,
    })
    assert.equal(kept.phone, '+84 912 000 222', 'the profile waits for the officer')
    assert.equal(kept.idExpiresAt?.slice(0, 10), '2035-01-01')
    const passAfter = await payload.findByID({
      collection: 'passes',
      id: passBefore.id,
      overrideAccess: true,
    })
    assert.deepEqual(passAfter, passBefore, 'the issued pass did not change')

    await assert.rejects(
      ops.applyFromProfile(await as(account), oneScreen(next)),
      (error: { status?: number; message?: string }) =>
        error.status === 409 && /đã đăng ký/.test(error.message ?? ''),
      'twice to one event: refused',
    )
    const after = await ops.pressOverview(await as(account), 'vi')
    assert.equal(after.accreditations.length, 2)
    assert.ok(!after.openEvents.some((e) => e.id === String(next.id)), 'no longer offered')
  })

  it('is asked for a new portrait when theirs is over two years old and a new ID when it expires before the event ends', async () => {
    const first = await makeEvent(1, 1)
    const next = await makeEvent(10, 12)
    const { account } = await approvedJournalist(first)
    await payload.update({
      collection: 'journalists',
      id: account.id,
      overrideAccess: true,
      data: { portraitDate: at(-800).toISOString(), idExpiresAt: localDay(11) },
    })
    setClock(at(2))
    const fresh = await payload.findByID({
      collection: 'journalists',
      id: account.id,
      overrideAccess: true,
    })
    const offered = (await ops.pressOverview(await as(fresh), 'vi')).openEvents.find(
      (e) => e.id === String(next.id),
    )
    assert.deepEqual(
      { portrait: offered?.needs.portrait, id: offered?.needs.idDocument },
      { portrait: true, id: true },
    )
    const refused = await ops.applyFromProfile(
      await as(fresh),
      oneScreen(next, { idExpiresAt: undefined }),
    )
    assert.equal(refused.outcome, 'invalid')
    assert.equal((refused as { errors: Record<string, string> }).errors.portrait, 'portrait_stale')
    assert.equal(
      (refused as { errors: Record<string, string> }).errors.idExpiresAt,
      'id_expires_required',
    )
    assert.equal(
      (
        await payload.count({
          collection: 'accreditation-requests',
          where: { event: { equals: next.id } },
          overrideAccess: true,
        })
      ).totalDocs,
      0,
      'nothing stored',
    )
    const newPortrait = await file('portrait')
    const accepted = await ops.applyFromProfile(
      await as(fresh),
      oneScreen(next, { idExpiresAt: '2040-06-30', portrait: newPortrait }),
    )
    assert.equal(accepted.outcome, 'created', JSON.stringify(accepted))
    const created = await payload.findByID({
      collection: 'accreditation-requests',
      id: (accepted as { id: number }).id,
      depth: 1,
      overrideAccess: true,
    })
    const portrait = created.portrait as { takenAt?: string }
    assert.equal(portrait.takenAt?.slice(0, 10), localDay(2), 'the new portrait is dated today')
  })

  it('downloads everything held about them: profile, applications, files in base64', async () => {
    const event = await makeEvent(1, 1)
    const { account, id } = await approvedJournalist(event)
    const exported = await ops.exportPersonalData(await as(account))
    assert.match(exported.filename, /^my-data-.*\.json$/)
    const data = JSON.parse(exported.json) as {
      pressAccount: Journalist & { hash?: string; salt?: string }
      applications: {
        application: { id: number; idNumber: string }
        pass: { passNumber: string } | null
        files: { kind: string; base64: string | null }[]
        auditTrail: unknown[]
      }[]
    }
    assert.equal(data.pressAccount.idNumber, account.idNumber)
    assert.equal(data.pressAccount.hash, undefined, 'no password hash')
    assert.equal(data.applications.length, 1)
    assert.equal(data.applications[0]?.application.id, id)
    assert.ok(data.applications[0]?.pass?.passNumber)
    assert.ok(data.applications[0]!.auditTrail.length > 0)
    const request = await payload.findByID({
      collection: 'accreditation-requests',
      id,
      depth: 1,
      overrideAccess: true,
    })
    const portrait = request.portrait as { filename: string }
    const onDisk = readFileSync(path.join(ops.filesDir, portrait.filename))
    const inExport = data.applications[0]!.files.find((f) => f.kind === 'portrait')!
    assert.ok(Buffer.from(inExport.base64!, 'base64').equals(onDisk), 'the portrait’s bytes')
    assert.ok(data.applications[0]!.files.some((f) => f.kind === 'letter' && f.base64))
    const logged = await payload.find({
      collection: 'data-requests',
      where: { journalist: { equals: account.id }, kind: { equals: 'access' } },
      overrideAccess: false,
      user: officer,
    })
    assert.equal(logged.docs[0]?.status, 'done', 'the office can show the access was given')
  })

  it('asks for deletion: the request reaches accreditation staff only, with its 72-hour deadline; completing it erases everything', async () => {
    const first = await makeEvent(1, 1)
    const next = await makeEvent(10, 11)
    const { account, id: firstId } = await approvedJournalist(first)
    setClock(at(2))
    const second = await ops.applyFromProfile(await as(account), oneScreen(next))
    assert.equal(second.outcome, 'created')
    await ops.exportPersonalData(await as(account))
    const asked = await ops.requestDataDeletion(await as(account))
    assert.equal(new Date(asked.deadline).getTime() - at(2).getTime(), 72 * 3600_000)
    await assert.rejects(
      ops.requestDataDeletion(await as(account)),
      (error: { status?: number }) => error.status === 409,
      'one open request at a time',
    )
    const seen = await payload.find({
      collection: 'data-requests',
      where: { kind: { equals: 'deletion' }, journalist: { equals: account.id } },
      overrideAccess: false,
      user: officer,
    })
    assert.equal(seen.totalDocs, 1)
    assert.equal(seen.docs[0]?.status, 'received')
    const editor = await makeStaff(payload, ['editor'])
    await assert.rejects(
      payload.find({ collection: 'data-requests', overrideAccess: false, user: editor }),
      forbidden,
    )
    await assert.rejects(
      payload.find({
        collection: 'data-requests',
        overrideAccess: false,
        user: { ...account, collection: 'journalists' },
      }),
      forbidden,
    )
    await assert.rejects(
      ops.completeDataRequest(await createLocalReq({ user: editor }, payload), {
        id: asked.id,
        outcome: 'done',
      }),
      forbidden,
    )
    const files = (
      await payload.find({
        collection: 'applicant-files',
        where: {
          id: {
            in: (
              await payload.find({
                collection: 'accreditation-requests',
                where: { id: { in: [firstId, (second as { id: number }).id] } },
                overrideAccess: true,
              })
            ).docs.flatMap((r) => [r.portrait, r.letter].map((f) => (f as { id: number }).id)),
          },
        },
        overrideAccess: true,
      })
    ).docs
    assert.equal(files.length, 4)

    const done = await ops.completeDataRequest(await asOfficer(), {
      id: asked.id,
      outcome: 'done',
    })
    assert.equal(done.applicationsErased.length, 2)
    assert.equal(done.pressAccountDeleted, true)
    for (const f of files)
      assert.equal(existsSync(path.join(ops.filesDir, f.filename!)), false, 'file bytes gone')
    assert.equal(
      (
        await payload.count({
          collection: 'accreditation-requests',
          where: { id: { in: [firstId, (second as { id: number }).id] } },
          overrideAccess: true,
        })
      ).totalDocs,
      0,
    )
    assert.equal(
      (
        await payload.count({
          collection: 'journalists',
          where: { id: { equals: account.id } },
          overrideAccess: true,
        })
      ).totalDocs,
      0,
    )
    const proof = await payload.findByID({
      collection: 'data-requests',
      id: asked.id,
      overrideAccess: true,
    })
    assert.equal(proof.status, 'done')
    assert.equal(proof.handledBy && (proof.handledBy as { id: number }).id, officer.id)
    const requests = await payload.find({
      collection: 'data-requests',
      where: { id: { exists: true } },
      overrideAccess: true,
      pagination: false,
    })
    assert.ok(requests.docs.length >= 2)
    assert.ok(
      !JSON.stringify({ proof, requests }).includes(`(#${account.id})`),
      'the proof names no one',
    )
  })
})

describe('retention per event', () => {
  it('purges letters of a finished event from that event’s end, keeps a kept profile’s portrait, clears a profile kept without consent', async () => {
    const policy = {
      documentsDaysAfterEvent: 30,
      closedApplicationsDays: 90,
      checkInsDaysAfterEvent: 60,
    }
    const early = await makeEvent(1, 1)
    const late = await makeEvent(100, 101)
    const keeper = await approvedJournalist(early)
    const leaver = await approvedJournalist(early)
    const future = await approvedJournalist(late)
    const silent = await approvedJournalist(early)
    await ops.setKeepProfile(await as(keeper.account), { keep: true })
    await ops.setKeepProfile(await as(leaver.account), { keep: false })

    const refs = async (id: number) =>
      (
        await payload.findByID({
          collection: 'accreditation-requests',
          id,
          overrideAccess: true,
        })
      ).referenceCode!
    const dryEarly = await ops.purge(payload, policy, {
      apply: false,
      now: at(20),
      operator: { label: 'test' },
    })
    const dueEarly = dryEarly.documentsDeleted.map((d) => d.referenceCode)
    assert.ok(
      !dueEarly.includes(await refs(keeper.id)) && !dueEarly.includes(await refs(leaver.id)),
      'not yet due 19 days after their event ended',
    )
    assert.equal(dryEarly.profilesCleared, 0)
    const applied = await ops.purge(payload, policy, {
      apply: true,
      now: at(40),
      operator: { label: 'test' },
    })
    const deleted = new Map(applied.documentsDeleted.map((d) => [d.referenceCode, d.files]))
    assert.deepEqual(deleted.get(await refs(keeper.id)), ['letter'], 'kept profile: portrait stays')
    assert.deepEqual(deleted.get(await refs(leaver.id))?.sort(), ['letter', 'portrait'])
    assert.equal(deleted.has(await refs(future.id)), false, 'an event to come keeps its files')
    assert.equal(applied.profilesCleared >= 2, true)
    const cleared = await payload.findByID({
      collection: 'journalists',
      id: leaver.account.id,
      overrideAccess: true,
    })
    assert.equal(cleared.idNumber ?? null, null)
    assert.equal(cleared.portrait ?? null, null)
    assert.ok(cleared.profileClearedAt)
    const neverAnswered = await payload.findByID({
      collection: 'journalists',
      id: silent.account.id,
      overrideAccess: true,
    })
    assert.equal(neverAnswered.idNumber ?? null, null, 'never answered: not kept')
    const keptAccount = await payload.findByID({
      collection: 'journalists',
      id: keeper.account.id,
      overrideAccess: true,
      depth: 1,
    })
    assert.equal(keptAccount.idNumber, keeper.idNumber)
    const portrait = keptAccount.portrait as { filename: string; purgedAt?: string | null }
    assert.ok(!portrait.purgedAt && existsSync(path.join(ops.filesDir, portrait.filename)))
    const futureAccount = await payload.findByID({
      collection: 'journalists',
      id: future.account.id,
      overrideAccess: true,
    })
    assert.equal(futureAccount.idNumber, future.idNumber, 'its event is to come: kept')
  })
})
