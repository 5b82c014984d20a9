import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import { CheckIns } from '~/cms/collections/CheckIns'
import { admissionKey } from '~/cms/lib/passes/admission'
import { VERDICTS } from '~/cms/lib/passes/checkInVerdict'
import { planPassChange, type StoredPass } from '~/cms/lib/passes/passChange'
import {
  PORTRAIT_TOKEN_SECONDS,
  signPortraitToken,
  verifyPortraitToken,
} from '~/cms/lib/passes/portraitToken'
import { isPassSerial, newPassSerial } from '~/cms/lib/passes/serial'
import { canCheckIn, canReadCheckInRules } from '~/cms/lib/roles'
import { messages } from '~/site/lib/i18n/messages/index'

describe('who may check in', () => {
  it('is check-in staff and admins, nobody else', () => {
    assert.equal(canCheckIn({ roles: ['checkin-staff'] }), true)
    assert.equal(canCheckIn({ roles: ['admin'] }), true)
    for (const roles of [['editor'], ['accreditation-officer'], [], null])
      assert.equal(canCheckIn({ roles }), false, String(roles))
    assert.equal(canCheckIn(null), false)
    // A journalist's account is never staff, whatever its roles say.
    assert.equal(canCheckIn({ roles: ['checkin-staff'], collection: 'journalists' }), false)
  })

  it('lets the press office read the door log besides the door itself', () => {
    assert.equal(canReadCheckInRules({ roles: ['accreditation-officer'] }), true)
    assert.equal(canReadCheckInRules({ roles: ['checkin-staff'] }), true)
    assert.equal(canReadCheckInRules({ roles: ['editor'] }), false)
  })
})

describe('the verdict list', () => {
  it('is the check-in log’s options, and every verdict has a message in both languages', () => {
    const field = CheckIns.fields.find((f) => 'name' in f && f.name === 'verdict') as {
      options: { value: string }[]
    }
    assert.deepEqual(
      field.options.map((o) => o.value),
      [...VERDICTS],
    )
    for (const verdict of VERDICTS) {
      assert.ok(messages.vi[`verdict.${verdict}`]?.trim(), `vi message for ${verdict}`)
      assert.ok(messages.en[`verdict.${verdict}`]?.trim(), `en message for ${verdict}`)
    }
  })
})

describe('admissions and serials', () => {
  it('key an admission on the serial, the day and the zone', () => {
    const serial = newPassSerial()
    assert.equal(
      admissionKey(serial, '2025-10-16', 'press-centre'),
      `${serial}:2025-10-16:press-centre`,
    )
    assert.notEqual(
      admissionKey(serial, '2025-10-16', 'press-centre'),
      admissionKey(serial, '2025-10-17', 'press-centre'),
    )
  })

  it('are random, 22 characters, and never repeat', () => {
    const seen = new Set(Array.from({ length: 2000 }, newPassSerial))
    assert.equal(seen.size, 2000)
    for (const serial of seen) assert.ok(isPassSerial(serial), serial)
    assert.equal(isPassSerial('42'), false)
  })
})

describe('a change to a pass', () => {
  const stored: StoredPass = {
    passNumber: 'P-0042',
    request: 7,
    serial: 'a'.repeat(22),
    version: 3,
    status: 'active',
    days: ['2025-10-16'],
    zones: ['press-centre'],
  }
  const now = new Date('2025-10-16T01:00:00Z')
  const approved = { requestApproved: true, now }

  it('gets a new version when revoked or given other days or zones, and not otherwise', () => {
    const revoked = planPassChange(stored, { status: 'revoked', revokedReason: 'Lost' }, approved)
    assert.deepEqual(
      revoked.ok && [revoked.write.version, revoked.write.revokedAt, revoked.write.revokedReason],
      [4, now.toISOString(), 'Lost'],
    )
    const zones = planPassChange(stored, { zones: ['photo-pool', 'press-centre'] }, approved)
    assert.equal(zones.ok && zones.write.version, 4)
    const same = planPassChange(stored, { days: ['2025-10-16'], revokedReason: 'note' }, approved)
    assert.equal(same.ok && same.write.version, 3)
  })

  it('never changes the number, the request or the serial', () => {
    for (const change of [{ passNumber: 'P-0001' }, { request: 8 }, { serial: 'b'.repeat(22) }]) {
      assert.deepEqual(planPassChange(stored, change, approved), {
        ok: false,
        problem: 'frozen-field',
      })
    }
    // The same values sent back (as the admin form does) are no change.
    assert.equal(
      planPassChange(
        stored,
        { passNumber: 'P-0042', request: '7', serial: stored.serial },
        approved,
      ).ok,
      true,
    )
    // A pass stored before serials existed gets one, once.
    const legacy = planPassChange({ ...stored, serial: null }, { serial: 'c'.repeat(22) }, approved)
    assert.equal(legacy.ok && legacy.write.serial, 'c'.repeat(22))
  })

  it('re-activates only the pass of an approved request, and forgets why it was revoked', () => {
    const revoked: StoredPass = {
      ...stored,
      status: 'revoked',
      revokedReason: 'Request withdrawn',
      revokedAt: now.toISOString(),
    }
    assert.deepEqual(
      planPassChange(revoked, { status: 'active' }, { requestApproved: false, now }),
      { ok: false, problem: 'request-not-approved' },
    )
    const again = planPassChange(revoked, { status: 'active' }, approved)
    assert.deepEqual(
      again.ok && [again.write.version, again.write.revokedAt, again.write.revokedReason],
      [4, null, null],
    )
  })

  it('refuses days that are not dates, and a pass with no day or no zone', () => {
    assert.deepEqual(planPassChange(stored, { days: ['tomorrow'] }, approved), {
      ok: false,
      problem: 'bad-day',
    })
    assert.deepEqual(planPassChange(stored, { days: [] }, approved), {
      ok: false,
      problem: 'no-days',
    })
    assert.deepEqual(planPassChange(stored, { zones: [] }, approved), {
      ok: false,
      problem: 'no-zones',
    })
  })
})

describe('the portrait token of a scan', () => {
  const secret = 'x'.repeat(40)
  const serial = newPassSerial()
  const at = Date.parse('2025-10-16T01:00:00Z')

  it('opens the portrait for the staff member who scanned, for two minutes', () => {
    const token = signPortraitToken(secret, { serial, staffId: 12 }, at)
    assert.equal(verifyPortraitToken(secret, token, 12, at + 1000), serial)
    assert.equal(
      verifyPortraitToken(secret, token, 12, at + (PORTRAIT_TOKEN_SECONDS + 1) * 1000),
      null,
      'expired',
    )
    assert.equal(verifyPortraitToken(secret, token, 13, at), null, 'another staff member')
    assert.equal(verifyPortraitToken('y'.repeat(40), token, 12, at), null, 'another secret')
  })

  it('refuses an altered token, a pass id, and anything else', () => {
    const token = signPortraitToken(secret, { serial, staffId: 12 }, at)
    const other = newPassSerial()
    assert.equal(verifyPortraitToken(secret, token.replace(serial, other), 12, at), null)
    for (const bad of ['', '1', '999999', 'abc', `${token}x`, 'a'.repeat(300)])
      assert.equal(verifyPortraitToken(secret, bad, 12, at), null, bad)
  })
})
