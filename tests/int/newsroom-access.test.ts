import assert from 'node:assert/strict'
import { after, afterEach, before, describe, it } from 'node:test'

import { createLocalReq, type Payload } from 'payload'

import { setClock } from '~/cms/lib/time'
import { liftEmbargo } from '~/cms/releases/operations/liftEmbargo'
import { minimalPdf } from '../support/sampleFiles'
import { congressEvent } from './fixtures/application'
import { makeStaff, notFoundOrForbidden, startTestPayload } from './harness'

let payload: Payload
let cleanup: () => Promise<void>

before(async () => {
  ;({ payload, cleanup } = await startTestPayload())
  // Releases, galleries and documents belong to an event: the test congress, featured by default.
  await congressEvent(payload)
})
after(() => cleanup())
afterEach(() => setClock(null))

const LIFT = '2025-10-16T01:00:00.000Z'
const beforeLift = new Date('2025-10-16T00:00:00Z')
const afterLift = new Date('2025-10-16T01:00:01Z')

/** What the journalists collection (issue 5) puts on req.user for a signed-in accredited journalist. */
const accredited = {
  collection: 'journalists',
  accredited: true,
  id: 9001,
  email: 'pv@test.local',
} as never
const notAccredited = {
  collection: 'journalists',
  accredited: false,
  id: 9002,
  email: 'old@test.local',
} as never

const pdf = () => {
  const data = minimalPdf()
  return { data, mimetype: 'application/pdf', name: 'thong-cao.pdf', size: data.length }
}

async function embargoedRelease(title: string) {
  const editor = await makeStaff(payload, ['editor'])
  setClock(new Date('2025-10-15T00:00:00Z'))
  const release = await payload.create({
    collection: 'press-releases',
    overrideAccess: false,
    user: editor,
    data: { title, summary: 'Tóm tắt', _status: 'published', embargoUntil: LIFT },
  })
  const attachment = await payload.create({
    collection: 'documents',
    overrideAccess: false,
    user: editor,
    data: { title: `${title} (PDF)`, kind: 'attachment', audience: 'public', release: release.id },
    file: pdf(),
  })
  setClock(null)
  return { editor, release, attachment }
}

const ids = (result: { docs: { id: number | string }[] }) => result.docs.map((doc) => doc.id)

