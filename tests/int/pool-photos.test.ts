import assert from 'node:assert/strict'
import { randomBytes, randomUUID } from 'node:crypto'
import { existsSync, readdirSync } from 'node:fs'
import { after, afterEach, before, describe, it } from 'node:test'

import { createLocalReq, handleEndpoints, type Payload, type SanitizedConfig } from 'payload'
import sharp from 'sharp'

import type { ApplicationInput } from '~/cms/lib/accreditation/applicationSchema'
import { setClock } from '~/cms/lib/time'
import type { Event, Journalist, Session } from '~/cms/payload-types'
import { minimalPdf, photo, portraitJpeg } from '~/tests/support/sampleFiles'
import { makeStaff, startTestPayload } from './harness'

/**
 * The pool gallery on a real SQLite file: a pool member's batch (each file judged by its bytes,
 * nothing left of a refused one), who may upload and when, who gets the originals (the accredited
 * press of the event and staff, through the Local API, REST and the site), and an editor's release
 * into a public gallery in web sizes with the credit kept.
 */
let payload: Payload
let cleanup: () => Promise<void>
let config: SanitizedConfig
let ops: {
  submitApplication: typeof import('~/cms/accreditation/operations/submitApplication').submitApplication
  uploadPoolPhotos: typeof import('~/cms/poolphotos/operations/uploadPoolPhotos').uploadPoolPhotos
  releasePoolPhotos: typeof import('~/cms/poolphotos/operations/releasePoolPhotos').releasePoolPhotos
  withdrawPoolPhoto: typeof import('~/cms/poolphotos/operations/withdrawPoolPhoto').withdrawPoolPhoto
  revokePass: typeof import('~/cms/passes/operations/revokePass').revokePass
  emailsInFlight: typeof import('~/cms/collections/AccreditationRequests/hooks/notifyApplicant').emailsInFlight
  site: typeof import('~/site/lib/cms')
  poolDir: string
}
let officer: Awaited<ReturnType<typeof makeStaff>>
let editor: Awaited<ReturnType<typeof makeStaff>>
let outletId: number
const T0 = new Date('2026-03-01T03:00:00.000Z')
const HOUR = 3_600_000
const PASSWORD = 'a long press password'

