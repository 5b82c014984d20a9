import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import {
  isPreviewCollection,
  isPreviewPath,
  PREVIEW_LINK_MINUTES,
  previewExpiry,
  signPreviewToken,
  verifyPreviewToken,
} from '~/cms/lib/preview/previewToken'
import { framableByAdmin, SITE_CSP } from '~/site/lib/securityHeaders'

const SECRET = 'unit-test-secret-0123456789abcdef0123456789'
const at = (iso: string) => new Date(iso)
const NOW = at('2026-12-02T05:41:00Z')
const grant = {
  collection: 'news' as const,
  id: 12,
  editorId: 3,
  expiresAt: previewExpiry(NOW),
}
const token = signPreviewToken(SECRET, grant)

describe('preview links', () => {
  it('live 20 to 25 minutes, ending on a five-minute step so saves keep the same address', () => {
    assert.equal(previewExpiry(NOW).toISOString(), '2026-12-02T06:05:00.000Z')
    assert.equal(
      previewExpiry(at('2026-12-02T05:44:59Z')).toISOString(),
      '2026-12-02T06:05:00.000Z',
    )
    assert.equal(
      previewExpiry(at('2026-12-02T05:45:00Z')).toISOString(),
      '2026-12-02T06:05:00.000Z',
    )
    assert.equal(
      previewExpiry(at('2026-12-02T05:45:01Z')).toISOString(),
      '2026-12-02T06:10:00.000Z',
    )
    for (let second = 0; second < 600; second += 7) {
      const moment = new Date(NOW.getTime() + second * 1000)
      const minutes = (previewExpiry(moment).getTime() - moment.getTime()) / 60_000
      assert.ok(
        minutes >= PREVIEW_LINK_MINUTES && minutes <= PREVIEW_LINK_MINUTES + 5,
        `${minutes}`,
      )
    }
  })

  it('open the document they were made for, naming the editor who asked', () => {
    assert.deepEqual(verifyPreviewToken(SECRET, token, { collection: 'news', id: '12' }, NOW), {
      ok: true,
      editorId: '3',
      expiresAt: grant.expiresAt,
    })
  })

  it('open nothing once expired (at the second of expiry already)', () => {
    const verdict = (moment: Date) =>
      verifyPreviewToken(SECRET, token, { collection: 'news', id: '12' }, moment)
    assert.equal(verdict(new Date(grant.expiresAt.getTime() - 1000)).ok, true)
    assert.deepEqual(verdict(grant.expiresAt), { ok: false, problem: 'expired' })
    assert.deepEqual(verdict(new Date(grant.expiresAt.getTime() + 3600_000)), {
      ok: false,
      problem: 'expired',
    })
  })

  it('open no other document, nor the same id in another collection', () => {
    const other = (collection: string, id: string) =>
      verifyPreviewToken(SECRET, token, { collection, id }, NOW)
    assert.deepEqual(other('news', '13'), { ok: false, problem: 'other-document' })
    assert.deepEqual(other('press-releases', '12'), { ok: false, problem: 'other-document' })
  })

  it('refuse any altered part: collection, id, editor, expiry or signature', () => {
    const [collection, id, editor, expiry, signature] = token.split('.') as [
      string,
      string,
      string,
      string,
      string,
    ]
    const altered = [
      ['galleries', id, editor, expiry, signature],
      [collection, '13', editor, expiry, signature],
      [collection, id, '1', expiry, signature],
      [collection, id, editor, String(Number(expiry) + 86_400), signature],
      [
        collection,
        id,
        editor,
        expiry,
        `${signature.slice(0, -1)}${signature.endsWith('A') ? 'B' : 'A'}`,
      ],
    ]
    for (const parts of altered)
      assert.deepEqual(
        verifyPreviewToken(SECRET, parts.join('.'), { collection: parts[0]!, id: parts[1]! }, NOW),
        { ok: false, problem: 'forged' },
        parts.join('.'),
      )
    assert.deepEqual(
      verifyPreviewToken(
        'another-secret-0123456789abcdef0123456789',
        token,
        { collection, id },
        NOW,
      ),
      { ok: false, problem: 'forged' },
    )
  })

  it('say "missing" or "malformed" for no link or garbage, and never throw', () => {
    const wanted = { collection: 'news', id: '12' }
    assert.deepEqual(verifyPreviewToken(SECRET, null, wanted, NOW), {
      ok: false,
      problem: 'missing',
    })
    assert.deepEqual(verifyPreviewToken(SECRET, '', wanted, NOW), { ok: false, problem: 'missing' })
    for (const garbage of [
      'x',
      'news.12.3.99',
      `${token}.x`,
      'a'.repeat(5000),
      'NEWS.12.3.1.' + 'A'.repeat(43),
    ])
      assert.deepEqual(verifyPreviewToken(SECRET, garbage, wanted, NOW), {
        ok: false,
        problem: 'malformed',
      })
  })

  it('are signed for previews only: a door portrait token of the same secret is no preview link', async () => {
    const { signPortraitToken } = await import('~/cms/lib/passes/portraitToken')
    const portrait = signPortraitToken(SECRET, { serial: 'A'.repeat(22), staffId: 3 })
    assert.equal(
      verifyPreviewToken(SECRET, portrait, { collection: 'news', id: '12' }, NOW).ok,
      false,
    )
  })

  it('exist for news, releases, galleries and sessions only', () => {
    for (const slug of ['news', 'press-releases', 'galleries', 'sessions'])
      assert.equal(isPreviewCollection(slug), true)
    for (const slug of ['users', 'accreditation-requests', 'events', '', null])
      assert.equal(isPreviewCollection(slug), false)
    assert.equal(isPreviewPath('/preview/news/12/'), true)
    assert.equal(isPreviewPath('/news/preview/'), false)
  })
})

describe('framing of previews', () => {
  it('lets the admin’s origin frame a preview, and no one else', () => {
    const policy = framableByAdmin(SITE_CSP, 'http://localhost:3000/admin')
    assert.match(policy, /frame-ancestors http:\/\/localhost:3000(;|$)/)
    assert.doesNotMatch(policy, /frame-ancestors 'none'/)
    assert.equal(policy.match(/frame-ancestors/g)?.length, 1)
    assert.match(policy, /object-src 'none'/, 'the rest of the policy is kept')
  })

  it('replaces a page policy’s own frame-ancestors too', () => {
    const page = "default-src 'self'; frame-ancestors 'none'; form-action 'self'"
    assert.equal(
      framableByAdmin(page, 'https://cms.example.vn'),
      "default-src 'self'; form-action 'self'; frame-ancestors https://cms.example.vn",
    )
  })
})
