import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import {
  MAX_CACHED_BYTES,
  PROBATION_SHARE,
  ResponseCache,
  requestMayUseCache,
  responseMayBeCached,
} from '~/site/serve/responseCache'

const page = '<h1>x</h1>'

describe('the public response cache', () => {
  it('serves a fresh copy, then lets one request re-render while the others get the stale copy', () => {
    let now = 0
    const cache = new ResponseCache<string>({ freshMs: 5000, staleMs: 60_000, now: () => now })
    assert.equal(cache.lookup('/').kind, 'render')
    cache.store('/', page, 10)
    now = 4000
    assert.equal(cache.lookup('/').kind, 'fresh')
    now = 6000
    assert.equal(cache.lookup('/').kind, 'render', 'the first request after expiry renders')
    const stale = cache.lookup('/')
    assert.equal(stale.kind, 'stale', 'the others meanwhile get the old page')
    assert.equal(stale.kind === 'stale' && stale.ageSeconds, 6)
    cache.store('/', '<h1>y</h1>', 10)
    const fresh = cache.lookup('/')
    assert.equal(fresh.kind === 'fresh' && fresh.value, '<h1>y</h1>')
  })

  it('after a failed re-render lets the next request try again, and forgets pages too old to serve', () => {
    let now = 0
    const cache = new ResponseCache<string>({ freshMs: 1000, staleMs: 10_000, now: () => now })
    cache.store('/', page, 10)
    now = 2000
    assert.equal(cache.lookup('/').kind, 'render')
    cache.release('/')
    assert.equal(cache.lookup('/').kind, 'render')
    now = 20_000
    assert.equal(cache.lookup('/').kind, 'render')
    assert.equal(cache.size, 0)
    assert.equal(cache.bytes, 0)
  })

  it('a flood of addresses seen once stays in its small part and never pushes out the pages readers ask for', () => {
    const maxBytes = 100_000
    const cache = new ResponseCache<string>({ freshMs: 60_000, staleMs: 0, maxBytes })
    // Twenty pages readers ask for: stored, then asked for again (promoted).
    for (let i = 0; i < 20; i++) {
      cache.store(`/news/${i}`, page, 4000)
      assert.equal(cache.lookup(`/news/${i}`).kind, 'fresh')
      assert.ok(cache.isProtected(`/news/${i}`))
    }
    // An attacker's 10,000 distinct search words, each asked for once.
    for (let i = 0; i < 10_000; i++) cache.store(`/search?q=${i}`, page, 2000)
    assert.ok(cache.bytes <= maxBytes, `${cache.bytes} bytes kept`)
    assert.ok(cache.size < 20 + (maxBytes * PROBATION_SHARE) / 2000 + 1)
    for (let i = 0; i < 20; i++)
      assert.equal(cache.lookup(`/news/${i}`).kind, 'fresh', `/news/${i}`)
    assert.equal(cache.lookup('/search?q=0').kind, 'render', 'the oldest of the flood is gone')
  })

  it('is bounded by bytes: the least recently read protected pages go back on probation, then out', () => {
    const cache = new ResponseCache<string>({ freshMs: 60_000, staleMs: 0, maxBytes: 80_000 })
    for (let i = 0; i < 40; i++) {
      cache.store(`/p/${i}`, page, 5000)
      cache.lookup(`/p/${i}`)
    }
    assert.ok(cache.bytes <= 80_000, `${cache.bytes}`)
    assert.equal(cache.lookup('/p/39').kind, 'fresh')
    assert.equal(cache.lookup('/p/0').kind, 'render')
    // An answer larger than the probation part is not kept on first sight.
    cache.store('/huge', page, 20_000)
    assert.equal(cache.lookup('/huge').kind, 'render')
  })

  it('a re-render of a protected page stays protected', () => {
    let now = 0
    const cache = new ResponseCache<string>({ freshMs: 1000, staleMs: 60_000, now: () => now })
    cache.store('/', page, 10)
    cache.lookup('/')
    now = 2000
    assert.equal(cache.lookup('/').kind, 'render')
    cache.store('/', page, 10)
    assert.ok(cache.isProtected('/'))
    assert.equal(cache.peek('/'), page)
  })

  it('never takes part for a signed-in journalist or staff member, or for a post', () => {
    assert.ok(requestMayUseCache('GET', '/', undefined))
    assert.ok(requestMayUseCache('HEAD', '/en/', 'theme=dark'))
    assert.ok(!requestMayUseCache('GET', '/', 'a=1; portal_press=eyJ...'))
    assert.ok(!requestMayUseCache('GET', '/', 'portal_staff=eyJ...'))
    assert.ok(!requestMayUseCache('POST', '/accreditation/', undefined))
    assert.ok(!requestMayUseCache('GET', `/${'a'.repeat(3000)}`, undefined))
  })

  it('keeps only what the site marked public, without cookies, small enough, never a stream', () => {
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
    assert.ok(
      !responseMayBeCached(
        200,
        { 'cache-control': 'public, max-age=5', 'content-type': 'text/event-stream' },
        0,
      ),
    )
  })
})
