import assert from 'node:assert/strict'
import { after, afterEach, before, describe, it } from 'node:test'

import { createLocalReq, type Payload } from 'payload'

import { News } from '~/cms/collections/News'
import { createPreviewLink } from '~/cms/content/operations/createPreviewLink'
import { previewExpiry, signPreviewToken } from '~/cms/lib/preview/previewToken'
import { setClock } from '~/cms/lib/time'
import type { Event, User } from '~/cms/payload-types'
import { congressEvent } from './fixtures/application'
import { forbidden, makeStaff, startTestPayload } from './harness'

let payload: Payload
let cleanup: () => Promise<void>
let site: typeof import('~/site/lib/cms')
let congress: Event
let editor: User & { collection: 'users' }

before(async () => {
  ;({ payload, cleanup } = await startTestPayload())
  site = await import('~/site/lib/cms')
  congress = await congressEvent(payload)
  editor = await makeStaff(payload, ['editor'])
})
after(() => cleanup())
afterEach(() => setClock(null))

const reqAs = (user: unknown) => createLocalReq({ user: user as never }, payload)
const asEditor = () => ({ overrideAccess: false, user: editor })
const tokenOf = (url: string) => new URL(url).searchParams.get('t')
const draftNews = (title: string) =>
  payload.create({ collection: 'news', ...asEditor(), data: { title, _status: 'draft' } })

