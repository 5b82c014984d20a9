import assert from 'node:assert/strict'
import { after, afterEach, before, describe, it } from 'node:test'

import type { Payload } from 'payload'

import { setClock } from '~/cms/lib/time'
import { setCacheSeconds } from '~/site/lib/cms/cache'
import type { Event } from '~/cms/payload-types'
import { minimalPdf } from '../support/sampleFiles'
import { congressEvent } from './fixtures/application'
import { makeStaff, startTestPayload } from './harness'
import { paragraph } from '../support/richText'

let payload: Payload
let cleanup: () => Promise<void>
let site: typeof import('~/site/lib/cms')

let congress: Event
let council: Event
let hidden: Event

/** An event of the calendar, dated from now (the council session in ten days, like the seed's). */
const makeEvent = (data: Partial<Event> & Pick<Event, 'name' | 'referencePrefix'>) =>
  payload.create({
    collection: 'events',
    overrideAccess: true,
    data: {
      kind: 'council-session',
      state: 'open',
      passPrefix: data.referencePrefix,
      startDate: new Date(Date.now() + 10 * 86_400_000).toISOString(),
      endDate: new Date(Date.now() + 11 * 86_400_000).toISOString(),
      ...data,
    },
  })

before(async () => {
  ;({ payload, cleanup } = await startTestPayload())
  site = await import('~/site/lib/cms')
  // The press office's calendar: every release, gallery and session belongs to one event.
  congress = await congressEvent(payload)
  council = await makeEvent({ name: 'Kỳ họp Hội đồng nhân dân thử nghiệm', referencePrefix: 'HD' })
  hidden = await makeEvent({ name: 'Sự kiện chưa công bố', referencePrefix: 'NB', state: 'draft' })
})
after(() => cleanup())
afterEach(() => {
  setClock(null)
  site.clearCache()
})

const journalist = {
  collection: 'journalists',
  accredited: true,
  id: 77,
  email: 'pv@test.local',
} as never
const LIFT = '2030-01-01T00:00:00.000Z'

