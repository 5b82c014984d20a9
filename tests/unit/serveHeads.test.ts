import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import { securityHeaders } from '~/site/lib/securityHeaders'
import { Representation } from '~/site/serve/representation'
import { isStaticAsset } from '~/site/serve/staticFiles'

/**
 * The header lists of a kept answer are built once per kind (coding, HSTS or not, 200 or 304, how
 * it was found) and handed to writeHead as they are: each kind must carry exactly the headers the
 * answer carried when they were put together per request.
 */
const HSTS = 'max-age=31536000; includeSubDomains'
const html = Buffer.from(`<!doctype html><title>x</title>${'<p>Tin tức báo chí</p>'.repeat(200)}`)
const security = securityHeaders(false)
const rendered = {
  ...security,
  'cache-control': 'public, max-age=5',
  'content-type': 'text/html',
  'content-language': 'vi',
  vary: 'Cookie',
  // What the server sets per answer, never kept from the render.
  age: '9',
  'x-cache': 'MISS',
  'content-length': '1',
  'transfer-encoding': 'chunked',
  'strict-transport-security': 'max-age=1',
}
const modified = new Date(Date.UTC(2026, 11, 2, 8, 0, 0))
const lastModified = 'Wed, 02 Dec 2026 08:00:00 GMT'
const securityList = Object.entries(security).flat()
/** What a 200 keeps of the render, in its order. */
const renderedList = [
  ...securityList,
  'cache-control',
  'public, max-age=5',
  'content-type',
  'text/html',
  'content-language',
  'vi',
]

describe('header lists of a kept answer, one per kind', () => {
  const kept = Representation.renew(200, rendered, html, undefined, modified)

  it('a hit in identity without TLS: the render’s headers, validators, length, Age and X-Cache', () => {
    assert.deepEqual(kept.head('identity', html, undefined, false, 'HIT', 0), [
      ...renderedList,
      'Vary',
      'Cookie, Accept-Encoding',
      'ETag',
      kept.etag,
      'Last-Modified',
      lastModified,
      'Content-Length',
      String(html.length),
      'Age',
      '0',
      'X-Cache',
      'HIT',
    ])
  })

  it('a stale brotli answer behind TLS: HSTS, its own tag, coding, length and age', async () => {
    const br = await kept.bodyIn('br')
    assert.deepEqual(kept.head('br', br, HSTS, false, 'STALE', 3), [
      ...renderedList,
      'Strict-Transport-Security',
      HSTS,
      'Vary',
      'Cookie, Accept-Encoding',
      'ETag',
      `"${kept.hash}-br"`,
      'Last-Modified',
      lastModified,
      'Content-Encoding',
      'br',
      'Content-Length',
      String(br.length),
      'Age',
      '3',
      'X-Cache',
      'STALE',
    ])
  })

  it('a 304 for a gzip reader: validators, policy and security headers, no body headers', () => {
    assert.deepEqual(kept.head('gzip', html, undefined, true, 'MISS', 0), [
      ...securityList,
      'cache-control',
      'public, max-age=5',
      'Vary',
      'Cookie, Accept-Encoding',
      'ETag',
      `"${kept.hash}-gz"`,
      'Last-Modified',
      lastModified,
      'Age',
      '0',
      'X-Cache',
      'MISS',
    ])
  })

  it('an answer not worth compressing is identity, without Vary, whatever was asked', () => {
    const image = Representation.renew(
      200,
      { 'content-type': 'image/jpeg', 'cache-control': 'public, max-age=86400' },
      Buffer.alloc(5000),
      undefined,
      modified,
    )
    assert.deepEqual(image.head('br', image.body, HSTS, false, 'STATIC', 0), [
      'content-type',
      'image/jpeg',
      'cache-control',
      'public, max-age=86400',
      'Strict-Transport-Security',
      HSTS,
      'ETag',
      image.etag,
      'Last-Modified',
      lastModified,
      'Content-Length',
      '5000',
      'Age',
      '0',
      'X-Cache',
      'STATIC',
    ])
  })

  it('builds each kind once; kinds never share a list; an older answer gets its own Age', () => {
    const hit = kept.head('identity', html, undefined, false, 'HIT', 0)
    assert.equal(kept.head('identity', html, undefined, false, 'HIT', 0), hit)
    const kinds = [
      kept.head('identity', html, HSTS, false, 'HIT', 0),
      kept.head('identity', html, undefined, true, 'HIT', 0),
      kept.head('identity', html, undefined, false, 'STALE', 0),
      kept.head('identity', html, undefined, false, 'MISS', 0),
      kept.head('gzip', html, undefined, false, 'HIT', 0),
    ]
    for (const other of kinds) assert.notEqual(other, hit)
    const stale = kept.head('identity', html, undefined, false, 'STALE', 2)
    assert.equal(stale[stale.indexOf('Age') + 1], '2')
    assert.equal(kept.head('identity', html, undefined, false, 'STALE', 2), stale)
    const older = kept.head('identity', html, undefined, false, 'STALE', 7)
    assert.equal(older[older.indexOf('Age') + 1], '7')
    assert.equal(stale[stale.indexOf('Age') + 1], '2', 'a list handed out is never changed')
    assert.equal(kinds[2]![kinds[2]!.indexOf('Age') + 1], '0')
  })
})

describe('static asset addresses', () => {
  it('are the build’s /_astro/ files and fonts, without a query string', () => {
    for (const address of ['/_astro/page.Bx1.css', '/fonts/be-vietnam.woff2', '/a/b.TTF', '/x.eot'])
      assert.ok(isStaticAsset(address), address)
    for (const address of ['/', '/news/', '/f.woff2?v=1', '/f.woff2/', '/a.ttf.html', '/woff2'])
      assert.ok(!isStaticAsset(address), address)
  })
})
