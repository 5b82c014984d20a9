import { randomBytes } from 'node:crypto'

import { expect, test } from '@playwright/test'

import { type Raw, raw } from './rawHttp'

/**
 * Bad input against the site's response cache (site/serve), over raw HTTP: a flood of random
 * paths is answered 404 and kept nowhere, so a page read before stays a hit; requests arriving
 * together on a cold address (a HEAD, conditional and plain GETs) are answered by one render; a
 * conditional request on a cold page renders once; a coding the server does not know gets identity.
 * `X-Cache` says how each was served: MISS rendered it, SHARED waited for another's render.
 */
const unique = () => randomBytes(6).toString('hex')
const served = (response: Raw) => response.headers['x-cache']

test('a flood of random paths is answered 404, kept nowhere, and does not push out a page read', async () => {
  await raw('/releases/')
  const before = await raw('/releases/')
  expect(['HIT', 'STALE']).toContain(served(before))
  const flood = Array.from({ length: 300 }, (_, i) =>
    i % 3 === 0
      ? `/news/${unique()}/`
      : i % 3 === 1
        ? `/${unique()}/${unique()}`
        : `/en/galleries/${unique()}/`,
  )
  for (let i = 0; i < flood.length; i += 30) {
    const answers = await Promise.all(flood.slice(i, i + 30).map((path) => raw(path)))
    for (const answer of answers) {
      expect(answer.status).toBe(404)
      expect(served(answer), 'a 404 is rendered for its request, never kept').not.toBe('HIT')
      expect(answer.headers['cache-control']).not.toContain('public')
    }
  }
  // The same random path again: rendered again (nothing was kept for it).
  const again = await raw(flood[0]!)
  expect(again.status).toBe(404)
  expect(served(again)).not.toBe('HIT')
  // Still kept: served from the cache, or (its second expired during a slow flood) re-rendered
  // over the kept copy, whose validators carry over. An evicted page would get a new Last-Modified.
  const after = await raw('/releases/')
  expect(after.headers.etag).toBe(before.headers.etag)
  expect(after.headers['last-modified']).toBe(before.headers['last-modified'])
})

test('a HEAD, conditional and plain GETs arriving together on a cold page share one render', async () => {
  const path = `/search/?q=${unique()}`
  const answers = await Promise.all([
    raw(path, {}, 'HEAD'),
    raw(path, { 'If-None-Match': '"an-old-tag"' }),
    raw(path, { 'Accept-Encoding': 'br' }),
    raw(path),
    raw(path, { 'If-Modified-Since': new Date(0).toUTCString() }, 'HEAD'),
    raw(path, { 'Accept-Encoding': 'zstd' }),
  ])
  for (const answer of answers) expect(answer.status).toBe(200)
  const how = answers.map(served)
  expect(
    how.filter((h) => h === 'MISS'),
    how.join(', '),
  ).toHaveLength(1)
  expect(how.every((h) => h === 'MISS' || h === 'SHARED' || h === 'HIT')).toBe(true)
  expect(new Set(answers.map((a) => a.headers.etag?.replace(/-(br|gz)"$/, '"'))).size).toBe(1)
  expect(answers[0]!.body.length).toBe(0)
  expect(answers[2]!.headers['content-encoding']).toBe('br')
  expect(answers[5]!.headers['content-encoding'], 'zstd is not ours: identity').toBeUndefined()
  expect(answers[5]!.body.toString()).toContain('<html')
})

test('a conditional request on a cold page renders it once: the next request is a hit', async () => {
  const conditionals: Record<string, string>[] = [
    { 'If-None-Match': '"not-the-current-tag"' },
    { 'If-Modified-Since': new Date(Date.now() + 86_400_000).toUTCString() },
  ]
  for (const conditional of conditionals) {
    const path = `/search/?q=${unique()}`
    const first = await raw(path, conditional)
    expect(served(first)).toBe('MISS')
    const tag = first.headers.etag!
    const revalidated = await raw(path, { 'If-None-Match': tag }, 'HEAD')
    expect(revalidated.status).toBe(304)
    expect(served(revalidated)).toBe('HIT')
    const plain = await raw(path)
    expect(served(plain)).toBe('HIT')
  }
})

test('a 404 in a coding the server does not know is sent in identity, in the reader’s language', async () => {
  for (const accept of ['zstd', 'compress, x-foo;q=1', 'br;q=0, gzip;q=0']) {
    const answer = await raw(`/en/news/${unique()}/`, { 'Accept-Encoding': accept })
    expect(answer.status, accept).toBe(404)
    expect(answer.headers['content-encoding'], accept).toBeUndefined()
    expect(answer.body.toString(), accept).toContain('lang="en"')
  }
})
