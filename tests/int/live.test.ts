import assert from 'node:assert/strict'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'

import { createLocalReq, handleEndpoints, type Payload, type SanitizedConfig } from 'payload'
import sharp from 'sharp'

import { setClock } from '~/cms/lib/time'
import type { Session, User } from '~/cms/payload-types'
import { minimalPdf } from '../support/sampleFiles'
import { applicationForm, congressEvent, prepareCongress } from './fixtures/application'
import { makeStaff, startTestPayload } from './harness'
import { startMailCatcher } from './mailCatcher'

/**
 * Live coverage, written only through its operations: who may open it and post, correct, remove
 * and pin; every change numbered (seq) in order, also under concurrent posts; the same operations
 * behind REST (the admin's forms) and nothing written any other way.
 */
let payload: Payload
let config: SanitizedConfig
let cleanup: () => Promise<void>
let dir: string
let mail: Awaited<ReturnType<typeof startMailCatcher>>
// Imported once the test portal has set MEDIA_DIR (cms/paths reads it when first imported).
let closeLiveCoverage: typeof import('~/cms/live/operations/closeLiveCoverage').closeLiveCoverage
let correctLiveUpdate: typeof import('~/cms/live/operations/correctLiveUpdate').correctLiveUpdate
let deleteLiveUpdate: typeof import('~/cms/live/operations/deleteLiveUpdate').deleteLiveUpdate
let openLiveCoverage: typeof import('~/cms/live/operations/openLiveCoverage').openLiveCoverage
let pinLiveUpdate: typeof import('~/cms/live/operations/pinLiveUpdate').pinLiveUpdate
let postLiveUpdate: typeof import('~/cms/live/operations/postLiveUpdate').postLiveUpdate
let emailsInFlight: () => Promise<void>
let editor: User & { collection: 'users' }
let officer: User & { collection: 'users' }
const tokens: Record<'editor' | 'journalist', string> = { editor: '', journalist: '' }
const CMS = 'http://127.0.0.1:3000'

const as = async (user: unknown, language: 'vi' | 'en' = 'vi') => {
  const req = await createLocalReq({ user: user as User }, payload)
  req.i18n = { ...req.i18n, language } as typeof req.i18n
  return req
}
const status =
  (...codes: number[]) =>
  (error: unknown) => {
    assert.ok(codes.includes((error as { status?: number }).status ?? 0), String(error))
    return true
  }

/** What the REST answers carry that the tests read. */
type Answer = {
  doc?: { id: number; seq: number; state: string; pinned: boolean; liveState: string }
  state?: string
  changedAt?: string
  text?: string
}