describe('press release embargo, per audience', () => {
  it('hides an embargoed release and its attachment from anonymous readers and unaccredited journalists until the lift', async () => {
    const { release, attachment } = await embargoedRelease('Thông cáo cấm đăng A')
    setClock(beforeLift)
    for (const user of [null, notAccredited]) {
      assert.ok(
        !ids(
          await payload.find({
            collection: 'press-releases',
            overrideAccess: false,
            user,
            limit: 100,
          }),
        ).includes(release.id),
      )
      await assert.rejects(
        payload.findByID({
          collection: 'press-releases',
          id: release.id,
          overrideAccess: false,
          user,
        }),
        notFoundOrForbidden,
      )
      assert.ok(
        !ids(
          await payload.find({ collection: 'documents', overrideAccess: false, user, limit: 100 }),
        ).includes(attachment.id),
      )
      const count = await payload.count({
        collection: 'press-releases',
        overrideAccess: false,
        user,
        where: { title: { like: 'cấm đăng A' } },
      })
      assert.equal(count.totalDocs, 0)
    }
  })

  it('shows the embargoed release and attachment to an accredited journalist before the lift', async () => {
    const { release, attachment } = await embargoedRelease('Thông cáo cấm đăng B')
    setClock(beforeLift)
    const found = await payload.findByID({
      collection: 'press-releases',
      id: release.id,
      overrideAccess: false,
      user: accredited,
    })
    assert.equal(found.title, 'Thông cáo cấm đăng B')
    assert.ok(
      ids(
        await payload.find({
          collection: 'documents',
          overrideAccess: false,
          user: accredited,
          limit: 100,
        }),
      ).includes(attachment.id),
    )
  })

  it('shows both to everyone once the clock passes the lift time, with no job and no restart', async () => {
    const { release, attachment } = await embargoedRelease('Thông cáo cấm đăng C')
    setClock(afterLift)
    assert.ok(
      ids(
        await payload.find({
          collection: 'press-releases',
          overrideAccess: false,
          user: null,
          limit: 100,
        }),
      ).includes(release.id),
    )
    assert.ok(
      ids(
        await payload.find({
          collection: 'documents',
          overrideAccess: false,
          user: null,
          limit: 100,
        }),
      ).includes(attachment.id),
    )
  })

  it('lifts the embargo at once when an editor lifts it now (the liftEmbargo operation)', async () => {
    const { editor, release } = await embargoedRelease('Thông cáo cấm đăng D')
    setClock(beforeLift)
    const { release: updated } = await liftEmbargo(
      await createLocalReq({ user: editor as never }, payload),
      {
        release: release.id,
      },
    )
    assert.equal(updated.embargoUntil, beforeLift.toISOString())
    const anonymous = await payload.findByID({
      collection: 'press-releases',
      id: release.id,
      overrideAccess: false,
      user: null,
    })
    assert.equal(anonymous.title, 'Thông cáo cấm đăng D')
  })

  it('numbers releases in order and keeps drafts from journalists', async () => {
    const editor = await makeStaff(payload, ['editor'])
    const first = await payload.create({
      collection: 'press-releases',
      overrideAccess: false,
      user: editor,
      data: { title: 'Số thứ tự 1', _status: 'published' },
    })
    const draft = await payload.create({
      collection: 'press-releases',
      overrideAccess: false,
      user: editor,
      data: { title: 'Bản nháp', _status: 'draft' },
    })
    assert.equal(draft.number, (first.number ?? 0) + 1)
    await assert.rejects(
      payload.findByID({
        collection: 'press-releases',
        id: draft.id,
        overrideAccess: false,
        user: accredited,
        draft: true,
      }),
      notFoundOrForbidden,
    )
  })

  it('refuses to let a journalist write a release', async () => {
    await assert.rejects(
      payload.create({
        collection: 'press-releases',
        overrideAccess: false,
        user: accredited,
        data: { title: 'x' },
      }),
      (e: { status?: number }) => e.status === 403,
    )
  })
})

describe('documents, per audience', () => {
  it('gives the public only public documents and embargoed ones after their time; the press all of them', async () => {
    const editor = await makeStaff(payload, ['editor'])
    const make = (
      title: string,
      audience: 'public' | 'press' | 'embargoed',
      embargoUntil?: string,
    ) =>
      payload.create({
        collection: 'documents',
        overrideAccess: false,
        user: editor,
        data: { title, audience, embargoUntil, kind: 'press-kit' },
        file: pdf(),
      })
    const open = await make('Công khai', 'public')
    const pressOnly = await make('Chỉ báo chí', 'press')
    const embargoed = await make('Cấm đăng đến giờ', 'embargoed', LIFT)
    setClock(beforeLift)
    const publicBefore = ids(
      await payload.find({
        collection: 'documents',
        overrideAccess: false,
        user: null,
        limit: 100,
      }),
    )
    assert.ok(publicBefore.includes(open.id))
    assert.ok(!publicBefore.includes(pressOnly.id) && !publicBefore.includes(embargoed.id))
    const press = ids(
      await payload.find({
        collection: 'documents',
        overrideAccess: false,
        user: accredited,
        limit: 100,
      }),
    )
    assert.ok([open.id, pressOnly.id, embargoed.id].every((id) => press.includes(id)))
    setClock(afterLift)
    const publicAfter = ids(
      await payload.find({
        collection: 'documents',
        overrideAccess: false,
        user: null,
        limit: 100,
      }),
    )
    assert.ok(publicAfter.includes(embargoed.id) && !publicAfter.includes(pressOnly.id))
  })

  it('refuses a document that is not really a PDF', async () => {
    const editor = await makeStaff(payload, ['editor'])
    const fake = Buffer.from('<html>not a pdf</html>')
    await assert.rejects(
      payload.create({
        collection: 'documents',
        overrideAccess: false,
        user: editor,
        data: { title: 'Giả', audience: 'public', kind: 'congress' },
        file: { data: fake, mimetype: 'application/pdf', name: 'fake.pdf', size: fake.length },
      }),
    )
  })
})
