import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import {
  EMAIL_RETRY_DELAY_MS,
  isPermanentSmtpFailure,
  MAX_EMAIL_ATTEMPTS,
  nextAttemptAt,
} from '~/cms/email/outbox'

describe('e-mail outbox rules', () => {
  it('retries after 15 s, then doubling, like the jobs queue’s exponential backoff; ten attempts span about two hours', () => {
    const now = new Date('2026-12-01T00:00:00Z')
    const waits = Array.from(
      { length: MAX_EMAIL_ATTEMPTS - 1 },
      (_, i) => (nextAttemptAt(i + 1, now).getTime() - now.getTime()) / 1000,
    )
    assert.deepEqual(waits, [15, 30, 60, 120, 240, 480, 960, 1920, 3840])
    assert.equal(EMAIL_RETRY_DELAY_MS, 15_000)
    const total = waits.reduce((a, b) => a + b, 0)
    assert.ok(total > 1.5 * 3600 && total < 2.5 * 3600, `${total} s`)
  })

  it('gives up at once only on a mail server’s final refusal (5xx)', () => {
    assert.equal(
      isPermanentSmtpFailure(
        Object.assign(new Error('mailbox unavailable'), { responseCode: 550 }),
      ),
      true,
    )
    assert.equal(
      isPermanentSmtpFailure(Object.assign(new Error('try later'), { responseCode: 451 })),
      false,
    )
    assert.equal(
      isPermanentSmtpFailure(
        Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
      ),
      false,
    )
    assert.equal(isPermanentSmtpFailure(new Error('timeout')), false)
    assert.equal(isPermanentSmtpFailure(null), false)
  })
})
