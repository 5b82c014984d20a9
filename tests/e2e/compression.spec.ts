import { randomBytes } from 'node:crypto'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'

import { expect, test } from '@playwright/test'

import { type Raw, raw } from './rawHttp'

/**
 * The site's serving layer seen from outside, over raw HTTP (no client that decodes for us):
 * brotli and gzip bodies that decode to the identity body, Vary, strong ETags and 304s, tracking
 * parameters answered from the cache, unknown codings answered in identity, HEAD and 304 without
 * a render (site/serve).
 */
const unique = () => randomBytes(6).toString('hex')
const served = (response: Raw) => response.headers['x-cache']

test('home, an article list, a feed and a calendar in brotli and gzip decode to the identity body', async () => {
  for (const path of ['/', '/en/', '/news/', '/rss/news.xml', '/schedule.ics']) {
    const identity = await raw(path)
    expect(identity.status, path).toBe(200)
    expect(identity.headers['content-encoding'], path).toBeUndefined()
    const etag = identity.headers.etag!
    expect(etag, `${path}: strong ETag`).toMatch(/^"[\w-]+"$/)
    expect(identity.headers['last-modified'], path).toBeTruthy()
    expect(Number(identity.headers['content-length'])).toBe(identity.body.length)
    const large = identity.body.length >= 1024
    if (large) expect(identity.headers.vary, path).toContain('Accept-Encoding')

    const br = await raw(path, { 'Accept-Encoding': 'gzip, deflate, br' })
    const gz = await raw(path, { 'Accept-Encoding': 'gzip;q=1, br;q=0.5' })
    if (!large) continue
    expect(br.headers['content-encoding'], path).toBe('br')
    expect(gz.headers['content-encoding'], path).toBe('gzip')
    expect(br.headers.vary).toContain('Accept-Encoding')
    // The same page (cached for a second): the same bytes once decoded.
    if (br.headers.etag?.startsWith(etag.slice(0, -1)))
      expect(brotliDecompressSync(br.body).equals(identity.body), `${path} br`).toBe(true)
    if (gz.headers.etag?.startsWith(etag.slice(0, -1)))
      expect(gunzipSync(gz.body).equals(identity.body), `${path} gzip`).toBe(true)
    expect(br.body.length, `${path}: brotli saves`).toBeLessThan(identity.body.length * 0.4)
    expect(br.headers.etag, 'each coding its own strong tag').not.toBe(etag)
  }
})

test('a coding the server does not know, or none acceptable, gets identity', async () => {
  for (const accept of ['zstd', 'compress, foo;q=1', 'br;q=0, gzip;q=0', 'identity']) {
    const response = await raw('/', { 'Accept-Encoding': accept })
    expect(response.status, accept).toBe(200)
    expect(response.headers['content-encoding'], accept).toBeUndefined()
    expect(response.body.toString('utf8'), accept).toContain('<html')
  }
})

test('If-None-Match answers 304 without a body, from the cache', async () => {
  const first = await raw('/news/', { 'Accept-Encoding': 'br' })
  for (const tag of [
    first.headers.etag!,
    `W/${first.headers.etag}`,
    `"x", ${first.headers.etag}`,
  ]) {
    const again = await raw('/news/', { 'Accept-Encoding': 'br', 'If-None-Match': tag })
    if (again.status === 200) {
      // The page was re-rendered between the two requests with new content: a new tag.
      expect(again.headers.etag).not.toBe(first.headers.etag)
      continue
    }
    expect(again.status, tag).toBe(304)
    expect(again.body.length).toBe(0)
    expect(again.headers.etag).toBe(first.headers.etag)
    expect(again.headers.vary).toContain('Accept-Encoding')
    expect(again.headers['cache-control']).toContain('public')
    expect(again.headers['x-content-type-options']).toBe('nosniff')
    expect(['HIT', 'STALE', 'MISS']).toContain(served(again))
  }
  const other = await raw('/news/', { 'If-None-Match': '"not-this-one"' })
  expect(other.status).toBe(200)
  expect(other.body.length).toBeGreaterThan(0)
})

