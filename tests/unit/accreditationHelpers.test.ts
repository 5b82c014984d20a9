import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import { eventDays } from '../../cms/lib/accreditation/eventDays'
import { firstFreePlace, quotaPlaceKey } from '../../cms/lib/accreditation/quota'
import { formatReference, parseReference } from '../../cms/lib/accreditation/reference'
import { createStatusToken, readStatusToken } from '../../cms/lib/accreditation/statusToken'

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

  it('open the request they were made for', () => {
    assert.equal(readStatusToken(secret, createStatusToken(secret, 42)), '42')
    assert.equal(readStatusToken(secret, createStatusToken(secret, '65f1c0ffee00000000000001')), '65f1c0ffee00000000000001')
  })

  it('refuse forged, altered, truncated and foreign links', () => {
    const token = createStatusToken(secret, 42)
    const [, mac] = token.split('.') as [string, string]
    assert.equal(readStatusToken(secret, `43.${mac}`), null, 'another id with the same MAC')
    assert.equal(readStatusToken(secret, token.slice(0, -1)), null)
    assert.equal(readStatusToken(secret, `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`), null)
    assert.equal(readStatusToken('another-secret-of-sufficient-length-00', token), null)
    for (const junk of ['', '42', '42.', '../../etc/passwd', `${'9'.repeat(40)}.${mac}`, "42.' OR 1=1 --"]) assert.equal(readStatusToken(secret, junk), null, junk)
  })
})

describe('quota places', () => {
  it('hands out the lowest free place and none beyond the quota', () => {
    assert.equal(firstFreePlace([], 7, 'reporter', 2), '7:reporter:1')
    assert.equal(firstFreePlace([quotaPlaceKey(7, 'reporter', 1)], 7, 'reporter', 2), '7:reporter:2')
    assert.equal(firstFreePlace(['7:reporter:1', '7:reporter:2'], 7, 'reporter', 2), null)
    assert.equal(firstFreePlace(['7:reporter:2'], 7, 'reporter', 2), '7:reporter:1', 'a freed place is reused')
    assert.equal(firstFreePlace([], 7, 'photographer', 0), null)
  })
})

describe('congress days', () => {
  it('are the local dates in Vietnam from opening to closing', () => {
    assert.deepEqual(eventDays('2025-10-16T00:30:00.000Z', '2025-10-17T00:30:00.000Z'), ['2025-10-16', '2025-10-17'])
    // 18:00 UTC on the 15th is already the 16th in Vietnam.
    assert.deepEqual(eventDays('2025-10-15T18:00:00.000Z', '2025-10-15T20:00:00.000Z'), ['2025-10-16'])
  })
})
