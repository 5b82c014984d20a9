import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import { checkIdNumber, identityKey, normaliseIdNumber } from '~/cms/lib/accreditation/identity'

const vn = { nationality: 'VN' }

describe('identity numbers', () => {
  it('accepts a 12-digit CCCD whose century and year digits match the date of birth', () => {
    // 096 (Cà Mau), 0 = man born in the 1900s, 85 = 1985.
    assert.equal(checkIdNumber('cccd', '096085001234', { ...vn, dateOfBirth: '1985-03-14' }), null)
    // 3 = woman born in the 2000s, 01 = 2001.
    assert.equal(checkIdNumber('cccd', '096301004321', { ...vn, dateOfBirth: '2001-11-02' }), null)
  })

  it('refuses a CCCD with 11 or 13 digits or with letters', () => {
    for (const bad of ['09608500123', '0960850012345', '09608500123A'])
      assert.equal(checkIdNumber('cccd', bad, vn), 'cccd_format', bad)
  })

  it('refuses a CCCD that does not match the date of birth', () => {
    assert.equal(
      checkIdNumber('cccd', '096085001234', { ...vn, dateOfBirth: '1986-03-14' }),
      'cccd_birth_year',
    )
    assert.equal(
      checkIdNumber('cccd', '096285001234', { ...vn, dateOfBirth: '1985-03-14' }),
      'cccd_birth_year',
    )
  })

  it('checks a Vietnamese passport strictly and a foreign one loosely', () => {
    assert.equal(checkIdNumber('passport', 'c1234567', vn), null)
    assert.equal(checkIdNumber('passport', 'C123456', vn), 'passport_format')
    assert.equal(checkIdNumber('passport', 'X12345678', { nationality: 'FR' }), null)
    assert.equal(checkIdNumber('passport', 'X1', { nationality: 'FR' }), 'passport_format')
  })

  it('ignores spaces, dots and case, so one person is one key', () => {
    assert.equal(normaliseIdNumber(' 096 085.001-234 '), '096085001234')
    assert.equal(identityKey('passport', 'c 1234567'), identityKey('passport', 'C1234567'))
    assert.notEqual(identityKey('passport', 'C1234567'), identityKey('cccd', 'C1234567'))
  })
})
