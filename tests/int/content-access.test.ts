import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'

import type { Payload } from 'payload'

import { forbidden, makeStaff, notFoundOrForbidden, startTestPayload } from './harness'
import { paragraph } from '../support/richText'

let payload: Payload
let cleanup: () => Promise<void>

before(async () => {
  ;({ payload, cleanup } = await startTestPayload())
})
after(() => cleanup())

describe('news visibility', () => {
  it('keeps drafts and scheduled articles from anonymous readers, and shows them to editors', async () => {
    const editor = await makeStaff(payload, ['editor'])
    const asEditor = { overrideAccess: false, user: editor }
    const published = await payload.create({
      collection: 'news',
      ...asEditor,
      data: { title: 'Bài đã đăng', body: paragraph('x'), _status: 'published' },
    })
    const draft = await payload.create({
      collection: 'news',
      ...asEditor,
      data: { title: 'Bài nháp bí mật', _status: 'draft' },
    })
    const future = new Date(Date.now() + 3600_000).toISOString()
    const scheduled = await payload.create({
      collection: 'news',
      ...asEditor,
      data: { title: 'Bài hẹn giờ', _status: 'published', publishedAt: future },
    })

    const anonymous = await payload.find({
      collection: 'news',
      overrideAccess: false,
      user: null,
      draft: false,
      limit: 100,
    })
    const seen = anonymous.docs.map((doc) => doc.id)
    assert.ok(seen.includes(published.id))
    assert.ok(!seen.includes(draft.id), 'a draft leaked to an anonymous reader')
    assert.ok(!seen.includes(scheduled.id), 'a scheduled article leaked before its time')

    await assert.rejects(
      payload.findByID({ collection: 'news', id: draft.id, overrideAccess: false, user: null }),
      notFoundOrForbidden,
    )
    await assert.rejects(
      payload.findByID({
        collection: 'news',
        id: draft.id,
        overrideAccess: false,
        user: null,
        draft: true,
      }),
      notFoundOrForbidden,
    )

    const editorView = await payload.find({
      collection: 'news',
      ...asEditor,
      draft: true,
      limit: 100,
    })
    assert.ok(editorView.docs.some((doc) => doc.id === draft.id))
  })

  it('shows a scheduled article to the public once its publication time has come, with no restart', async () => {
    const editor = await makeStaff(payload, ['editor'])
    const publishedAt = new Date(Date.now() + 1500).toISOString()
    const doc = await payload.create({
      collection: 'news',
      overrideAccess: false,
      user: editor,
      data: { title: 'Bài đăng hẹn giờ', _status: 'published', publishedAt },
    })
    const seen = async () =>
      (
        await payload.find({
          collection: 'news',
          overrideAccess: false,
          user: null,
          where: { id: { equals: doc.id } },
        })
      ).totalDocs
    assert.equal(await seen(), 0)
    await new Promise((resolve) => setTimeout(resolve, 1600))
    assert.equal(await seen(), 1)
  })

  it('gives a published article a publication time and a slug from its Vietnamese title', async () => {
    const editor = await makeStaff(payload, ['editor'])
    const doc = await payload.create({
      collection: 'news',
      overrideAccess: false,
      user: editor,
      data: { title: 'Khai mạc Đại hội Đảng bộ tỉnh', _status: 'published' },
    })
    assert.equal(doc.slug, 'khai-mac-dai-hoi-dang-bo-tinh')
    assert.ok(doc.publishedAt && Date.now() - new Date(doc.publishedAt).getTime() < 60_000)
  })

  it('refuses an article from an anonymous visitor or an accreditation officer', async () => {
    await assert.rejects(
      payload.create({
        collection: 'news',
        overrideAccess: false,
        user: null,
        data: { title: 'x', _status: 'published' },
      }),
      forbidden,
    )
    const officer = await makeStaff(payload, ['accreditation-officer'])
    await assert.rejects(
      payload.create({
        collection: 'news',
        overrideAccess: false,
        user: officer,
        data: { title: 'x' },
      }),
      forbidden,
    )
    const { totalDocs } = await payload.count({
      collection: 'news',
      where: { title: { equals: 'x' } },
    })
    assert.equal(totalDocs, 0)
  })

  it('keeps English and Vietnamese texts of one article apart', async () => {
    const editor = await makeStaff(payload, ['editor'])
    const doc = await payload.create({
      collection: 'news',
      overrideAccess: false,
      user: editor,
      locale: 'vi',
      data: { title: 'Tin tiếng Việt', _status: 'published' },
    })
    await payload.update({
      collection: 'news',
      id: doc.id,
      overrideAccess: false,
      user: editor,
      locale: 'en',
      data: { title: 'English news' },
    })
    const vi = await payload.findByID({
      collection: 'news',
      id: doc.id,
      locale: 'vi',
      overrideAccess: false,
      user: null,
    })
    const en = await payload.findByID({
      collection: 'news',
      id: doc.id,
      locale: 'en',
      overrideAccess: false,
      user: null,
    })
    assert.equal(vi.title, 'Tin tiếng Việt')
    assert.equal(en.title, 'English news')
  })
})

