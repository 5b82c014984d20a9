import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import { clientKey, RateLimiter } from '~/site/lib/rateLimit'

describe('rate limits', () => {
  it('let a client make its allowance, refuse the next request, and forgive after the window', () => {
    let now = 0
    const limiter = new RateLimiter(3, 60_000, () => now)
    assert.deepEqual(
      [1, 2, 3].map(() => limiter.hit('1.2.3.4').allowed),
      [true, true, true],
    )
    assert.deepEqual(limiter.hit('1.2.3.4'), { allowed: false, retryAfterSeconds: 60 })
    assert.equal(limiter.hit('5.6.7.8').allowed, true, 'another client is not affected')
    now = 60_000
    assert.equal(limiter.hit('1.2.3.4').allowed, true)
  })

  it('trust X-Forwarded-For only behind a proxy the operator names', () => {
    const request = new Request('http://x/', {
      headers: { 'x-forwarded-for': '203.0.113.9, 10.0.0.1' },
    })
    assert.equal(clientKey(request, '127.0.0.1', false), '127.0.0.1')
    assert.equal(clientKey(request, '127.0.0.1', true), '203.0.113.9')
  })
})
