import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import {
  MAX_CACHED_BYTES,
  ResponseCache,
  requestMayUseCache,
  responseMayBeCached,
} from '~/site/serve/responseCache'

const page = {
  status: 200,
  headers: { 'content-type': 'text/html' },
  body: Buffer.from('<h1>x</h1>'),
}

describe('the public response cache', () => {
  it('serves a fresh copy, then lets one request re-render while the others get the stale copy', () => {
    let now = 0
    const cache = new ResponseCache(5000, 60_000, 10, () => now)
    assert.equal(cache.lookup('/').kind, 'render')
    cache.store('/', page)
    now = 4000
    assert.equal(cache.lookup('/').kind, 'fresh')
    now = 6000
    assert.equal(cache.lookup('/').kind, 'render', 'the first request after expiry renders')
    const stale = cache.lookup('/')
    assert.equal(stale.kind, 'stale', 'the others meanwhile get the old page')
    assert.equal(stale.kind === 'stale' && stale.ageSeconds, 6)
    cache.store('/', { ...page, body: Buffer.from('<h1>y</h1>') })
    const fresh = cache.lookup('/')
    assert.equal(fresh.kind === 'fresh' && fresh.entry.body.toString(), '<h1>y</h1>')
  })

  it('after a failed re-render lets the next request try again, and forgets pages too old to serve', () => {
    let now = 0
    const cache = new ResponseCache(1000, 10_000, 10, () => now)
    cache.store('/', page)
    now = 2000
    assert.equal(cache.lookup('/').kind, 'render')
    cache.release('/')
    assert.equal(cache.lookup('/').kind, 'render')
    now = 20_000
    assert.equal(cache.lookup('/').kind, 'render')
    assert.equal(cache.size, 0)
  })

  it('keeps at most the set number of pages, dropping the oldest', () => {
    const cache = new ResponseCache(5000, 0, 2)
    for (const key of ['/a', '/b', '/c']) cache.store(key, page)
    assert.equal(cache.size, 2)
    assert.equal(cache.lookup('/a').kind, 'render')
  })

  it('never takes part for a signed-in journalist or staff member, or for a post', () => {
    assert.ok(requestMayUseCache('GET', '/', undefined))
    assert.ok(requestMayUseCache('HEAD', '/en/', 'theme=dark'))
    assert.ok(!requestMayUseCache('GET', '/', 'a=1; portal_press=eyJ...'))
    assert.ok(!requestMayUseCache('GET', '/', 'portal_staff=eyJ...'))
    assert.ok(!requestMayUseCache('POST', '/accreditation/', undefined))
    assert.ok(!requestMayUseCache('GET', `/${'a'.repeat(3000)}`, undefined))
  })

  it('keeps only what the site marked public, without cookies, small enough', () => {
    assert.ok(
      responseMayBeCached(
        200,
        { 'cache-control': 'public, max-age=5, stale-while-revalidate=60' },
        100,
      ),
    )
    assert.ok(!responseMayBeCached(200, { 'cache-control': 'private, no-store' }, 100))
    assert.ok(!responseMayBeCached(200, {}, 100))
    assert.ok(!responseMayBeCached(404, { 'cache-control': 'public, max-age=5' }, 100))
    assert.ok(
      !responseMayBeCached(200, { 'cache-control': 'public, max-age=5', 'set-cookie': 'x=1' }, 100),
    )
    assert.ok(
      !responseMayBeCached(200, { 'cache-control': 'public, max-age=5' }, MAX_CACHED_BYTES + 1),
    )
  })
})