describe('staff accounts', () => {
  it('does not let an editor create staff accounts or give themselves roles', async () => {
    const editor = await makeStaff(payload, ['editor'])
    await assert.rejects(
      payload.create({
        collection: 'users',
        overrideAccess: false,
        user: editor,
        data: {
          name: 'Intruder',
          email: 'intruder@test.local',
          password: 'pw-123456789',
          roles: ['admin'],
        },
      }),
      forbidden,
    )
    const updated = await payload.update({
      collection: 'users',
      id: editor.id,
      overrideAccess: false,
      user: editor,
      data: { roles: ['admin'] },
    })
    assert.deepEqual(updated.roles, ['editor'], 'an editor promoted themselves')
    const other = await makeStaff(payload, ['checkin-staff'])
    await assert.rejects(
      payload.update({
        collection: 'users',
        id: other.id,
        overrideAccess: false,
        user: editor,
        data: { name: 'Changed' },
      }),
      notFoundOrForbidden,
    )
    const list = await payload.find({ collection: 'users', overrideAccess: false, user: editor })
    assert.deepEqual(
      list.docs.map((u) => u.id),
      [editor.id],
      'an editor can list other staff',
    )
  })

  it('lets an admin create staff with roles', async () => {
    const admin = await makeStaff(payload, ['admin'])
    const created = await payload.create({
      collection: 'users',
      overrideAccess: false,
      user: admin,
      data: {
        name: 'Cán bộ mới',
        email: 'new-officer@test.local',
        password: 'pw-123456789',
        roles: ['accreditation-officer'],
      },
    })
    assert.deepEqual(created.roles, ['accreditation-officer'])
  })

  it('refuses to sign in an account that has no staff role', async () => {
    const nobody = await makeStaff(payload, [])
    await assert.rejects(
      payload.login({
        collection: 'users',
        data: { email: nobody.email, password: 'test-password-123' },
      }),
      /no staff role/,
    )
    const editor = await makeStaff(payload, ['editor'])
    const ok = await payload.login({
      collection: 'users',
      data: { email: editor.email, password: 'test-password-123' },
    })
    assert.ok(ok.token)
  })

  it('lets staff into the admin panel (check-in staff to their door dashboard), nobody else', async () => {
    const { Users } = await import('~/cms/collections/Users')
    const checkin = await makeStaff(payload, ['checkin-staff'])
    const editor = await makeStaff(payload, ['editor'])
    const req = (user: unknown) => ({ req: { user, payload } }) as never
    assert.equal(await Users.access!.admin!(req(checkin)), true)
    assert.equal(await Users.access!.admin!(req(editor)), true)
    assert.equal(await Users.access!.admin!(req(null)), false)
  })
})