describe('the site across events', () => {
  it('lists one event’s items, or every public event’s; a draft event’s items are public nowhere', async () => {
    const editor = await makeStaff(payload, ['editor'])
    const release = (title: string, event: Event) =>
      payload.create({
        collection: 'press-releases',
        overrideAccess: false,
        user: editor,
        data: { title, summary: title, _status: 'published', event: event.id },
      })
    await release('Thông cáo Đại hội Alpha', congress)
    await release('Thông cáo kỳ họp Beta', council)
    await release('Thông cáo bí mật Gamma', hidden)
    await payload.create({
      collection: 'sessions',
      overrideAccess: true,
      data: {
        title: 'Phiên chất vấn Delta',
        type: 'plenary',
        pressAccess: 'open',
        startsAt: council.startDate,
        endsAt: council.endDate,
        event: council.id,
      },
    })
    const titles = async (scope: 'all' | number) =>
      (await site.listReleases('vi', 1, 50, {}, scope)).items.map((r) => r.title).sort()
    // The same reads, one after the other without clearing the cache: each scope has its own key.
    assert.deepEqual(await titles(congress.id), ['Thông cáo Đại hội Alpha'])
    assert.deepEqual(await titles(council.id), ['Thông cáo kỳ họp Beta'])
    const all = await titles('all')
    assert.ok(all.includes('Thông cáo Đại hội Alpha') && all.includes('Thông cáo kỳ họp Beta'))
    assert.ok(!all.includes('Thông cáo bí mật Gamma'), 'a draft event’s release was listed')

    const beta = (await site.listReleases('vi', 1, 50, {}, council.id)).items[0]!
    assert.equal(beta.event?.slug, council.slug)
    const view = await site.getRelease('vi', beta.slug)
    assert.equal(view?.event?.name, council.name)
    assert.equal(await site.getRelease('vi', 'thong-cao-bi-mat-gamma'), null)

    assert.equal(await site.getEventBySlug('vi', hidden.slug!), null)
    assert.equal((await site.getEventBySlug('vi', council.slug!))?.id, council.id)
    assert.equal((await site.getFeaturedEvent('vi'))?.id, council.id)

    const sessions = await site.listSessions('vi', council.id)
    assert.deepEqual(
      sessions.map((s) => [s.title, s.eventSlug]),
      [['Phiên chất vấn Delta', council.slug]],
    )
    assert.deepEqual(await site.listSessions('vi', congress.id), [])

    const content = await site.publicContent('vi')
    const events = content.filter((doc) => doc.kind === 'event').map((doc) => doc.url)
    assert.ok(events.includes(`/events/${council.slug}/`))
    assert.ok(events.includes(`/events/${congress.slug}/`))
    assert.ok(!events.includes(`/events/${hidden.slug}/`), 'a draft event is in the search index')
    assert.ok(!content.some((doc) => doc.title.includes('Gamma')))
    assert.equal(
      content.find((doc) => doc.title === 'Phiên chất vấn Delta')?.url,
      `/events/${council.slug}/schedule/#session-${sessions[0]!.id}`,
    )
    assert.deepEqual(
      (await site.searchSite('vi', 'ky hop thu nghiem')).map((hit) => hit.url)[0],
      `/events/${council.slug}/`,
    )
    assert.deepEqual(await site.searchSite('vi', 'gamma'), [])

    const pdf = minimalPdf()
    const document = (title: string, event: Event) =>
      payload.create({
        collection: 'documents',
        overrideAccess: false,
        user: editor,
        data: { title, kind: 'press-kit', audience: 'public', event: event.id },
        file: { data: pdf, mimetype: 'application/pdf', name: 'tai-lieu.pdf', size: pdf.length },
      })
    const shown = await document('Tài liệu kỳ họp Theta', council)
    const kept = await document('Tài liệu chưa công bố Iota', hidden)
    assert.deepEqual(
      (await site.listDocuments('vi', {}, council.id)).map((d) => d.title),
      ['Tài liệu kỳ họp Theta'],
    )
    assert.ok(!(await site.listDocuments('vi')).some((d) => d.title.includes('Iota')))
    assert.ok(await site.readDocumentFile(String(shown.id)))
    assert.equal(await site.readDocumentFile(String(kept.id)), null)
  })

  it('shows a publication within the cache time, in its event’s list', async () => {
    const editor = await makeStaff(payload, ['editor'])
    // Served stale at once, refreshed in the background once the entry is older than its time.
    setCacheSeconds(0.2)
    try {
      const before = (await site.listReleases('vi', 1, 50, {}, council.id)).totalItems
      await payload.create({
        collection: 'press-releases',
        overrideAccess: false,
        user: editor,
        data: { title: 'Thông cáo mới Epsilon', _status: 'published', event: council.id },
      })
      await new Promise((resolve) => setTimeout(resolve, 250))
      await site.listReleases('vi', 1, 50, {}, council.id)
      await new Promise((resolve) => setTimeout(resolve, 250))
      const after = await site.listReleases('vi', 1, 50, {}, council.id)
      assert.equal(after.totalItems, before + 1)
      assert.ok(after.items.some((r) => r.title === 'Thông cáo mới Epsilon'))
    } finally {
      setCacheSeconds(5)
    }
  })
})

