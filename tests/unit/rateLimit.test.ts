import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import { getEnv } from '~/cms/env'
import { limitRules } from '~/cms/rateLimits/limits'
import { clientKey } from '~/site/lib/rateLimit'

describe('rate limits', () => {
  it('exist once, with the allowances the settings give (the shared store is tested in tests/int/rate-limits)', () => {
    const env = {
      ...getEnv(),
      RATE_LIMIT_STAFF_SIGNIN_PER_10_MIN: 10,
      RATE_LIMIT_PRESS_SIGNIN_PER_10_MIN: 60,
    }
    const rules = limitRules(env)
    assert.equal(rules['sign-in-clients:users'].points, 20, 'twice the staff form allowance')
    assert.equal(rules['sign-in-clients:journalists'].points, 60, 'the press allowance')
    assert.equal(rules['reset-addresses'].points, 1)
    assert.equal(rules['reset-addresses'].windowMs, 60_000)
    assert.equal(rules['reset-clients'].points, 10)
    for (const [name, rule] of Object.entries(rules))
      assert.ok(rule.points >= 1 && rule.windowMs >= 60_000, name)
  })

  it('trust X-Forwarded-For only behind a proxy the operator names', () => {
    const request = new Request('http://x/', {
      headers: { 'x-forwarded-for': '203.0.113.9, 10.0.0.1' },
    })
    assert.equal(clientKey(request, '127.0.0.1', false), '127.0.0.1')
    assert.equal(clientKey(request, '127.0.0.1', true), '203.0.113.9')
  })
})
