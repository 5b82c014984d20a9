import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import { cached, cacheSize, clearCache, setCacheSeconds, withinRender } from '~/site/lib/cms/cache'
import { chooseEncoding, encodingFor } from '~/site/serve/encoding'
import { ResponseCache, responseMayBeCached } from '~/site/serve/responseCache'

/**
 * Bad input against the two caches: the response cache in front of the site (site/serve) and the
 * public read cache under the pages (site/lib/cms/cache.ts). A request is driven through the
 * cache as site/serve/index.ts drives it: lookup, join a render under way or render, then keep
 * (store) what the site marked public or let it go (release).
 */
const PUBLIC = { 'cache-control': 'public, max-age=1', 'content-type': 'text/html' }
const NOT_FOUND = { 'cache-control': 'no-store', 'content-type': 'text/html' }

/** One request through the cache; `render` is the page's answer. Returns how it was served. */
async function request(
  cache: ResponseCache<string>,
  key: string,
  render: () => Promise<{ status: number; headers: Record<string, string>; body: string }>,
): Promise<{ served: 'HIT' | 'SHARED' | 'MISS'; body: string }> {
  const found = cache.lookup(key)
  if (found.kind !== 'render') return { served: 'HIT', body: found.value }
  const shared = cache.joinRender(key)
  if (shared) {
    const kept = await shared
    if (kept !== undefined) return { served: 'SHARED', body: kept }
  }
  const { status, headers, body } = await render()
  if (responseMayBeCached(status, headers, body.length)) cache.store(key, body, body.length)
  else cache.release(key)
  return { served: 'MISS', body }
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('the response cache under a flood', () => {
  it('keeps no 404: a flood of random paths neither grows it nor pushes out a page read before', async () => {
    const cache = new ResponseCache<string>({ freshMs: 60_000, staleMs: 0, maxBytes: 50_000 })
    let renders = 0
    const page = async () => (renders++, { status: 200, headers: PUBLIC, body: 'x'.repeat(3000) })
    await request(cache, '/news/', page)
    assert.equal((await request(cache, '/news/', page)).served, 'HIT')
    const { size, bytes } = cache
    for (let i = 0; i < 5000; i++) {
      const answer = await request(cache, `/news/no-such-${i}/`, async () => ({
        status: 404,
        headers: NOT_FOUND,
        body: 'not found '.repeat(300),
      }))
      assert.equal(answer.served, 'MISS')
    }
    assert.equal(cache.size, size, 'no 404 was kept')
    assert.equal(cache.bytes, bytes)
    assert.equal(cache.rendersUnderWay, 0, 'no render left waiting')
    assert.equal((await request(cache, '/news/', page)).served, 'HIT', 'the page read stays')
    assert.equal(renders, 1)
  })

  it('requests arriving together on a cold page (a HEAD, a conditional GET, GETs) share one render', async () => {
    const cache = new ResponseCache<string>({ freshMs: 60_000, staleMs: 0 })
    let renders = 0
    const slowPage = async () => {
      renders++
      await wait(30)
      return { status: 200, headers: PUBLIC, body: '<h1>cold</h1>' }
    }
    const answers = await Promise.all(
      Array.from({ length: 8 }, () => request(cache, '/schedule/', slowPage)),
    )
    assert.equal(renders, 1)
    assert.deepEqual(answers.map((a) => a.served).sort(), ['MISS', ...Array(7).fill('SHARED')])
    assert.ok(answers.every((a) => a.body === '<h1>cold</h1>'))
    assert.equal((await request(cache, '/schedule/', slowPage)).served, 'HIT')
    assert.equal(renders, 1)
  })

  it('when the shared render is not kept (a 404), each waiting request renders its own answer', async () => {
    const cache = new ResponseCache<string>({ freshMs: 60_000, staleMs: 0 })
    let renders = 0
    const missing = async () => {
      renders++
      await wait(10)
      return { status: 404, headers: NOT_FOUND, body: 'not found' }
    }
    const answers = await Promise.all(
      Array.from({ length: 4 }, () => request(cache, '/news/gone/', missing)),
    )
    assert.ok(answers.every((a) => a.served === 'MISS' && a.body === 'not found'))
    assert.equal(renders, 4)
    assert.equal(cache.size, 0)
    assert.equal(cache.rendersUnderWay, 0)
  })

  it('a render that ends with no answer to keep lets the requests waiting for it render their own', async () => {
    const cache = new ResponseCache<string>({ freshMs: 60_000, staleMs: 0 })
    assert.equal(cache.lookup('/stuck/').kind, 'render')
    assert.equal(cache.joinRender('/stuck/'), undefined, 'the first request renders')
    const waiter = cache.joinRender('/stuck/')
    assert.ok(waiter, 'the second waits')
    cache.release('/stuck/')
    assert.equal(await waiter, undefined, 'released: it renders itself')
    assert.equal(cache.rendersUnderWay, 0)
  })
})

describe('Accept-Encoding the server does not know', () => {
  it('gets identity, however it is written', () => {
    for (const header of [
      'zstd',
      'compress',
      'deflate',
      'zstd;q=1, foo',
      'x-unknown, ,;;',
      'br;q=0',
    ])
      assert.equal(chooseEncoding(header), 'identity', header)
    assert.equal(chooseEncoding('zstd, gzip;q=0.5'), 'gzip', 'a known one listed with it wins')
  })

  it('a flood of distinct headers is parsed, not remembered without bound', () => {
    for (let i = 0; i < 2000; i++) assert.equal(encodingFor(`zstd-${i}`), 'identity')
    assert.equal(encodingFor('gzip, br'), 'br')
  })
})

describe('the public read cache under a flood', () => {
  it('keeps no read that found nothing: random slugs neither grow it nor push out the events', async () => {
    clearCache()
    setCacheSeconds(60)
    let eventReads = 0
    const events = () => cached('events:vi', async () => (eventReads++, ['congress']))
    await events()
    for (let i = 0; i < 3000; i++)
      assert.equal(await cached(`news:item:vi:random-${i}`, async () => null), null)
    assert.equal(cacheSize(), 1)
    await events()
    assert.equal(eventReads, 1, 'the events were never read again')
  })

  it('is least recently used: a read pages keep making survives a thousand others', async () => {
    clearCache()
    setCacheSeconds(60)
    let reads = 0
    const hot = () => cached('events:vi', async () => (reads++, 'events'))
    await hot()
    for (let i = 0; i < 1500; i++) {
      await cached(`search:${i}`, async () => `result ${i}`)
      if (i % 100 === 0) await hot()
    }
    assert.ok(cacheSize() <= 1000)
    await hot()
    assert.equal(reads, 1)
  })

  it('with the cache off, one render still makes each read once', async () => {
    clearCache()
    setCacheSeconds(0)
    let reads = 0
    const events = () => cached('events:en', async () => (reads++, await wait(5), ['council']))
    await withinRender(async () => {
      const layout = events()
      const [page, list] = await Promise.all([events(), events().then((e) => e.length)])
      assert.deepEqual(await layout, page)
      assert.equal(list, 1)
      await events()
    })
    assert.equal(reads, 1)
    await withinRender(() => events())
    assert.equal(reads, 2, 'the next render reads again: nothing is kept with the cache off')
    assert.equal(cacheSize(), 0)
    setCacheSeconds(5)
  })
})