describe('a numbered list right after publishing', () => {
  it('serves the new page to its first reader, not the stale “no such page” of an earlier visit', async () => {
    const editor = await makeStaff(payload, ['editor'])
    setCacheSeconds(0.2)
    try {
      const { totalPages } = await site.listNews('vi')
      // A reader (or a crawler) tried the page after the last one: the 404 of that moment.
      const beyond = await site.listNews('vi', totalPages + 1)
      assert.ok(beyond.totalPages < totalPages + 1)
      const { totalItems } = await site.listNews('vi', 1, 1000)
      const toFill = totalPages * 9 - totalItems + 1
      for (let n = 0; n < toFill; n += 1)
        await payload.create({
          collection: 'news',
          overrideAccess: false,
          user: editor,
          data: { title: `Tin mới số ${n}`, _status: 'published' },
        })
      await new Promise((resolve) => setTimeout(resolve, 250))
      const first = await site.listNews('vi', totalPages + 1)
      assert.equal(first.totalPages, totalPages + 1, 'the first reader of the new page got a 404')
      assert.equal(first.items.length, 1)
    } finally {
      setCacheSeconds(5)
    }
  })
})

describe('the site gateway, per reader', () => {
  it('never serves a press-only read from the cache to the public', async () => {
    const editor = await makeStaff(payload, ['editor'])
    await payload.create({
      collection: 'press-releases',
      overrideAccess: false,
      user: editor,
      data: {
        title: 'Thông cáo riêng báo chí Zeta',
        summary: 'Zeta',
        _status: 'published',
        embargoUntil: LIFT,
      },
    })
    const slug = 'thong-cao-rieng-bao-chi-zeta'
    const press = await site.getRelease('vi', slug, { user: journalist })
    assert.equal(press?.title, 'Thông cáo riêng báo chí Zeta')
    assert.equal(await site.getRelease('vi', slug), null, 'the public got the press read')
    assert.equal(await site.getRelease('vi', slug, site.PUBLIC_VIEWER), null)
    assert.deepEqual(
      (await site.listEmbargoedReleases('vi', { user: journalist })).map((r) => r.slug),
      [slug],
    )
    assert.deepEqual(await site.listEmbargoedReleases('vi', site.PUBLIC_VIEWER), [])
    assert.ok(!(await site.listReleases('vi')).items.some((r) => r.slug === slug))
  })

  it('keeps embargoed text out of the search index and the sitemap content until the lift, then lets it in', async () => {
    const editor = await makeStaff(payload, ['editor'])
    await payload.create({
      collection: 'press-releases',
      overrideAccess: false,
      user: editor,
      data: { title: 'Thông cáo Omega khai mạc', _status: 'published', embargoUntil: LIFT },
    })
    assert.deepEqual(await site.searchSite('vi', 'omega'), [])
    assert.ok(!(await site.publicContent('vi')).some((doc) => doc.title.includes('Omega')))
    setClock(new Date('2030-01-01T00:00:01Z'))
    site.clearCache()
    const hits = await site.searchSite('vi', 'omega khai mac')
    assert.equal(hits[0]?.title, 'Thông cáo Omega khai mạc')
    assert.match(hits[0]!.snippetHtml + hits[0]!.title, /Omega/)
  })

  it('keeps older versions of the press rules readable by their version label', async () => {
    const editor = await makeStaff(payload, ['editor'])
    await payload.updateGlobal({
      slug: 'press-rules',
      overrideAccess: false,
      user: editor,
      data: {
        title: 'Quy chế',
        version: '2.0',
        effectiveFrom: '2025-10-01T00:00:00Z',
        body: paragraph('Văn bản cũ'),
      },
    })
    await payload.updateGlobal({
      slug: 'press-rules',
      overrideAccess: false,
      user: editor,
      data: {
        title: 'Quy chế',
        version: '2.1',
        effectiveFrom: '2025-10-05T00:00:00Z',
        body: paragraph('Văn bản mới'),
      },
    })
    const versions = (await site.listPressRulesVersions('vi')).map((v) => v.version)
    assert.deepEqual(versions.slice(0, 2), ['2.1', '2.0'])
    assert.match((await site.getPressRulesVersion('vi', '2.0'))!.bodyHtml, /Văn bản cũ/)
    assert.match((await site.getPressRules('vi'))!.bodyHtml, /Văn bản mới/)
    assert.equal(await site.getPressRulesVersion('vi', '../../etc'), null)
  })
})
