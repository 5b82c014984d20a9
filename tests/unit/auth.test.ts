import assert from 'node:assert/strict'
import { pbkdf2Sync } from 'node:crypto'
import { describe, it } from 'node:test'

import { looksLikeEmailAddress } from '~/cms/lib/auth/emailAddress'
import {
  newPasswordProblem,
  PASSWORD_MAX,
  PASSWORD_MIN,
  passwordProblem,
  passwordProblemMessage,
} from '~/cms/lib/auth/password'
import { dummyPasswordCheck, passwordMatches } from '~/cms/lib/auth/passwordHash'
import {
  PRESS_SESSION_SECONDS,
  sessionEndsAt,
  sessionSeconds,
  STAFF_SESSION_SECONDS,
} from '~/cms/lib/auth/sessionLifetimes'
import { FREE_TRIES, MAX_DELAY_MS, signInDelayMs } from '~/cms/lib/auth/signInThrottle'

describe('the password rule', () => {
  it('counts characters, not bytes: 10 to 200', () => {
    assert.equal(passwordProblem('x'.repeat(PASSWORD_MIN - 1)), 'password_short')
    assert.equal(passwordProblem('đ'.repeat(PASSWORD_MIN)), null, '10 characters, 20 bytes')
    assert.equal(passwordProblem('x'.repeat(PASSWORD_MAX)), null)
    assert.equal(passwordProblem('x'.repeat(PASSWORD_MAX + 1)), 'password_long')
    assert.equal(passwordProblem(undefined), 'password_short')
    assert.equal(passwordProblem(12345678901), 'password_short', 'not a string')
    assert.equal(newPasswordProblem('a long password', 'a long passwort'), 'password_mismatch')
    assert.equal(newPasswordProblem('short', 'other'), 'password_short', 'length first')
  })

  it('says so in the caller’s language, Vietnamese by default', () => {
    assert.match(passwordProblemMessage('password_short', 'en'), /at least 10 characters/)
    assert.match(passwordProblemMessage('password_long', undefined), /không được dài quá 200 ký tự/)
  })
})

describe('an address on a sign-in or reset form', () => {
  it('has the shape of an e-mail address and at most 254 characters', () => {
    assert.equal(looksLikeEmailAddress('ngoc.tran@example.vn'), true)
    for (const bad of [
      'nope',
      'a@b',
      'a b@example.vn',
      '@example.vn',
      `${'a'.repeat(250)}@example.vn`,
    ])
      assert.equal(looksLikeEmailAddress(bad), false, bad)
  })
})

describe('session lifetimes', () => {
  it('exist once: 8 hours for staff, 12 for the press area', () => {
    assert.equal(STAFF_SESSION_SECONDS, 8 * 3600)
    assert.equal(PRESS_SESSION_SECONDS, 12 * 3600)
    assert.equal(sessionSeconds('users'), STAFF_SESSION_SECONDS)
    assert.equal(sessionSeconds('journalists'), PRESS_SESSION_SECONDS)
  })

  it('end when the token says, else after the lifetime', () => {
    assert.equal(sessionEndsAt('users', 2_000_000_000).getTime(), 2_000_000_000_000)
    assert.equal(
      sessionEndsAt('users', undefined, 1000).getTime(),
      1000 + STAFF_SESSION_SECONDS * 1000,
    )
  })
})

describe('the sign-in brake', () => {
  it('lets a few mistakes go free, then doubles the wait up to a ceiling', () => {
    assert.deepEqual([0, FREE_TRIES - 1].map(signInDelayMs), [0, 0])
    assert.deepEqual(
      [FREE_TRIES, FREE_TRIES + 1, FREE_TRIES + 2].map(signInDelayMs),
      [250, 500, 1000],
    )
    assert.equal(signInDelayMs(100), MAX_DELAY_MS)
  })
})

describe('password hashes', () => {
  const salt = 'ab'.repeat(32)
  it('reads Payload’s current and legacy formats', async () => {
    const current = `pbkdf2-sha256-v1:${pbkdf2Sync('right password', salt, 600_000, 32, 'sha256').toString('hex')}`
    const legacy = pbkdf2Sync('right password', salt, 25_000, 512, 'sha256').toString('hex')
    assert.equal(await passwordMatches({ hash: current, salt }, 'right password'), true)
    assert.equal(await passwordMatches({ hash: current, salt }, 'wrong password'), false)
    assert.equal(await passwordMatches({ hash: legacy, salt }, 'right password'), true)
    assert.equal(await passwordMatches({ hash: legacy, salt }, 'wrong password'), false)
    assert.equal(await passwordMatches({}, 'anything'), false, 'no hash: never a match')
    assert.equal(await dummyPasswordCheck('anything'), false)
  })
})