describe('making a preview link', () => {
  it('is for staff whom Payload lets change the document: editors and admins', async () => {
    const draft = await draftNews('Bài nháp cho biên tập viên')
    const link = await createPreviewLink(await reqAs(editor), {
      collection: 'news',
      id: draft.id,
      locale: 'en',
    })
    assert.match(link.url, new RegExp(`/en/preview/news/${draft.id}/\\?t=news\\.${draft.id}\\.`))
    const minutes = (link.expiresAt.getTime() - Date.now()) / 60_000
    assert.ok(minutes > 19 && minutes <= 25, `lives ${minutes} min`)
    const admin = await makeStaff(payload, ['admin'])
    assert.ok(await createPreviewLink(await reqAs(admin), { collection: 'news', id: draft.id }))
  })

  it('is refused (403) to anonymous callers, journalists, officers and check-in staff', async () => {
    const draft = await draftNews('Bài nháp không ai khác xem')
    const journalist = {
      collection: 'journalists',
      id: draft.id,
      roles: ['editor'],
      accredited: true,
    }
    const callers = [
      null,
      journalist,
      await makeStaff(payload, ['accreditation-officer']),
      await makeStaff(payload, ['checkin-staff']),
    ]
    for (const user of callers)
      await assert.rejects(
        createPreviewLink(await reqAs(user), { collection: 'news', id: draft.id }),
        forbidden,
        JSON.stringify(user?.roles ?? 'anonymous'),
      )
  })

  it('says which collections can be previewed, and that a missing document is missing', async () => {
    const req = await reqAs(editor)
    await assert.rejects(createPreviewLink(req, { collection: 'users', id: editor.id }), {
      status: 400,
    })
    await assert.rejects(createPreviewLink(req, { collection: 'news', id: 987654 }), {
      status: 404,
    })
  })

  it('gives the admin a preview button and pane for editors only, never an error', async () => {
    const draft = await draftNews('Bài cho nút xem trước')
    const preview = News.admin!.preview!
    const livePreview = News.admin!.livePreview!.url as (args: unknown) => Promise<string | null>
    const officer = await makeStaff(payload, ['accreditation-officer'])
    const forEditor = await preview(draft as never, {
      locale: 'vi',
      req: await reqAs(editor),
      token: null,
    })
    assert.match(String(forEditor), new RegExp(`/preview/news/${draft.id}/\\?t=`))
    assert.equal(
      await preview(draft as never, { locale: 'vi', req: await reqAs(officer), token: null }),
      null,
    )
    const pane = await livePreview({
      data: draft,
      locale: { code: 'vi' },
      req: await reqAs(editor),
    })
    assert.match(String(pane), /\/preview\/news\//)
    assert.equal(
      await livePreview({ data: draft, locale: { code: 'vi' }, req: await reqAs(officer) }),
      null,
    )
  })
})

describe('opening a preview on the site', () => {
  it('shows the latest draft of a published article, which its public page does not show', async () => {
    const article = await payload.create({
      collection: 'news',
      ...asEditor(),
      data: { title: 'Tiêu đề đã đăng', slug: 'tieu-de-da-dang', _status: 'published' },
    })
    await payload.update({
      collection: 'news',
      id: article.id,
      ...asEditor(),
      draft: true,
      data: { title: 'Tiêu đề mới trong bản nháp' },
    })
    const { url } = await createPreviewLink(await reqAs(editor), {
      collection: 'news',
      id: article.id,
    })
    const shown = await site.openPreview('vi', 'news', String(article.id), tokenOf(url))
    assert.equal(
      shown.ok && shown.kind === 'news' && shown.article.title,
      'Tiêu đề mới trong bản nháp',
    )
    assert.equal(shown.ok && shown.status, 'draft')
    assert.equal((await site.getNewsArticle('vi', 'tieu-de-da-dang'))?.title, 'Tiêu đề đã đăng')
  })

  it('shows an embargoed release, and a session in its event’s programme', async () => {
    const release = await payload.create({
      collection: 'press-releases',
      ...asEditor(),
      data: {
        title: 'Thông cáo cấm đăng',
        event: congress.id,
        embargoUntil: new Date(Date.now() + 86_400_000).toISOString(),
        _status: 'published',
      },
    })
    const session = await payload.create({
      collection: 'sessions',
      ...asEditor(),
      data: {
        title: 'Phiên xem trước',
        event: congress.id,
        startsAt: '2025-10-16T01:00:00.000Z',
        endsAt: '2025-10-16T03:00:00.000Z',
        type: 'plenary',
        pressAccess: 'open',
      },
    })
    const open = async (collection: 'press-releases' | 'sessions', id: number) =>
      site.openPreview(
        'en',
        collection,
        String(id),
        tokenOf((await createPreviewLink(await reqAs(editor), { collection, id })).url),
      )
    const shownRelease = await open('press-releases', release.id)
    assert.equal(
      shownRelease.ok && shownRelease.kind === 'press-releases' && shownRelease.release.title,
      'Thông cáo cấm đăng',
    )
    const shownSession = await open('sessions', session.id)
    assert.ok(shownSession.ok && shownSession.kind === 'sessions')
    assert.ok(shownSession.sessions.some((s) => s.title === 'Phiên xem trước'))
    assert.equal(shownSession.event?.id, congress.id)
  })

  it('refuses no link, a forged one, one for another document, an expired one, and a link whose editor lost the role', async () => {
    const [draft, other] = [await draftNews('Bài A'), await draftNews('Bài B')]
    const id = String(draft.id)
    const token = tokenOf(
      (await createPreviewLink(await reqAs(editor), { collection: 'news', id: draft.id })).url,
    )!
    const problem = async (t: string | null, target = id) => {
      const outcome = await site.openPreview('vi', 'news', target, t)
      return outcome.ok ? 'opened' : outcome.problem
    }
    assert.equal(await problem(null), 'missing')
    assert.equal(await problem(`${token.slice(0, -2)}AA`), 'forged')
    assert.equal(await problem(token, String(other.id)), 'other-document')
    setClock(new Date(Date.now() + 26 * 60_000))
    assert.equal(await problem(token), 'expired')
    setClock(null)

    const former = await makeStaff(payload, ['editor'])
    const theirs = signPreviewToken(process.env.PAYLOAD_SECRET!, {
      collection: 'news',
      id: draft.id,
      editorId: former.id,
      expiresAt: previewExpiry(new Date()),
    })
    assert.equal(await problem(theirs), 'opened')
    await payload.update({
      collection: 'users',
      id: former.id,
      overrideAccess: true,
      data: { roles: ['accreditation-officer'] },
    })
    assert.equal(await problem(theirs), 'revoked')
  })
})
