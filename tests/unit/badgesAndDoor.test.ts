import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import { admittedWhen } from '~/cms/lib/passes/admission'
import { badgeSkipReason, skippedSummary } from '~/cms/lib/passes/badgeRun'
import { readTypedPassNumber } from '~/cms/lib/passes/passNumber'

const read = (typed: string, prefix: string | null = 'P') =>
  readTypedPassNumber(typed, prefix)?.passNumber ?? null

describe('a pass number typed at the door', () => {
  it('reads every form staff type for P-0017 at an event numbered P', () => {
    const table: [string, string | null][] = [
      ['P-0017', 'P-0017'],
      ['p17', 'P-0017'],
      ['P0017', 'P-0017'],
      ['0017', 'P-0017'],
      ['17', 'P-0017'],
      ['p 0017', 'P-0017'],
      ['p-17', 'P-0017'],
      ['  p – 0017 ', 'P-0017'],
      ['P00017', 'P-0017'],
      ['ｐ１７', 'P-0017'], // full-width, from a phone keyboard
      ['P-12345', 'P-12345'],
    ]
    for (const [typed, expected] of table) assert.equal(read(typed), expected, typed)
  })

  it('reads a prefix that ends in a digit (DH1), joined or separated', () => {
    assert.equal(read('dh10017', 'DH1'), 'DH1-0017')
    assert.equal(read('DH1 17', 'DH1'), 'DH1-0017')
    assert.equal(read('0017', 'DH1'), 'DH1-0017')
    // At another event's door a separated DH1 number is still read as DH1's…
    assert.equal(read('DH1-17', 'HB'), 'DH1-0017')
  })

  it("reads another event's number with its own prefix, so the door can say whose it is", () => {
    assert.deepEqual(readTypedPassNumber('hb42', 'P'), {
      passNumber: 'HB-0042',
      prefix: 'HB',
      sequence: 42,
    })
    assert.equal(read('HB 0042'), 'HB-0042')
  })

  it('needs the list’s prefix for a bare number, and refuses what is not a number', () => {
    assert.equal(read('0017', null), null)
    for (const typed of [
      '',
      '   ',
      '0',
      'P-0000',
      'P-00A7',
      'abc',
      'P--',
      'P1.eyJwIjoi.c2ln',
      '12345678',
    ])
      assert.equal(read(typed), null, typed)
  })
})

describe('when an earlier admission happened', () => {
  it('is HH:mm on the day, and HH:mm dd/MM/yyyy on another, in Vietnam time', () => {
    assert.equal(admittedWhen('2026-12-02T01:15:00Z', '2026-12-02'), '08:15')
    assert.equal(admittedWhen('2026-12-01T16:30:00Z', '2026-12-01'), '23:30')
    assert.equal(admittedWhen('2026-12-01T17:05:00Z', '2026-12-01'), '00:05 02/12/2026')
    assert.equal(admittedWhen('2026-11-30T13:00:00Z', '2026-12-02'), '20:00 30/11/2026')
  })
})

describe('which passes a print run of badges leaves out', () => {
  const printable = {
    status: 'active',
    serial: 'x'.repeat(22),
    requestStatus: 'approved',
    hasPortrait: true,
  }
  it('prints an active pass of an approved request with a portrait', () => {
    assert.equal(badgeSkipReason(printable), null)
  })
  it('leaves out revoked passes first, then requests no longer approved, then missing data', () => {
    assert.equal(
      badgeSkipReason({ ...printable, status: 'revoked', requestStatus: 'rejected' }),
      'revoked',
    )
    assert.equal(badgeSkipReason({ ...printable, requestStatus: 'withdrawn' }), 'not-approved')
    assert.equal(badgeSkipReason({ ...printable, serial: null }), 'no-serial')
    assert.equal(badgeSkipReason({ ...printable, hasPortrait: false }), 'no-portrait')
  })
  it('says how many were left out and why, in the officer’s language', () => {
    const skipped = [
      { reason: 'revoked' as const },
      { reason: 'revoked' as const },
      { reason: 'no-portrait' as const },
    ]
    assert.equal(skippedSummary(skipped, 'vi'), '2 × thẻ đã thu hồi, 1 × không có ảnh chân dung')
    assert.equal(skippedSummary(skipped, 'en'), '2 × pass revoked, 1 × no portrait')
    assert.equal(skippedSummary([], 'en'), '')
  })
})
