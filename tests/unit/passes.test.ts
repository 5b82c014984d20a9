import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import { checkInVerdict } from '~/cms/lib/passes/checkInVerdict'
import {
  generatePassKeys,
  type PassClaims,
  privateKeyFrom,
  publicKeyFrom,
  signPassToken,
  verifyPassToken,
} from '~/cms/lib/passes/passToken'

const keys = generatePassKeys()
const privateKey = privateKeyFrom(keys.privateKeyPem)
const publicKey = publicKeyFrom(keys.publicKeyPem)
const claims: PassClaims = {
  p: '42',
  v: 1,
  d: ['2025-10-16', '2025-10-17'],
  z: ['press-centre', 'plenary-gallery'],
}
const token = signPassToken(privateKey, claims)
const list = { day: '2025-10-16', zone: 'press-centre', allowReentry: false }

describe('pass tokens', () => {
  it('verify with the public key alone, and carry no personal data', () => {
    assert.deepEqual(verifyPassToken(publicKey, token), { ok: true, claims })
    assert.ok(token.length < 250, `QR payload of ${token.length} characters`)
    assert.doesNotMatch(Buffer.from(token.split('.')[1]!, 'base64url').toString(), /name|email|id/i)
  })

  it('refuse tampered, truncated, foreign-key and random tokens without throwing', () => {
    const [prefix, body, signature] = token.split('.') as [string, string, string]
    const tampered = Buffer.from(JSON.stringify({ ...claims, z: ['plenary-floor'] })).toString(
      'base64url',
    )
    assert.deepEqual(verifyPassToken(publicKey, `${prefix}.${tampered}.${signature}`), {
      ok: false,
      problem: 'forged',
    })
    assert.deepEqual(verifyPassToken(publicKey, token.slice(0, -5)), {
      ok: false,
      problem: 'malformed',
    })
    const other = generatePassKeys()
    assert.deepEqual(
      verifyPassToken(publicKey, signPassToken(privateKeyFrom(other.privateKeyPem), claims)),
      { ok: false, problem: 'forged' },
    )
    for (const junk of [
      '',
      'P1..',
      'hello',
      `P1.${body}`,
      'x'.repeat(10_000),
      `P2.${body}.${signature}`,
      '{"p":"42"}',
    ]) {
      assert.equal(verifyPassToken(publicKey, junk).ok, false, junk.slice(0, 20))
    }
  })
})

describe('the verdict at the door', () => {
  const genuine = verifyPassToken(publicKey, token)
  const pass = { version: 1, revoked: false }

  it('admits a genuine, current pass on its day and zone, once', () => {
    assert.equal(checkInVerdict({ token: genuine, pass, list, alreadyCheckedIn: false }), 'valid')
    assert.equal(
      checkInVerdict({ token: genuine, pass, list, alreadyCheckedIn: true }),
      'already-checked-in',
    )
    assert.equal(
      checkInVerdict({
        token: genuine,
        pass,
        list: { ...list, allowReentry: true },
        alreadyCheckedIn: true,
      }),
      'valid',
    )
  })

  it('gives the reason for each refusal', () => {
    assert.equal(
      checkInVerdict({ token: genuine, pass: null, list, alreadyCheckedIn: false }),
      'unknown',
    )
    assert.equal(
      checkInVerdict({
        token: genuine,
        pass: { version: 1, revoked: true },
        list,
        alreadyCheckedIn: false,
      }),
      'revoked',
    )
    assert.equal(
      checkInVerdict({
        token: genuine,
        pass: { version: 2, revoked: false },
        list,
        alreadyCheckedIn: false,
      }),
      'outdated',
    )
    assert.equal(
      checkInVerdict({
        token: genuine,
        pass,
        list: { ...list, day: '2025-10-18' },
        alreadyCheckedIn: false,
      }),
      'wrong-day',
    )
    assert.equal(
      checkInVerdict({
        token: genuine,
        pass,
        list: { ...list, zone: 'photo-pool' },
        alreadyCheckedIn: false,
      }),
      'zone-not-allowed',
    )
    assert.equal(
      checkInVerdict({
        token: { ok: false, problem: 'forged' },
        pass,
        list,
        alreadyCheckedIn: false,
      }),
      'forged',
    )
  })
})

describe('pass zones and versions', async () => {
  const { defaultZones, needsNewVersion, passNumberFor } = await import('~/cms/lib/passes/zones')

  it('gives photographers the photo pool and technicians only the press centre', () => {
    assert.deepEqual(defaultZones('photographer'), [
      'press-centre',
      'plenary-gallery',
      'photo-pool',
    ])
    assert.deepEqual(defaultZones('reporter'), ['press-centre', 'plenary-gallery'])
    assert.deepEqual(defaultZones('technician'), ['press-centre'])
    assert.equal(passNumberFor('P', 42), 'P-0042')
  })

  it('makes older QR codes invalid when a pass is revoked or its days or zones change', () => {
    const pass = { status: 'active', days: ['2025-10-16'], zones: ['press-centre'] }
    assert.equal(needsNewVersion(pass, { ...pass }), false)
    assert.equal(needsNewVersion(pass, { ...pass, zones: ['press-centre'] }), false)
    assert.equal(needsNewVersion(pass, { ...pass, status: 'revoked' }), true)
    assert.equal(needsNewVersion(pass, { ...pass, days: ['2025-10-16', '2025-10-17'] }), true)
    assert.equal(needsNewVersion(pass, { ...pass, zones: ['press-centre', 'photo-pool'] }), true)
  })
})
