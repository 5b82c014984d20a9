import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import {
  applicationSchema,
  fieldErrors,
  formToObject,
} from '~/cms/lib/accreditation/applicationSchema'

const schema = applicationSchema({
  days: ['2025-10-16', '2025-10-17'],
  outletIds: ['1', '2'],
  today: '2025-10-01',
})

const valid = {
  fullName: 'Nguyễn Thị Minh Thư',
  dateOfBirth: '1985-03-14',
  nationality: 'VN',
  idType: 'cccd',
  idNumber: '096185001234',
  pressCardNumber: 'HNB-12345',
  outlet: '1',
  role: 'reporter',
  days: ['2025-10-16'],
  email: 'thu.nguyen@baocamau.vn',
  phone: '+84 912 345 678',
  equipment: 'Máy ảnh, máy ghi âm',
  language: 'vi',
  rulesVersion: '1.0',
  acceptRules: 'on',
  consentData: 'on',
  idempotencyKey: 'k_0123456789abcdef',
}

const errorsOf = (input: Record<string, unknown>) => {
  const result = schema.safeParse(input)
  return result.success ? {} : fieldErrors(result.error)
}

describe('the accreditation form rules', () => {
  it('accept a complete application', () => {
    assert.deepEqual(errorsOf(valid), {})
  })

  it('refuse control and text-direction characters in free text, and store Vietnamese in NFC', () => {
    for (const trick of [
      'Báo\u0000Cà Mau',
      'Báo \u202Euam aC',
      'Báo\u2066 x',
      'Báo\u0007',
      'Báo \uFFFD',
      'Bá\uFEFFo',
    ]) {
      assert.equal(
        errorsOf({ ...valid, equipment: trick }).equipment,
        'bad_characters',
        JSON.stringify(trick),
      )
    }
    assert.deepEqual(
      errorsOf({ ...valid, equipment: 'Máy ảnh\nMáy quay\tLens' }),
      {},
      'line breaks and tabs are fine',
    )
    const decomposed = 'Ma\u0301y a\u0309nh'
    const parsed = schema.parse({ ...valid, equipment: decomposed })
    assert.equal(parsed.equipment, 'Máy ảnh')
    assert.equal(parsed.equipment, decomposed.normalize('NFC'))
  })

  it('refuse a 13-digit CCCD, a future date of birth and a child', () => {
    assert.equal(errorsOf({ ...valid, idNumber: '0961850012345' }).idNumber, 'cccd_format')
    assert.equal(errorsOf({ ...valid, dateOfBirth: '2030-01-01' }).dateOfBirth, 'dob_future')
    assert.equal(
      errorsOf({ ...valid, dateOfBirth: '2015-01-01', idNumber: '096215001234' }).dateOfBirth,
      'dob_age',
    )
    assert.equal(errorsOf({ ...valid, dateOfBirth: '1985-02-30' }).dateOfBirth, 'dob_format')
  })

  it('require both consents, ticked', () => {
    const { acceptRules: _a, consentData: _c, ...rest } = valid
    assert.deepEqual(errorsOf(rest), { acceptRules: 'accept_rules', consentData: 'consent_data' })
    assert.equal(errorsOf({ ...valid, consentData: 'yes' }).consentData, 'consent_data')
  })

  it('refuse wrong types and lengths in every field without throwing', () => {
    const cases: Record<string, unknown>[] = [
      { fullName: 'x'.repeat(101) },
      { fullName: '<script>' },
      { fullName: 42 },
      { email: 'not-an-email' },
      { email: `${'a'.repeat(250)}@x.vn` },
      { phone: 'call me' },
      { role: 'editor-in-chief' },
      { days: ['2025-10-18'] },
      { days: [] },
      { days: 'all' },
      { outlet: '999' },
      { outlet: 'other', outletOther: '' },
      { nationality: 'Atlantis' },
      { equipment: 'x'.repeat(501) },
      { idempotencyKey: 'short' },
      { pressCardNumber: '<b>' },
    ]
    for (const change of cases) {
      const errors = errorsOf({ ...valid, ...change })
      assert.ok(Object.keys(errors).length > 0, `accepted ${JSON.stringify(change).slice(0, 60)}`)
    }
  })

  it('read a browser form, with repeated day boxes as a list', () => {
    const form = new URLSearchParams([
      ['fullName', 'A'],
      ['days', '2025-10-16'],
      ['days', '2025-10-17'],
    ])
    assert.deepEqual(formToObject(form), { fullName: 'A', days: ['2025-10-16', '2025-10-17'] })
    assert.deepEqual(formToObject(new URLSearchParams()), { days: [] })
  })
})