test('tracking and random query strings are answered from the cache; parameters a page reads are not dropped', async () => {
  await raw('/galleries/')
  const plain = await raw('/galleries/')
  const tracked = await raw(`/galleries/?utm_source=newsletter&fbclid=${unique()}&r=${unique()}`)
  expect(['HIT', 'STALE']).toContain(served(tracked))
  expect(tracked.headers.etag).toBe(plain.headers.etag)
  expect(tracked.body.equals(plain.body)).toBe(true)
  // The language switch of a page reached with tracking parameters does not carry them.
  expect(tracked.body.toString()).not.toContain('utm_source')

  // A search reads `q`: a different word is a different page; a tracking parameter is not.
  const word = unique()
  const search = await raw(`/search/?q=${word}`)
  expect(served(search)).toBe('MISS')
  expect(search.body.toString()).toContain(word)
  const searchTracked = await raw(`/search/?utm_medium=x&q=${word}`)
  expect(['HIT', 'STALE']).toContain(served(searchTracked))
})

test('a HEAD renders once and fills the cache; the GET after it and a second HEAD are hits', async () => {
  const path = `/search/?q=${unique()}`
  const head = await raw(path, {}, 'HEAD')
  expect(head.status).toBe(200)
  expect(head.body.length).toBe(0)
  expect(served(head)).toBe('MISS')
  const headAgain = await raw(path, {}, 'HEAD')
  expect(served(headAgain)).toBe('HIT')
  const get = await raw(path, { 'Accept-Encoding': 'gzip' })
  expect(served(get)).toBe('HIT')
  expect(get.headers['content-encoding']).toBe('gzip')
  expect(Number(head.headers['content-length'])).toBe(gunzipSync(get.body).length)
  // A conditional HEAD: 304 too, no render.
  const conditional = await raw(path, { 'If-None-Match': head.headers.etag! }, 'HEAD')
  expect(conditional.status).toBe(304)
  expect(served(conditional)).toBe('HIT')
})

test("the build's styles and scripts are precompressed files with a year's cache; the page policy names 'self', not a hash per style", async () => {
  const home = await raw('/')
  const assets = [...home.body.toString().matchAll(/(?:href|src)="(\/_astro\/[^"]+)"/g)].map(
    (match) => match[1]!,
  )
  expect(assets.some((asset) => asset.endsWith('.css'))).toBe(true)
  let compressed = 0
  for (const asset of assets) {
    const identity = await raw(asset)
    const br = await raw(asset, { 'Accept-Encoding': 'br, gzip' })
    expect(identity.status, asset).toBe(200)
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    if (identity.body.length < 1024) {
      // Not worth a second file: sent as it is.
      expect(br.headers['content-encoding'], asset).toBeUndefined()
      expect(br.body.equals(identity.body), asset).toBe(true)
    } else {
      expect(br.headers['content-encoding'], asset).toBe('br')
      expect(brotliDecompressSync(br.body).equals(identity.body), asset).toBe(true)
      compressed++
    }
    const again = await raw(asset, { 'If-None-Match': br.headers.etag! })
    expect(again.status).toBe(304)
  }
  expect(compressed, 'the larger stylesheets are precompressed').toBeGreaterThan(0)
  const policy = String(home.headers['content-security-policy'])
  expect(home.body.toString()).not.toMatch(/<style[\s>]/)
  expect(policy).toMatch(/style-src 'self'/)
  expect(policy.match(/'sha256-/g)?.length ?? 0).toBeLessThanOrEqual(8)
  expect(policy.length).toBeLessThan(800)
})

test('private pages are compressed per request but never kept nor tagged', async () => {
  const form = await raw('/accreditation/', { 'Accept-Encoding': 'br' })
  expect(form.status).toBe(200)
  expect(form.headers['cache-control']).toContain('no-store')
  expect(form.headers.etag).toBeUndefined()
  expect(form.headers['content-encoding']).toBe('br')
  expect(brotliDecompressSync(form.body).toString()).toContain('<form')
  const again = await raw('/accreditation/?utm_source=x')
  expect(served(again)).not.toBe('HIT')
})
