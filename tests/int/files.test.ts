import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'

import { handleEndpoints, type Payload } from 'payload'

import { mayOpenOriginals, readMedia } from '~/cms/access/mediaFiles'
import { csvIsInert } from '~/cms/lib/csv'
import { parseVettingCsv, toVettingCsv } from '~/cms/lib/accreditation/vettingCsv'
import type { Media } from '~/cms/payload-types'
import { activePdf, photo } from '../support/sampleFiles'
import { congressEvent } from './fixtures/application'
import { makeStaff, startTestPayload } from './harness'

/**
 * Files as every door serves them: Payload's own file route (/api/<collection>/file/<name>, the
 * admin's and REST's), the REST documents, and the site's gateway (site/lib/cms). Over Payload's
 * real REST handler, signed in with real tokens.
 */
let payload: Payload
let cleanup: () => Promise<void>
let site: typeof import('~/site/lib/cms')
let config: Awaited<typeof import('~/cms/payload.config')>['default']

before(async () => {
  ;({ payload, cleanup } = await startTestPayload())
  // Releases, galleries and documents belong to an event: the test congress, featured by default.
  await congressEvent(payload)
  site = await import('~/site/lib/cms')
  config = (await import('~/cms/payload.config')).default
})
after(() => cleanup())

const journalist = {
  collection: 'journalists',
  accredited: true,
  id: 77,
  email: 'pv@test.local',
} as never
const lapsedJournalist = {
  collection: 'journalists',
  accredited: false,
  id: 78,
  email: 'old@test.local',
} as never

/** A REST request through Payload's real handler, as the Next route passes it on. */
async function rest(path: string, token?: string): Promise<Response> {
  const request = new Request(`http://localhost${path}`, {
    headers: token ? { Authorization: `JWT ${token}` } : {},
  })
  return handleEndpoints({ config, path: path.split('?')[0]!, request })
}

async function tokenOf(roles: Parameters<typeof makeStaff>[1]): Promise<string> {
  const user = await makeStaff(payload, roles)
  const { token } = await payload.login({
    collection: 'users',
    data: { email: user.email, password: 'test-password-123' },
  })
  return token!
}

async function galleryPhoto(name: string): Promise<Media> {
  const editor = await makeStaff(payload, ['editor'])
  const data = await photo(2000, 1500).jpeg().toBuffer()
  const media = await payload.create({
    collection: 'media',
    overrideAccess: false,
    user: editor,
    data: { alt: 'Hội trường' },
    file: { data, mimetype: 'image/jpeg', name, size: data.length },
  })
  await payload.create({
    collection: 'galleries',
    overrideAccess: false,
    user: editor,
    data: { title: `Bộ ảnh ${name}`, _status: 'published', photos: [{ image: media.id }] },
  })
  return media
}

describe('gallery originals are for staff and accredited press on every channel', () => {
  it("Payload's file route serves the web sizes to anyone and the original only to staff", async () => {
    const media = await galleryPhoto('hoi-truong.jpg')
    const card = media.sizes!.card!.filename!
    const original = media.filename!
    assert.equal((await rest(`/api/media/file/${card}`)).status, 200)
    assert.equal((await rest(`/api/media/file/${media.sizes!.heroJpeg!.filename!}`)).status, 200)
    assert.equal(
      (await rest(`/api/media/file/${original}`)).status,
      403,
      'the public got the original',
    )
    for (const roles of [
      ['editor'],
      ['accreditation-officer'],
      ['checkin-staff'],
      ['admin'],
    ] as const) {
      const response = await rest(`/api/media/file/${original}`, await tokenOf([...roles]))
      assert.equal(response.status, 200, roles.join())
      assert.equal(response.headers.get('content-type'), 'image/jpeg')
    }
  })

  it('the same read access lets an accredited journalist have originals, and nobody else', async () => {
    const req = (user: unknown) => ({
      req: { user } as never,
      isReadingStaticFile: true,
      data: { filename: 'x.jpg' },
    })
    assert.equal(await readMedia(req(journalist)), true)
    assert.deepEqual(await readMedia(req(lapsedJournalist)), { filename: { not_equals: 'x.jpg' } })
    assert.deepEqual(await readMedia(req(null)), { filename: { not_equals: 'x.jpg' } })
    // Documents themselves stay public; only the file is guarded.
    assert.equal(await readMedia({ req: { user: null } as never }), true)
    assert.equal(mayOpenOriginals({ user: journalist }), true)
    assert.equal(mayOpenOriginals({ user: lapsedJournalist }), false)
  })

  it("REST and the Local API hand the original's address only to those who may open it", async () => {
    const media = await galleryPhoto('dai-bieu.jpg')
    const anonymous = (await (await rest(`/api/media/${media.id}`)).json()) as Media
    assert.equal(anonymous.url, null)
    assert.match(anonymous.sizes!.card!.url!, /\/api\/media\/file\/.+-800x450\.webp$/)
    const listed = await rest('/api/media?limit=100')
    const list = (await listed.json()) as { docs: Media[] }
    assert.equal(listed.status, 200, JSON.stringify(list))
    assert.ok(list.docs.length > 0 && list.docs.every((doc) => doc.url === null))
    // Nor inside a gallery that carries the photo.
    const galleries = (await (await rest('/api/galleries?depth=1&limit=100')).json()) as {
      docs: { photos: { image: Media }[] }[]
    }
    const photos = galleries.docs.flatMap((gallery) => gallery.photos.map((photo) => photo.image))
    assert.ok(photos.some((image) => image.id === media.id))
    assert.ok(photos.every((image) => image.url === null && image.sizes?.card?.url))
    const staff = (await (
      await rest(`/api/media/${media.id}`, await tokenOf(['editor']))
    ).json()) as Media
    assert.match(staff.url!, /\/api\/media\/file\/dai-bieu\.jpg$/)
    assert.equal(
      (
        await payload.findByID({
          collection: 'media',
          id: media.id,
          overrideAccess: false,
          user: journalist,
        })
      ).url,
      staff.url,
    )
  })

  it("the site's /media/ route serves sized copies only, even for an original named like one", async () => {
    const media = await galleryPhoto('quang-truong-800x450.jpg')
    assert.equal(media.filename, 'quang-truong-800x450.jpg')
    assert.equal(
      await site.readMediaFile(media.filename!),
      null,
      'an original passed for a sized copy',
    )
    const card = await site.readMediaFile(media.sizes!.cardJpeg!.filename!)
    assert.ok(card)
    await card.body.cancel()
    assert.equal(await site.readMediaFile('no-such-photo-800x450.jpg'), null)
    assert.equal((await rest(`/api/media/file/${media.filename}`)).status, 403)
  })

  it("the site's gallery download gives the original to accredited press and staff, to nobody else", async () => {
    const media = await galleryPhoto('bao-chi.jpg')
    const gallery = (
      await payload.find({
        collection: 'galleries',
        where: { 'photos.image': { equals: media.id } },
        overrideAccess: true,
      })
    ).docs[0]!
    const staff = await makeStaff(payload, ['checkin-staff'])
    for (const user of [journalist, staff]) {
      const file = await site.readOriginalPhoto(gallery.slug!, String(media.id), { user } as never)
      assert.equal(file?.filename, 'bao-chi.jpg')
      await file!.body.cancel()
    }
    for (const user of [null, lapsedJournalist])
      assert.equal(
        await site.readOriginalPhoto(gallery.slug!, String(media.id), { user } as never),
        null,
      )
  })
})

