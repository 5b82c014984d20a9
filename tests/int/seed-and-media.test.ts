import assert from 'node:assert/strict'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'

import type { Payload } from 'payload'
import sharp from 'sharp'

import { DEMO_NEWS, DRAFT_NEWS_TITLE } from '~/cms/seed/news'
import { DEMO_OUTLETS } from '~/cms/seed/outlets'
import { DEMO_JOURNALIST_EMAIL, DEMO_PASSWORD, DEMO_STAFF } from '~/cms/seed/users'
import { forbidden, makeStaff, startTestPayload } from './harness'

let payload: Payload
let cleanup: () => Promise<void>

before(async () => {
  ;({ payload, cleanup } = await startTestPayload())
})
after(() => cleanup())

const counts = async () =>
  Object.fromEntries(
    await Promise.all(
      (
        [
          'news',
          'media',
          'users',
          'outlets',
          'accreditation-requests',
          'passes',
          'journalists',
        ] as const
      ).map(async (collection) => [collection, (await payload.count({ collection })).totalDocs]),
    ),
  )

describe('demo seed', () => {
  it('fills an empty database once, and a second run changes nothing', async () => {
    const { seed } = await import('~/cms/seed')
    assert.deepEqual(await seed(payload), { created: true })
    const first = await counts()
    assert.deepEqual(first, {
      news: DEMO_NEWS.length + 1,
      media: 6,
      users: DEMO_STAFF.length,
      outlets: DEMO_OUTLETS.length,
      'accreditation-requests': 4,
      passes: 1,
      journalists: 1,
    })
    assert.deepEqual(await seed(payload), { created: false })
    assert.deepEqual(await counts(), first)
    // The approved demo journalist can sign into the press area with the demo password.
    const login = await payload.login({
      collection: 'journalists',
      data: { email: DEMO_JOURNALIST_EMAIL, password: DEMO_PASSWORD },
    })
    assert.ok(login.token)
  })

  it('gives the site the congress facts and rules in both languages', async () => {
    const congress = { referencePrefix: { equals: 'DH1' } }
    const asVisitor = { overrideAccess: false, user: null, where: congress, limit: 1 } as const
    const vi = (await payload.find({ collection: 'events', locale: 'vi', ...asVisitor })).docs[0]!
    const en = (await payload.find({ collection: 'events', locale: 'en', ...asVisitor })).docs[0]!
    assert.equal(vi.state, 'archived')
    assert.match(vi.name, /Đại hội đại biểu Đảng bộ tỉnh Cà Mau lần thứ I/)
    assert.match(en.name, /1st Congress of the Cà Mau Provincial Party Committee/)
    assert.equal(vi.delegates?.total, 450)
    assert.equal(vi.delegates?.delegations, 68)
    const rules = await payload.findGlobal({
      slug: 'press-rules',
      locale: 'en',
      overrideAccess: false,
      user: null,
    })
    assert.equal(rules.version, '1.0')
  })

  it('leaves its draft invisible to the public', async () => {
    const { totalDocs } = await payload.count({
      collection: 'news',
      overrideAccess: false,
      user: null,
      where: { title: { equals: DRAFT_NEWS_TITLE } },
    })
    assert.equal(totalDocs, 0)
  })
})

describe('public images', () => {
  const photoWithGps = () =>
    sharp({ create: { width: 2000, height: 1500, channels: 3, background: '#a61b1b' } })
      .jpeg()
      .withExif({ IFD0: { Copyright: 'secret camera owner', Make: 'TestCam' } })
      .toBuffer()

  it('stores an editor’s photo without its EXIF data and makes WebP sizes', async () => {
    const editor = await makeStaff(payload, ['editor'])
    const data = await photoWithGps()
    assert.ok((await sharp(data).metadata()).exif, 'the test photo has EXIF to strip')
    const doc = await payload.create({
      collection: 'media',
      overrideAccess: false,
      user: editor,
      data: { alt: 'Hội trường' },
      file: { data, mimetype: 'image/jpeg', name: 'hoi-truong.jpg', size: data.length },
    })
    const dir = process.env.MEDIA_DIR!
    const original = path.join(dir, doc.filename!)
    assert.ok(existsSync(original))
    const meta = await sharp(original).metadata()
    assert.equal(meta.exif, undefined, 'EXIF survived the upload')
    assert.equal(doc.sizes?.card?.mimeType, 'image/webp')
    assert.ok(existsSync(path.join(dir, doc.sizes!.card!.filename!)))
    assert.equal(doc.sizes?.cardJpeg?.mimeType, 'image/jpeg')
  })

  it('refuses an upload from anyone who is not an editor', async () => {
    const data = await photoWithGps()
    const officer = await makeStaff(payload, ['accreditation-officer'])
    for (const user of [null, officer]) {
      await assert.rejects(
        payload.create({
          collection: 'media',
          overrideAccess: false,
          user,
          data: { alt: 'x' },
          file: { data, mimetype: 'image/jpeg', name: 'x.jpg', size: data.length },
        }),
        forbidden,
      )
    }
  })
})
