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
import {
  FORGET_AFTER_MS,
  FREE_TRIES,
  MAX_DELAY_MS,
  signInDelayMs,
  SignInThrottle,
} from '~/cms/lib/auth/signInThrottle'

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

  it('slows an address down whether or not it exists, clears it on success, forgets it when quiet', () => {
    let now = 0
    const throttle = new SignInThrottle(100, 600_000, () => now)
    const waits: number[] = []
    for (let i = 0; i < FREE_TRIES + 2; i++) {
      const ticket = throttle.begin('1.2.3.4', ' Someone@Example.vn ')
      assert.ok(ticket.allowed)
      waits.push(ticket.waitMs)
    }
    assert.deepEqual(waits, [0, 0, 0, 0, 0, 250, 500])
    const other = throttle.begin('5.6.7.8', 'someone@example.vn')
    assert.ok(
      other.allowed && other.waitMs === 1000,
      'the brake follows the address, from any client',
    )
    throttle.succeeded(other)
    const after = throttle.begin('1.2.3.4', 'someone@example.vn')
    assert.ok(after.allowed && after.waitMs === 0, 'a success clears it')
    for (let i = 0; i < 10; i++) throttle.begin('1.2.3.4', 'quiet@example.vn')
    now += FORGET_AFTER_MS + 1
    const quiet = throttle.begin('1.2.3.4', 'quiet@example.vn')
    assert.ok(quiet.allowed && quiet.waitMs === 0)
  })

  it('refuses a client past its allowance of failures; successes are given back', () => {
    let now = 0
    const throttle = new SignInThrottle(3, 600_000, () => now)
    const ok = throttle.begin('1.2.3.4', 'a@example.vn')
    assert.ok(ok.allowed)
    throttle.succeeded(ok)
    for (let i = 0; i < 3; i++) assert.ok(throttle.begin('1.2.3.4', `guess${i}@example.vn`).allowed)
    assert.deepEqual(throttle.begin('1.2.3.4', 'a@example.vn'), {
      allowed: false,
      retryAfterSeconds: 600,
    })
    assert.ok(throttle.begin('5.6.7.8', 'a@example.vn').allowed, 'another client is not affected')
    now = 600_000
    assert.ok(throttle.begin('1.2.3.4', 'a@example.vn').allowed)
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
