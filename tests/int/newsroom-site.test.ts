import assert from 'node:assert/strict'
import { after, afterEach, before, describe, it } from 'node:test'

import type { Payload } from 'payload'

import { setClock } from '~/cms/lib/time'
import { makeStaff, startTestPayload } from './harness'

let payload: Payload
let cleanup: () => Promise<void>
let site: typeof import('~/site/lib/cms')

before(async () => {
  ;({ payload, cleanup } = await startTestPayload())
  site = await import('~/site/lib/cms')
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
    const body = (text: string) => ({
      root: {
        type: 'root',
        version: 1,
        direction: 'ltr' as const,
        format: '' as const,
        indent: 0,
        children: [
          {
            type: 'paragraph',
            version: 1,
            direction: 'ltr',
            format: '',
            indent: 0,
            textFormat: 0,
            children: [
              { type: 'text', version: 1, text, detail: 0, format: 0, mode: 'normal', style: '' },
            ],
          },
        ],
      },
    })
    await payload.updateGlobal({
      slug: 'press-rules',
      overrideAccess: false,
      user: editor,
      data: {
        title: 'Quy chế',
        version: '2.0',
        effectiveFrom: '2025-10-01T00:00:00Z',
        body: body('Văn bản cũ'),
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
        body: body('Văn bản mới'),
      },
    })
    const versions = (await site.listPressRulesVersions('vi')).map((v) => v.version)
    assert.deepEqual(versions.slice(0, 2), ['2.1', '2.0'])
    assert.match((await site.getPressRulesVersion('vi', '2.0'))!.bodyHtml, /Văn bản cũ/)
    assert.match((await site.getPressRules('vi'))!.bodyHtml, /Văn bản mới/)
    assert.equal(await site.getPressRulesVersion('vi', '../../etc'), null)
  })
})
