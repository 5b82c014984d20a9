import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import { eventDays } from '~/cms/lib/accreditation/eventDays'
import { firstFreePlace, quotaPlaceKey } from '~/cms/lib/accreditation/quota'
import { formatReference, parseReference } from '~/cms/lib/accreditation/reference'
import {
  createStatusToken,
  newStatusSecret,
  readStatusToken,
  sameStatusSecret,
} from '~/cms/lib/accreditation/statusToken'

describe('reference codes', () => {
  it('are short and readable, and read back', () => {
    assert.equal(formatReference('DH1', 42), 'DH1-0042')
    assert.equal(formatReference('DH1', 12345), 'DH1-12345')
    assert.deepEqual(parseReference(' dh1-0042 '), { prefix: 'DH1', sequence: 42 })
    assert.equal(parseReference('DH1-42'), null)
    assert.equal(parseReference('../etc'), null)
  })
})

describe('status links', () => {
  const secret = 'a-long-enough-test-secret-0123456789'
  const recordSecret = newStatusSecret()

  it('open the request they were made for and carry its own secret', () => {
    assert.deepEqual(readStatusToken(secret, createStatusToken(secret, 42, recordSecret)), {
      id: '42',
      recordSecret,
    })
    assert.equal(
      readStatusToken(secret, createStatusToken(secret, '65f1c0ffee00000000000001', recordSecret))
        ?.id,
      '65f1c0ffee00000000000001',
    )
    assert.notEqual(newStatusSecret(), recordSecret, 'each request gets its own secret')
    assert.match(recordSecret, /^[A-Za-z0-9_-]{43}$/, '32 random bytes')
  })

  it('refuse forged, altered, truncated and foreign links', () => {
    const token = createStatusToken(secret, 42, recordSecret)
    const [, carried, mac] = token.split('.') as [string, string, string]
    assert.equal(
      readStatusToken(secret, `43.${carried}.${mac}`),
      null,
      'another id with the same MAC',
    )
    assert.equal(
      readStatusToken(secret, `42.${newStatusSecret()}.${mac}`),
      null,
      'another record secret with the same MAC',
    )
    assert.equal(readStatusToken(secret, `42.${mac}`), null, 'the old two-part format')
    assert.equal(readStatusToken(secret, token.slice(0, -1)), null)
    assert.equal(
      readStatusToken(secret, `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`),
      null,
    )
    assert.equal(readStatusToken('another-secret-of-sufficient-length-00', token), null)
    for (const junk of [
      '',
      '42',
      '42.',
      '../../etc/passwd',
      `${'9'.repeat(40)}.${carried}.${mac}`,
      "42.' OR 1=1 --",
    ])
      assert.equal(readStatusToken(secret, junk), null, junk)
  })

  it('open a request only when the carried secret is the one stored on it (a reused id opens nothing)', () => {
    const other = newStatusSecret()
    const token = createStatusToken(secret, 42, recordSecret)
    const read = readStatusToken(secret, token)!
    assert.equal(sameStatusSecret(recordSecret, read.recordSecret), true)
    assert.equal(
      sameStatusSecret(other, read.recordSecret),
      false,
      'a new request under the same id',
    )
    assert.equal(sameStatusSecret(null, read.recordSecret), false, 'a request with no secret yet')
    assert.throws(() => createStatusToken(secret, 42, ''), /no status secret/)
  })
})

describe('quota places', () => {
  it('hands out the lowest free place of the event and none beyond the quota', () => {
    assert.equal(firstFreePlace([], 3, 7, 'reporter', 2), '3:7:reporter:1')
    assert.equal(
      firstFreePlace([quotaPlaceKey(3, 7, 'reporter', 1)], 3, 7, 'reporter', 2),
      '3:7:reporter:2',
    )
    assert.equal(firstFreePlace(['3:7:reporter:1', '3:7:reporter:2'], 3, 7, 'reporter', 2), null)
    assert.equal(
      firstFreePlace(['3:7:reporter:2'], 3, 7, 'reporter', 2),
      '3:7:reporter:1',
      'a freed place is reused',
    )
    assert.equal(firstFreePlace([], 3, 7, 'photographer', 0), null)
  })

  it('counts places per event: another event’s places leave this one’s free', () => {
    assert.equal(firstFreePlace(['4:7:reporter:1'], 3, 7, 'reporter', 1), '3:7:reporter:1')
  })
})

describe('congress days', () => {
  it('are the local dates in Vietnam from opening to closing', () => {
    assert.deepEqual(eventDays('2025-10-16T00:30:00.000Z', '2025-10-17T00:30:00.000Z'), [
      '2025-10-16',
      '2025-10-17',
    ])
    // 18:00 UTC on the 15th is already the 16th in Vietnam.
    assert.deepEqual(eventDays('2025-10-15T18:00:00.000Z', '2025-10-15T20:00:00.000Z'), [
      '2025-10-16',
    ])
  })
})