async function rest(
  who: 'editor' | 'journalist' | null,
  method: string,
  route: string,
  body?: unknown,
): Promise<{ status: number; json: Answer | null }> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' }
  if (who) headers.Authorization = `JWT ${tokens[who]}`
  const response = await handleEndpoints({
    config,
    request: new Request(`${CMS}/api${route}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
  })
  return { status: response.status, json: (await response.json().catch(() => null)) as never }
}

/** An accredited journalist with a password, as the site's press area signs one in. */
async function journalistToken(): Promise<string> {
  const gateway = await import('~/site/lib/cms')
  await prepareCongress(payload)
  const outcome = await gateway.submitApplication(await applicationForm({}), 'vi')
  assert.ok(outcome.ok)
  const id = outcome.statusToken.split('.')[0]!
  await payload.update({
    collection: 'accreditation-requests',
    id,
    data: { status: 'approved' },
    overrideAccess: false,
    user: officer,
  })
  await emailsInFlight()
  setClock(null)
  const account = (
    await payload.find({
      collection: 'journalists',
      where: { request: { equals: id } },
      overrideAccess: true,
    })
  ).docs[0]!
  const reset = await payload.forgotPassword({
    collection: 'journalists',
    data: { email: account.email },
    disableEmail: true,
  })
  await payload.resetPassword({
    collection: 'journalists',
    data: { token: String(reset), password: 'journalist-password-1' },
    overrideAccess: true,
  })
  const login = await payload.login({
    collection: 'journalists',
    data: { email: account.email, password: 'journalist-password-1' },
  })
  return String(login.token)
}

let sessionCounter = 0
async function session(): Promise<Session> {
  const event = await congressEvent(payload)
  sessionCounter += 1
  return payload.create({
    collection: 'sessions',
    overrideAccess: true,
    data: {
      event: event.id,
      title: `Phiên khai mạc ${sessionCounter}`,
      startsAt: '2025-10-16T01:00:00.000Z',
      endsAt: '2025-10-16T04:00:00.000Z',
      type: 'plenary',
      pressAccess: 'open',
    },
  })
}
async function liveSession(): Promise<Session> {
  return openLiveCoverage(await as(editor), { session: (await session()).id })
}
const updatesOf = async (sessionId: number) =>
  (
    await payload.find({
      collection: 'live-updates',
      where: { session: { equals: sessionId } },
      sort: 'seq',
      pagination: false,
      overrideAccess: true,
    })
  ).docs

before(async () => {
  mail = await startMailCatcher()
  ;({ payload, cleanup, dir } = await startTestPayload())
  config = payload.config
  ;({ emailsInFlight } =
    await import('~/cms/collections/AccreditationRequests/hooks/notifyApplicant'))
  ;({ closeLiveCoverage } = await import('~/cms/live/operations/closeLiveCoverage'))
  ;({ correctLiveUpdate } = await import('~/cms/live/operations/correctLiveUpdate'))
  ;({ deleteLiveUpdate } = await import('~/cms/live/operations/deleteLiveUpdate'))
  ;({ openLiveCoverage } = await import('~/cms/live/operations/openLiveCoverage'))
  ;({ pinLiveUpdate } = await import('~/cms/live/operations/pinLiveUpdate'))
  ;({ postLiveUpdate } = await import('~/cms/live/operations/postLiveUpdate'))
  editor = await makeStaff(payload, ['editor'])
  officer = await makeStaff(payload, ['accreditation-officer'])
  const login = await payload.login({
    collection: 'users',
    data: { email: editor.email, password: 'test-password-123' },
  })
  tokens.editor = String(login.token)
  tokens.journalist = await journalistToken()
})
after(async () => {
  setClock(null)
  await emailsInFlight()
  await cleanup()
  await mail.stop()
})

describe('opening and closing live coverage', () => {
  it('lets an editor open and close a session’s coverage, stamped and in the audit trail', async () => {
    const { id } = await session()
    const opened = await openLiveCoverage(await as(editor), { session: id })
    assert.equal(opened.liveState, 'live')
    assert.ok(opened.liveOpenedAt)
    await assert.rejects(openLiveCoverage(await as(editor), { session: id }), status(409))
    const closed = await closeLiveCoverage(await as(editor), { session: id })
    assert.equal(closed.liveState, 'ended')
    assert.ok(closed.liveClosedAt)
    const audit = await payload.find({
      collection: 'audit-entries',
      where: { action: { in: ['live-opened', 'live-closed'] } },
      overrideAccess: true,
    })
    assert.ok(audit.docs.filter((entry) => entry.summary?.includes(opened.title)).length === 2)
  })

  it('refuses officers, journalists and anonymous callers, in their language', async () => {
    const { id } = await session()
    const journalist = { collection: 'journalists', id: 1, accredited: true }
    for (const user of [officer, journalist, null])
      await assert.rejects(openLiveCoverage(await as(user), { session: id }), status(403))
    await assert.rejects(openLiveCoverage(await as(null, 'en'), { session: id }), (error) => {
      assert.match(String((error as Error).message), /Only editors and admins/)
      return true
    })
    const refused = await rest('journalist', 'POST', `/sessions/${id}/live/open`)
    assert.equal(refused.status, 403)
    const byRest = await rest('editor', 'POST', `/sessions/${id}/live/open`)
    assert.equal(byRest.status, 200)
    assert.equal(byRest.json?.doc?.liveState, 'live')
  })

  it('never lets a form or REST set the live state by hand', async () => {
    const { id } = await session()
    const changed = await rest('editor', 'PATCH', `/sessions/${id}`, { liveState: 'live' })
    assert.equal(changed.status, 200)
    const stored = await payload.findByID({ collection: 'sessions', id, overrideAccess: true })
    assert.equal(stored.liveState, 'none')
  })
})

describe('posting live updates', () => {
  it('posts text, a quote with its speaker and a pinned key point, each with the next seq', async () => {
    const live = await liveSession()
    const req = await as(editor)
    const text = await postLiveUpdate(req, { session: live.id, text: 'Đại hội khai mạc.' })
    const quote = await postLiveUpdate(await as(editor), {
      session: live.id,
      kind: 'quote',
      text: 'Đoàn kết, dân chủ, kỷ cương.',
      speaker: 'Bí thư Tỉnh ủy',
    })
    const key = await postLiveUpdate(await as(editor), {
      session: live.id,
      kind: 'key-point',
      text: '350 đại biểu dự Đại hội.',
      pinned: true,
    })
    assert.deepEqual(
      [text.kind, quote.kind, key.kind, key.pinned],
      ['text', 'quote', 'key-point', true],
    )
    assert.equal(quote.speaker, 'Bí thư Tỉnh ủy')
    assert.equal(text.author && Number(text.author), editor.id)
    assert.ok(text.seq! < quote.seq! && quote.seq! < key.seq!)
  })

  it('refuses empty text, a quote without speaker, and any post to a session that is not live', async () => {
    const live = await liveSession()
    await assert.rejects(
      postLiveUpdate(await as(editor), { session: live.id, text: '  ' }),
      status(400),
    )
    await assert.rejects(
      postLiveUpdate(await as(editor), { session: live.id, kind: 'quote', text: 'x' }),
      status(400),
    )
    const idle = await session()
    await assert.rejects(
      postLiveUpdate(await as(editor), { session: idle.id, text: 'x' }),
      status(409),
    )
    await closeLiveCoverage(await as(editor), { session: live.id })
    await assert.rejects(
      postLiveUpdate(await as(editor), { session: live.id, text: 'x' }),
      status(409),
    )
    assert.equal((await updatesOf(live.id)).length, 0)
  })

  it('stores a photo from the phone in the media library, sized by sharp, with its credit', async () => {
    const live = await liveSession()
    const jpeg = await sharp({
      create: { width: 1200, height: 800, channels: 3, background: '#b91c1c' },
    })
      .jpeg()
      .toBuffer()
    const posted = await postLiveUpdate(await as(editor), {
      session: live.id,
      text: 'Toàn cảnh hội trường.',
      credit: 'Ảnh: Báo Cà Mau',
      upload: { data: jpeg, name: 'IMG_0001.jpg' },
    })
    assert.equal(posted.kind, 'photo')
    const media = await payload.findByID({
      collection: 'media',
      id: Number(posted.photo),
      overrideAccess: true,
    })
    assert.equal(media.credit, 'Ảnh: Báo Cà Mau')
    assert.ok(media.sizes?.card?.filename, 'the web sizes were made')
    assert.ok(existsSync(path.join(dir, 'media', media.sizes!.card!.filename!)))
    assert.doesNotMatch(media.filename ?? '', /IMG_0001/)
    assert.ok(existsSync(path.join(dir, 'media', media.filename!)), 'in the test portal’s folder')
  })

  it('refuses a file that is not an image, and keeps no media row', async () => {
    const live = await liveSession()
    const before = (await payload.count({ collection: 'media', overrideAccess: true })).totalDocs
    await assert.rejects(
      postLiveUpdate(await as(editor), {
        session: live.id,
        text: 'Ảnh',
        credit: 'x',
        upload: { data: minimalPdf(), name: 'photo.jpg' },
      }),
      status(415),
    )
    const after = (await payload.count({ collection: 'media', overrideAccess: true })).totalDocs
    assert.equal(after, before)
  })

  it('gives concurrent posts distinct, increasing seqs', async () => {
    const live = await liveSession()
    const posts = await Promise.all(
      Array.from({ length: 8 }, async (_, i) =>
        postLiveUpdate(await as(editor), { session: live.id, text: `Cập nhật ${i}` }),
      ),
    )
    const seqs = posts.map((post) => post.seq!)
    assert.equal(new Set(seqs).size, 8)
    assert.ok(seqs.every((seq) => Number.isInteger(seq) && seq > 0))
  })
})

describe('correcting, removing and pinning', () => {
  it('corrects with a note, removes keeping the text, pins: each change a higher seq', async () => {
    const live = await liveSession()
    const posted = await postLiveUpdate(await as(editor), {
      session: live.id,
      text: 'Có 300 đại biểu.',
    })
    await assert.rejects(
      correctLiveUpdate(await as(editor), { update: posted.id, text: 'Có 350 đại biểu.' }),
      status(400),
    )
    const corrected = await correctLiveUpdate(await as(editor), {
      update: posted.id,
      text: 'Có 350 đại biểu.',
      correction: 'Sửa số đại biểu.',
    })
    assert.equal(corrected.state, 'corrected')
    assert.equal(corrected.correction, 'Sửa số đại biểu.')
    assert.ok(corrected.seq! > posted.seq!)
    assert.ok(corrected.changedAt)
    const pinned = await pinLiveUpdate(await as(editor), { update: posted.id })
    assert.ok(pinned.pinned && pinned.seq! > corrected.seq!)
    const again = await pinLiveUpdate(await as(editor), { update: posted.id })
    assert.equal(again.seq, pinned.seq, 'pinning a pinned update changes nothing')
    const removed = await deleteLiveUpdate(await as(editor), { update: posted.id })
    assert.equal(removed.state, 'deleted')
    assert.equal(removed.text, 'Có 350 đại biểu.', 'the text stays on record')
    assert.equal(removed.pinned, false)
    assert.ok(removed.seq! > pinned.seq!)
    await assert.rejects(deleteLiveUpdate(await as(editor), { update: posted.id }), status(409))
    await assert.rejects(
      correctLiveUpdate(await as(editor), { update: posted.id, text: 'y', correction: 'z' }),
      status(409),
    )
    const audit = await payload.find({
      collection: 'audit-entries',
      where: { action: { in: ['live-corrected', 'live-deleted'] } },
      overrideAccess: true,
    })
    assert.ok(audit.docs.some((entry) => entry.message?.includes('Có 300 đại biểu.')))
  })

  it('shows readers that an update was removed, not what it said', async () => {
    const live = await liveSession()
    const posted = await postLiveUpdate(await as(editor), { session: live.id, text: 'Nhầm lẫn' })
    await deleteLiveUpdate(await as(editor), { update: posted.id })
    const publicView = await rest(null, 'GET', `/live-updates/${posted.id}`)
    assert.equal(publicView.status, 200)
    assert.equal(publicView.json?.state, 'deleted')
    assert.ok(publicView.json?.changedAt)
    assert.equal(publicView.json?.text, undefined)
    const editorView = await rest('editor', 'GET', `/live-updates/${posted.id}`)
    assert.equal(editorView.json?.text, 'Nhầm lẫn')
  })

  it('refuses officers and journalists every change', async () => {
    const live = await liveSession()
    const posted = await postLiveUpdate(await as(editor), { session: live.id, text: 'Tin' })
    for (const user of [officer, { collection: 'journalists', id: 1, accredited: true }, null]) {
      await assert.rejects(
        postLiveUpdate(await as(user), { session: live.id, text: 'x' }),
        status(403),
      )
      await assert.rejects(
        correctLiveUpdate(await as(user), { update: posted.id, text: 'y', correction: 'z' }),
        status(403),
      )
      await assert.rejects(deleteLiveUpdate(await as(user), { update: posted.id }), status(403))
      await assert.rejects(pinLiveUpdate(await as(user), { update: posted.id }), status(403))
    }
    assert.equal((await updatesOf(live.id))[0]!.seq, posted.seq)
  })
})

describe('REST and the Local API go through the same operations', () => {
  it('posts as an editor, refuses a journalist and an anonymous caller', async () => {
    const live = await liveSession()
    const posted = await rest('editor', 'POST', '/live-updates', {
      session: live.id,
      text: 'Qua REST',
      kind: 'text',
    })
    assert.equal(posted.status, 201)
    assert.ok((posted.json?.doc?.seq ?? 0) > 0)
    assert.equal(
      (await rest('journalist', 'POST', '/live-updates', { session: live.id, text: 'x' })).status,
      403,
    )
    assert.equal(
      (await rest(null, 'POST', '/live-updates', { session: live.id, text: 'x' })).status,
      403,
    )
    assert.equal((await updatesOf(live.id)).length, 1)
  })

  it('turns an admin save into a correction, a pin or a removal, and refuses other changes', async () => {
    const live = await liveSession()
    const { json } = await rest('editor', 'POST', '/live-updates', { session: live.id, text: 'A' })
    const id = json?.doc?.id
    const noNote = await rest('editor', 'PATCH', `/live-updates/${id}`, { text: 'B' })
    assert.equal(noNote.status, 400)
    const corrected = await rest('editor', 'PATCH', `/live-updates/${id}`, {
      text: 'B',
      correction: 'A thành B',
      pinned: true,
    })
    assert.equal(corrected.status, 200)
    assert.equal(corrected.json?.doc?.state, 'corrected')
    assert.equal(corrected.json?.doc?.pinned, true)
    const moved = await rest('editor', 'PATCH', `/live-updates/${id}`, { kind: 'quote' })
    assert.equal(moved.status, 400)
    assert.equal((await rest('journalist', 'POST', `/live-updates/${id}/delete`)).status, 403)
    const removed = await rest('editor', 'POST', `/live-updates/${id}/delete`)
    assert.equal(removed.json?.doc?.state, 'deleted')
    const seqs = (await updatesOf(live.id)).map((update) => update.seq)
    assert.equal(seqs.length, 1)
  })

  it('refuses writes through the Local API that skip the operations, and bulk edits', async () => {
    const live = await liveSession()
    for (const user of [editor, { collection: 'journalists', id: 1, accredited: true }])
      await assert.rejects(
        payload.create({
          collection: 'live-updates',
          overrideAccess: false,
          user: user as never,
          data: { session: live.id, text: 'x', kind: 'text', state: 'published' },
        }),
        status(403),
      )
    const bulk = await rest('editor', 'PATCH', `/live-updates?where[session][equals]=${live.id}`, {
      pinned: true,
    })
    assert.ok(bulk.status >= 400 && bulk.status < 500)
    assert.equal((await updatesOf(live.id)).length, 0)
  })

  it('numbers every change of every update in order across sessions', async () => {
    const one = await liveSession()
    const two = await liveSession()
    const a = await postLiveUpdate(await as(editor), { session: one.id, text: 'A' })
    const b = await postLiveUpdate(await as(editor), { session: two.id, text: 'B' })
    const c = await correctLiveUpdate(await as(editor), {
      update: a.id,
      text: 'A2',
      correction: 'sửa',
    })
    const d = await pinLiveUpdate(await as(editor), { update: b.id })
    const e = await deleteLiveUpdate(await as(editor), { update: a.id })
    const seqs = [a, b, c, d, e].map((change) => change.seq!)
    assert.deepEqual(
      seqs,
      [...seqs].sort((x, y) => x - y),
    )
    assert.equal(new Set(seqs).size, seqs.length)
  })
})
