import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'

import { chooseEncoding, encodingFor, isCompressible } from '~/site/serve/encoding'
import { matchesTag, Representation } from '~/site/serve/representation'

describe('content-coding negotiation', () => {
  it('prefers brotli, then gzip, among what the client accepts equally', () => {
    assert.equal(chooseEncoding('gzip, deflate, br, zstd'), 'br')
    assert.equal(chooseEncoding('gzip, deflate'), 'gzip')
    assert.equal(chooseEncoding('x-gzip'), 'gzip')
    assert.equal(chooseEncoding('BR'), 'br')
    assert.equal(chooseEncoding('*'), 'br')
  })

  it('honours q-values', () => {
    assert.equal(chooseEncoding('br;q=0.5, gzip;q=0.8'), 'gzip')
    assert.equal(chooseEncoding('br;q=0, gzip'), 'gzip')
    assert.equal(chooseEncoding('gzip;q=0, br;q=0'), 'identity')
    assert.equal(chooseEncoding('br; q=0.1, identity;q=0.5'), 'identity')
    assert.equal(chooseEncoding('*;q=0.3, gzip;q=0.2'), 'br', '* stands for br here')
    assert.equal(chooseEncoding('br;q=abc'), 'identity', 'a bad q-value refuses the coding')
    assert.equal(chooseEncoding('br;q=2'), 'identity')
  })

  it('gives identity for nothing asked, and for codings it does not know', () => {
    assert.equal(chooseEncoding(undefined), 'identity')
    assert.equal(chooseEncoding(''), 'identity')
    assert.equal(chooseEncoding('zstd'), 'identity')
    assert.equal(chooseEncoding('compress, deflate, foo;q=1'), 'identity')
    assert.equal(chooseEncoding(',,;;=,'), 'identity')
    assert.equal(chooseEncoding('identity;q=0, *;q=0'), 'identity', 'nothing acceptable: identity')
  })

  it('remembers per header value, same answers', () => {
    for (const header of ['gzip, deflate, br', 'gzip', 'zstd', undefined])
      assert.equal(encodingFor(header), chooseEncoding(header))
  })

  it('compresses text of some size, never images, PDFs, woff2 or event streams', () => {
    assert.ok(isCompressible('text/html', 5000))
    assert.ok(isCompressible('text/html; charset=utf-8', 5000))
    assert.ok(isCompressible('application/rss+xml; charset=utf-8', 5000))
    assert.ok(isCompressible('text/calendar; charset=utf-8', 5000))
    assert.ok(isCompressible('application/json', 5000))
    assert.ok(isCompressible('image/svg+xml', 5000))
    assert.ok(!isCompressible('text/html', 500), 'tiny bodies are sent as they are')
    for (const type of [
      'image/jpeg',
      'image/webp',
      'application/pdf',
      'font/woff2',
      'text/event-stream',
      undefined,
    ])
      assert.ok(!isCompressible(type, 50_000), String(type))
  })
})