before(async () => {
  ;({ payload, cleanup } = await startTestPayload())
  config = await (await import('~/cms/payload.config')).default
  ops = {
    ...(await import('~/cms/accreditation/operations/submitApplication')),
    ...(await import('~/cms/poolphotos/operations/uploadPoolPhotos')),
    ...(await import('~/cms/poolphotos/operations/releasePoolPhotos')),
    ...(await import('~/cms/poolphotos/operations/withdrawPoolPhoto')),
    ...(await import('~/cms/passes/operations/revokePass')),
    ...(await import('~/cms/collections/AccreditationRequests/hooks/notifyApplicant')),
    site: await import('~/site/lib/cms'),
    poolDir: (await import('~/cms/paths')).POOL_PHOTOS_DIR,
  }
  officer = await makeStaff(payload, ['accreditation-officer'])
  editor = await makeStaff(payload, ['editor'])
  const outlet = await payload.create({
    collection: 'outlets',
    overrideAccess: true,
    data: {
      name: 'Báo Ảnh Pool',
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
async function makeEvent(): Promise<Event> {
  prefixes += 1
  return payload.create({
    collection: 'events',
    overrideAccess: true,
    data: {
      name: `Hội nghị ${prefixes}`,
      kind: 'press-conference',
      state: 'open',
      referencePrefix: `PL${prefixes}`,
      passPrefix: `L${prefixes}`,
      startDate: '2026-03-10T01:00:00.000Z',
      endDate: '2026-03-11T01:00:00.000Z',
      accreditationOpensAt: new Date(T0.getTime() - 30 * 24 * HOUR).toISOString(),
      accreditationClosesAt: '2026-03-09T01:00:00.000Z',
      pressRulesVersion: '2.0',
    },
  })
}

const pass = async (kind: 'portrait' | 'letter') => {
  const data = kind === 'portrait' ? await portraitJpeg() : minimalPdf()
  return {
    data,
    mimetype: kind === 'portrait' ? 'image/jpeg' : 'application/pdf',
    name: `${randomUUID()}.${kind === 'portrait' ? 'jpg' : 'pdf'}`,
    size: data.length,
  }
}

/** An application made as the public form makes it, approved by an officer: a press account with a pass. */
async function accredited(event: Event, name: string) {
  setClock(T0)
  const idNumber = `0961900${String(randomBytes(3).readUIntBE(0, 3) % 100000).padStart(5, '0')}`
  const application: ApplicationInput = {
    fullName: name,
    dateOfBirth: '1990-05-20',
    nationality: 'VN',
    idType: 'cccd',
    idNumber,
    pressCardNumber: 'HNB-1',
    outlet: String(outletId),
    outletOther: '',
    role: 'photographer',
    days: ['2026-03-10'],
    email: `pool.${idNumber}@example.vn`,
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
    portrait: await pass('portrait'),
    letter: await pass('letter'),
    eventId: event.id,
  })
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
  const passDoc = (
    await payload.find({
      collection: 'passes',
      where: { request: { equals: id } },
      overrideAccess: true,
    })
  ).docs[0]!
  return { account, pass: passDoc }
}

const as = (account: Journalist, language: 'vi' | 'en' = 'vi') =>
  createLocalReq(
    { user: { ...account, collection: 'journalists' }, context: { language } },
    payload,
  )

async function poolSession(event: Event): Promise<Session> {
  return payload.create({
    collection: 'sessions',
    overrideAccess: true,
    locale: 'vi',
    data: {
      event: event.id,
      title: 'Phiên bế mạc',
      startsAt: new Date(T0.getTime() + HOUR).toISOString(),
      endsAt: new Date(T0.getTime() + 3 * HOUR).toISOString(),
      type: 'plenary',
      pressAccess: 'pool',
    },
  })
}

const jpeg = async (width: number, height: number, orientation?: number) => {
  const image = photo(width, height)
  return new Uint8Array(
    await (orientation ? image.withMetadata({ orientation }) : image).jpeg().toBuffer(),
  )
}

const poolFiles = () =>
  existsSync(ops.poolDir)
    ? readdirSync(ops.poolDir, { withFileTypes: true }).filter((f) => f.isFile()).length
    : 0

async function rest(path: string, token?: string, init: RequestInit = {}): Promise<Response> {
  const request = new Request(`http://localhost${path}`, {
    ...init,
    headers: { ...(token ? { Authorization: `JWT ${token}` } : {}), ...(init.headers ?? {}) },
  })
  return handleEndpoints({ config, path: path.split('?')[0]!, request })
}

/** The journalist's own password, set through a one-time link as the press area does it. */
async function journalistToken(account: Journalist): Promise<string> {
  const token = await payload.forgotPassword({
    collection: 'journalists',
    data: { email: account.email },
    disableEmail: true,
  })
  await payload.resetPassword({
    collection: 'journalists',
    data: { token, password: PASSWORD },
    overrideAccess: true,
  })
  const login = await payload.login({
    collection: 'journalists',
    data: { email: account.email, password: PASSWORD },
  })
  return login.token!
}

async function staffToken(roles: Parameters<typeof makeStaff>[1]): Promise<string> {
  const user = await makeStaff(payload, roles)
  const { token } = await payload.login({
    collection: 'users',
    data: { email: user.email, password: 'test-password-123' },
  })
  return token!
}

const status = (expected: number) => (error: unknown) => {
  assert.equal((error as { status?: number }).status, expected, String(error))
  return true
}

describe('pool photos', () => {
  let event: Event
  let session: Session
  let member: Awaited<ReturnType<typeof accredited>>
  let colleague: Awaited<ReturnType<typeof accredited>>
  let stranger: Awaited<ReturnType<typeof accredited>>
  let uploaded: (number | string)[] = []

  before(async () => {
    event = await makeEvent()
    session = await poolSession(event)
    member = await accredited(event, 'Nguyễn Văn Pool')
    colleague = await accredited(event, 'Trần Thị Đồng Nghiệp')
    stranger = await accredited(await makeEvent(), 'Lê Sự Kiện Khác')
    await payload.create({
      collection: 'pool-members',
      overrideAccess: true,
      data: {
        session: session.id,
        pass: member.pass.id,
        outlet: outletId,
        role: 'photographer',
        turn: 1,
        key: `${session.id}:${member.pass.id}`,
      },
    })
  })

  it('takes a pool member’s batch file by file: photos stored with orientation applied and credit kept, the rest refused by their bytes with nothing left on disk', async () => {
    setClock(new Date(T0.getTime() + 2 * HOUR))
    const before = poolFiles()
    const { results } = await ops.uploadPoolPhotos(await as(member.account), {
      session: session.id,
      credit: '',
      files: [
        { name: 'doc.jpg', bytes: await jpeg(600, 400, 6), caption: '  Đại biểu   biểu quyết ' },
        { name: 'hall.png', bytes: new Uint8Array(await photo(800, 600).png().toBuffer()) },
        { name: 'letter.jpg', bytes: new Uint8Array(minimalPdf()) },
        { name: 'huge.jpg', bytes: new Uint8Array(26 * 1024 * 1024) },
      ],
    })
    assert.deepEqual(
      results.map((r) => r.ok),
      [true, true, false, false],
    )
    const refused = results.filter((r) => !r.ok) as { problem: string; message: string }[]
    assert.deepEqual(
      refused.map((r) => r.problem),
      ['not_image', 'too_large'],
    )
    assert.match(refused[0]!.message, /không phải là ảnh/)
    assert.match(refused[1]!.message, /25 MB/)
    uploaded = results.filter((r) => r.ok).map((r) => (r as { id: number }).id)
    // Each stored photo: the original and two previews; nothing of the refused ones.
    assert.equal(poolFiles() - before, 2 * 3)
    const first = await payload.findByID({
      collection: 'pool-photos',
      id: uploaded[0]!,
      overrideAccess: true,
      depth: 0,
    })
    assert.equal(first.width, 400, 'EXIF orientation 6 is applied: the portrait stands up')
    assert.equal(first.height, 600)
    assert.equal(first.mimeType, 'image/jpeg')
    assert.equal(first.caption, 'Đại biểu biểu quyết')
    assert.equal(first.credit, 'Nguyễn Văn Pool / Báo Ảnh Pool')
    assert.equal(String(first.event), String(event.id))
    const exif = await sharp(`${ops.poolDir}/${first.filename}`).metadata()
    assert.equal(exif.exif, undefined, 'the camera’s metadata is gone')
  })

  it('refuses a journalist outside the pool, a revoked pass and a closed upload, in the caller’s language, storing nothing', async () => {
    setClock(new Date(T0.getTime() + 2 * HOUR))
    const before = poolFiles()
    const files = [{ name: 'a.jpg', bytes: await jpeg(800, 600) }]
    await assert.rejects(
      ops.uploadPoolPhotos(await as(colleague.account, 'en'), { session: session.id, files }),
      (error: Error & { status?: number }) =>
        error.status === 403 && /not in this session’s press pool/.test(error.message),
    )
    await assert.rejects(
      ops.uploadPoolPhotos(await createLocalReq({}, payload), { session: session.id, files }),
      status(403),
    )
    setClock(new Date(T0.getTime() + 28 * HOUR))
    await assert.rejects(
      ops.uploadPoolPhotos(await as(member.account), { session: session.id, files }),
      (error: Error & { status?: number }) => error.status === 409 && /24 giờ/.test(error.message),
    )
    setClock(new Date(T0.getTime() + 2 * HOUR))
    await assert.rejects(
      ops.uploadPoolPhotos(await as(member.account), {
        session: session.id,
        files: Array.from({ length: 21 }, () => files[0]!),
      }),
      status(400),
    )
    assert.equal(poolFiles(), before)
  })

  it('shows the originals to the accredited press of the event and staff only, on the Local API, REST and the site', async () => {
    const seen = async (user: unknown) =>
      (
        await payload.find({
          collection: 'pool-photos',
          overrideAccess: false,
          user: user as never,
        })
      ).docs.length
    assert.equal(await seen({ ...colleague.account, collection: 'journalists' }), 2)
    assert.equal(
      await seen({ ...stranger.account, collection: 'journalists' }),
      0,
      'another event’s journalist',
    )
    assert.equal(await seen(editor), 2)
    await assert.rejects(
      payload.find({ collection: 'pool-photos', overrideAccess: false, user: null }),
      status(403),
    )
    const photoDoc = await payload.findByID({
      collection: 'pool-photos',
      id: uploaded[0]!,
      overrideAccess: true,
    })
    const original = `/api/pool-photos/file/${photoDoc.filename}`
    const preview = `/api/pool-photos/file/${photoDoc.sizes!.preview!.filename}`
    assert.ok([403, 404].includes((await rest(original)).status), 'anonymous: no original')
    assert.ok([403, 404].includes((await rest(preview)).status), 'anonymous: no preview either')
    assert.ok(
      [403, 404].includes((await rest(original, await journalistToken(stranger.account))).status),
    )
    const colleagueToken = await journalistToken(colleague.account)
    const download = await rest(original, colleagueToken)
    assert.equal(download.status, 200)
    assert.equal(download.headers.get('Content-Type'), 'image/jpeg')
    assert.equal((await rest(original, await staffToken(['editor']))).status, 200)
    // The journalist reads the rows but never who uploaded them (account and pass are staff-only).
    const listed = (await (await rest('/api/pool-photos', colleagueToken)).json()) as {
      docs: Record<string, unknown>[]
    }
    assert.equal(listed.docs.length, 2)
    assert.equal(listed.docs[0]!.journalist, undefined)
    assert.equal(listed.docs[0]!.pass, undefined)
    // The press area's section: the member may upload to the session, the colleague sees the photos.
    setClock(new Date(T0.getTime() + 2 * HOUR))
    const mine = await ops.site.getPoolArea(member.account, 'vi')
    assert.deepEqual(
      mine.uploadSessions.map((s) => [s.id, s.window]),
      [[String(session.id), 'open']],
    )
    assert.equal(mine.credit, 'Nguyễn Văn Pool / Báo Ảnh Pool')
    const theirs = await ops.site.getPoolArea(colleague.account, 'vi')
    assert.equal(theirs.uploadSessions.length, 0)
    assert.equal(theirs.galleries[0]?.photos.length, 2)
    assert.equal(theirs.galleries[0]?.photos[0]?.mine, false)
    assert.equal((await ops.site.getPoolArea(stranger.account, 'vi')).galleries.length, 0)
    // The site's access-checked route.
    const file = await ops.site.readPoolPhotoFile(
      colleague.account,
      String(uploaded[0]),
      'original',
    )
    assert.ok(file)
    await file.body.cancel()
    assert.equal(
      await ops.site.readPoolPhotoFile(stranger.account, String(uploaded[0]), 'original'),
      null,
    )
    assert.equal(await ops.site.readPoolPhotoFile(null, String(uploaded[0]), 'original'), null)
  })

  it('lets nobody write rows through REST: journalists neither create nor change them', async () => {
    const token = await journalistToken(colleague.account)
    const create = await rest('/api/pool-photos', token, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ session: session.id, credit: 'x' }),
    })
    assert.ok([403, 404].includes(create.status), `create: ${create.status}`)
    const update = await rest(`/api/pool-photos/${uploaded[0]}`, token, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ credit: 'Kẻ mạo danh' }),
    })
    assert.ok([403, 404].includes(update.status), `update: ${update.status}`)
    const release = await rest('/api/pool-photos/release', token, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ ids: uploaded }),
    })
    assert.ok([403, 404].includes(release.status), `release: ${release.status}`)
  })

  it('lets the photographer withdraw their own photo before release, not a colleague', async () => {
    setClock(new Date(T0.getTime() + 2 * HOUR))
    const { results } = await ops.uploadPoolPhotos(await as(member.account), {
      session: session.id,
      files: [{ name: 'extra.jpg', bytes: await jpeg(800, 600) }],
    })
    const id = (results[0] as { id: number }).id
    const before = poolFiles()
    await assert.rejects(ops.withdrawPoolPhoto(await as(colleague.account), { id }), status(404))
    await ops.withdrawPoolPhoto(await as(member.account), { id })
    assert.equal(poolFiles(), before - 3, 'the original and its previews are gone')
  })

  it('releases chosen photos: media in web sizes with the credit, in a published "Ảnh pool" gallery, the original never public', async () => {
    const req = await createLocalReq({ user: editor }, payload)
    const result = await ops.releasePoolPhotos(req, { ids: [uploaded[0]!] })
    assert.deepEqual(result.released.map(String), [String(uploaded[0])])
    const released = await payload.findByID({
      collection: 'pool-photos',
      id: uploaded[0]!,
      overrideAccess: true,
      depth: 0,
    })
    assert.equal(released.released, true)
    const media = await payload.findByID({
      collection: 'media',
      id: released.releasedMedia as number,
      overrideAccess: false,
      user: null,
    })
    assert.equal(media.credit, 'Nguyễn Văn Pool / Báo Ảnh Pool')
    assert.equal(media.url, null, 'the public gets no address of the media original')
    assert.ok(media.sizes?.card?.filename, 'web sizes exist')
    const gallery = await payload.findByID({
      collection: 'galleries',
      id: result.galleries[0]!,
      overrideAccess: false,
      user: null,
      locale: 'vi',
    })
    assert.equal(gallery.title, 'Ảnh pool: Phiên bế mạc')
    assert.equal(gallery.photos.length, 1)
    assert.equal(gallery.photos[0]!.credit, 'Nguyễn Văn Pool / Báo Ảnh Pool')
    assert.ok([403, 404].includes((await rest(`/api/media/file/${media.filename}`)).status))
    // A second release of the other photo joins the same gallery; the first is not released twice.
    const again = await ops.releasePoolPhotos(req, { ids: uploaded })
    assert.deepEqual(again.skipped.map(String), [String(uploaded[0])])
    assert.deepEqual(again.galleries.map(String), [String(gallery.id)])
    const grown = await payload.findByID({
      collection: 'galleries',
      id: gallery.id,
      overrideAccess: true,
    })
    assert.equal(grown.photos.length, 2)
    // Released: the photographer can no longer withdraw it; the pool original is still press-only.
    await assert.rejects(
      ops.withdrawPoolPhoto(await as(member.account), { id: uploaded[0]! }),
      status(403),
    )
    assert.ok(
      [403, 404].includes((await rest(`/api/pool-photos/file/${released.filename}`)).status),
    )
  })

  it('refuses a release by a journalist or an officer', async () => {
    await assert.rejects(
      ops.releasePoolPhotos(await as(member.account), { ids: uploaded }),
      status(403),
    )
    await assert.rejects(
      ops.releasePoolPhotos(await createLocalReq({ user: officer }, payload), { ids: uploaded }),
      status(403),
    )
  })

  it('refuses a pool member whose pass was revoked', async () => {
    setClock(new Date(T0.getTime() + 2 * HOUR))
    await ops.revokePass(
      await createLocalReq({ user: officer }, payload),
      { id: member.pass.id, reason: 'test' },
      { notify: false },
    )
    await assert.rejects(
      ops.uploadPoolPhotos(await as(member.account), {
        session: session.id,
        files: [{ name: 'a.jpg', bytes: await jpeg(800, 600) }],
      }),
      (error: Error & { status?: number }) =>
        error.status === 403 && /không còn hiệu lực/.test(error.message),
    )
  })
})