describe("an applicant's letter is never an active document in an officer's browser", () => {
  it("Payload's file route sends a letter with JavaScript and open actions as a sandboxed download", async () => {
    const officer = await makeStaff(payload, ['accreditation-officer'])
    const data = activePdf()
    assert.match(data.toString('latin1'), /\/OpenAction/)
    const letter = await payload.create({
      collection: 'applicant-files',
      overrideAccess: false,
      user: officer,
      data: { kind: 'letter' },
      file: { data, mimetype: 'application/pdf', name: 'giay-gioi-thieu.pdf', size: data.length },
    })
    const { token } = await payload.login({
      collection: 'users',
      data: { email: officer.email, password: 'test-password-123' },
    })
    const response = await rest(`/api/applicant-files/file/${letter.filename}`, token!)
    assert.equal(response.status, 200)
    assert.equal(response.headers.get('content-type'), 'application/pdf')
    assert.match(response.headers.get('content-disposition')!, /^attachment/)
    assert.equal(response.headers.get('content-security-policy'), "sandbox; default-src 'none'")
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff')
    assert.equal(response.headers.get('cache-control'), 'private, no-store')
    assert.deepEqual(Buffer.from(await response.arrayBuffer()), data)
    // A range request (how a PDF viewer reads) gets the same headers.
    const partial = await handleEndpoints({
      config,
      path: `/api/applicant-files/file/${letter.filename}`,
      request: new Request(`http://localhost/api/applicant-files/file/${letter.filename}`, {
        headers: { Authorization: `JWT ${token}`, Range: 'bytes=0-9' },
      }),
    })
    assert.equal(partial.status, 206)
    assert.match(partial.headers.get('content-disposition')!, /^attachment/)
    assert.equal(partial.headers.get('content-security-policy'), "sandbox; default-src 'none'")
    await partial.body?.cancel()
    assert.ok(
      [403, 404].includes((await rest(`/api/applicant-files/file/${letter.filename}`)).status),
    )
    assert.ok(
      [403, 404].includes(
        (await rest(`/api/applicant-files/file/${letter.filename}`, await tokenOf(['editor'])))
          .status,
      ),
    )
  })
})

describe('the vetting export is inert in any spreadsheet and reads back', () => {
  it("keeps 'Weekly;=1+5' in other outlet from running in a semicolon spreadsheet", () => {
    const csv = toVettingCsv([
      {
        reference: 'DH1-0001',
        fullName: '=cmd|" /C calc"!A0',
        dateOfBirth: '1990-01-01',
        nationality: 'VN',
        idType: 'cccd',
        idNumber: '001',
        pressCardNumber: '',
        outlet: 'Weekly;=1+5',
        role: 'Phóng viên\t@x',
        days: [],
      },
    ])
    assert.ok(csvIsInert(csv))
    const returned = csv.replace(/,,\r\n$/, ',đạt,"Ghi chú; =không phải công thức"\r\n')
    assert.deepEqual(parseVettingCsv(returned), {
      results: [
        { reference: 'DH1-0001', result: 'cleared', note: 'Ghi chú; =không phải công thức' },
      ],
      errors: [],
    })
  })
})