describe('a kept answer', () => {
  const html = Buffer.from(`<!doctype html><title>x</title>${'<p>Tin tức báo chí</p>'.repeat(200)}`)
  const headers = { 'content-type': 'text/html', 'cache-control': 'public, max-age=5' }

  it('decodes to the same bytes in every coding, each with its own strong tag and Vary', async () => {
    const kept = Representation.renew(200, headers, html, undefined, new Date(0))
    const br = await kept.bodyIn('br')
    const gz = await kept.bodyIn('gzip')
    assert.deepEqual(brotliDecompressSync(br), html)
    assert.deepEqual(gunzipSync(gz), html)
    assert.ok(br.length < html.length / 5)
    assert.equal(kept.bodyIn('br'), br, 'compressed once, then kept')
    const head = kept.head('br', br, undefined, false, 'HIT', 0)
    const get = (name: string) => head[head.indexOf(name) + 1]
    assert.equal(get('Content-Encoding'), 'br')
    assert.equal(get('Content-Length'), String(br.length))
    assert.equal(get('Vary'), 'Accept-Encoding')
    assert.match(String(get('ETag')), /^"[\w-]{27}-br"$/)
    assert.notEqual(get('ETag'), kept.etag)
    assert.equal(get('Last-Modified'), new Date(0).toUTCString())
    assert.equal(
      kept.head('br', br, undefined, false, 'HIT', 0),
      head,
      'headers built once per kind',
    )
  })

  it('keeps its tag and compressed bodies when a re-render gives the same bytes', () => {
    const first = Representation.renew(200, headers, html, undefined, new Date(0))
    const again = Representation.renew(200, headers, Buffer.from(html), first, new Date())
    assert.equal(again, first)
    const changed = Representation.renew(200, headers, Buffer.from('<p>new</p>'), first, new Date())
    assert.notEqual(changed.etag, first.etag)
  })

  it('answers 304 to a matching If-None-Match (any coding, weak or not) or a later If-Modified-Since', () => {
    const kept = Representation.renew(200, headers, html, undefined, new Date(1_000_000))
    assert.ok(kept.notModified(kept.etag, undefined))
    assert.ok(kept.notModified(`"nope", W/${kept.etag}`, undefined))
    assert.ok(kept.notModified(`"${kept.hash}-br"`, undefined))
    assert.ok(kept.notModified('*', undefined))
    assert.ok(!kept.notModified('"other"', new Date(2_000_000).toUTCString()), 'ETag wins')
    assert.ok(kept.notModified(undefined, new Date(2_000_000).toUTCString()))
    assert.ok(!kept.notModified(undefined, new Date(0).toUTCString()))
    assert.ok(!kept.notModified(undefined, 'not a date'))
    assert.ok(!matchesTag('"abc-br"', 'ab'))
    const head = kept.head('identity', html, undefined, true, 'HIT', 0)
    assert.ok(!head.includes('Content-Length') && !head.includes('content-type'))
    assert.ok(head.includes('ETag') && head.includes('cache-control'))
  })

  it('sends a small or already-compressed body as it is, without Vary', () => {
    const image = Representation.renew(
      200,
      { 'content-type': 'image/jpeg' },
      Buffer.alloc(50_000),
      undefined,
      new Date(),
    )
    assert.equal(image.coding('br'), 'identity')
    assert.ok(!image.head('br', image.body, undefined, false, 'HIT', 0).includes('Vary'))
    const tiny = Representation.renew(200, headers, Buffer.from('<p>hi</p>'), undefined, new Date())
    assert.equal(tiny.coding('gzip'), 'identity')
  })

  it('adds HSTS only for a request behind TLS, and drops what the server sets per answer', () => {
    const kept = Representation.renew(
      200,
      { ...headers, 'transfer-encoding': 'chunked', 'strict-transport-security': 'x', age: '3' },
      html,
      undefined,
      new Date(),
    )
    const plain = kept.head('identity', html, undefined, false, 'HIT', 0)
    const tls = kept.head('identity', html, 'max-age=1', false, 'HIT', 0)
    assert.ok(!plain.includes('strict-transport-security') && !plain.includes('transfer-encoding'))
    assert.ok(!plain.includes('age'))
    assert.equal(tls[tls.indexOf('Strict-Transport-Security') + 1], 'max-age=1')
  })
})

describe('precompressed build files', () => {
  it('writes .br and .gz beside scripts, styles and SVG of some size; never beside woff2, images or small files', async () => {
    const { mkdtempSync, readFileSync, existsSync, writeFileSync, mkdirSync, rmSync } =
      await import('node:fs')
    const { tmpdir } = await import('node:os')
    const path = await import('node:path')
    const { precompressDirectory } = await import('~/site/serve/precompress')
    const { StaticFiles } = await import('~/site/serve/staticFiles')
    const root = mkdtempSync(path.join(tmpdir(), 'precompress-'))
    try {
      mkdirSync(path.join(root, '_astro'))
      const css = Buffer.from('.card { color: #a61b1b; margin: 0 auto; }\n'.repeat(100))
      writeFileSync(path.join(root, '_astro/page.abc.css'), css)
      writeFileSync(path.join(root, '_astro/tiny.abc.css'), '.a{}')
      writeFileSync(path.join(root, '_astro/font.abc.woff2'), Buffer.alloc(5000, 7))
      writeFileSync(path.join(root, '_astro/photo.abc.jpg'), Buffer.alloc(5000, 7))
      const result = precompressDirectory(root)
      assert.equal(result.files, 1)
      assert.deepEqual(
        brotliDecompressSync(readFileSync(path.join(root, '_astro/page.abc.css.br'))),
        css,
      )
      assert.deepEqual(gunzipSync(readFileSync(path.join(root, '_astro/page.abc.css.gz'))), css)
      for (const name of ['tiny.abc.css', 'font.abc.woff2', 'photo.abc.jpg'])
        assert.ok(!existsSync(path.join(root, `_astro/${name}.br`)), name)

      // The site sends the build's own compressed bytes, with their own tag.
      const files = new StaticFiles(root, { 'X-Content-Type-Options': 'nosniff' })
      const file = files.find('/_astro/page.abc.css')!
      assert.deepEqual(file.bodyIn('br'), readFileSync(path.join(root, '_astro/page.abc.css.br')))
      const head = file.head('br', file.bodyIn('br') as Buffer, undefined, false, 'HIT', 0)
      assert.equal(head[head.indexOf('Cache-Control') + 1], 'public, max-age=31536000, immutable')
      assert.equal(head[head.indexOf('Content-Type') + 1], 'text/css; charset=utf-8')
      assert.equal(files.find('/_astro/missing.css'), undefined)
      assert.equal(
        files.find('/_astro/page.abc.css.br'),
        undefined,
        'the .br itself is not an address',
      )
      assert.equal(files.find('/_astro/font.abc.woff2')!.coding('br'), 'identity')
    } finally {
      rmSync(root, { recursive: true, force: true })
    }
  })
})
