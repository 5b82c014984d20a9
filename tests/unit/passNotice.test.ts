import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import { passNoticeEmail, passNoticeKind } from '~/cms/lib/passes/passNotice'

const active = {
  status: 'active',
  days: ['2025-10-16', '2025-10-17'],
  zones: ['press-centre', 'plenary-gallery'],
}
const data = {
  fullName: 'Trần Thị Bích Ngọc',
  passNumber: 'P-0042',
  eventName: 'Đại hội thử nghiệm',
  statusUrl: 'https://baochi.example.vn/accreditation/status/abc.def/',
}

describe('pass notices', () => {
  it('names the change a holder must hear about, and none for a change they need not', () => {
    assert.equal(passNoticeKind(active, { ...active, status: 'revoked' }), 'pass-revoked')
    assert.equal(passNoticeKind({ ...active, status: 'revoked' }, active), 'pass-reissued')
    assert.equal(passNoticeKind(active, { ...active, days: ['2025-10-16'] }), 'pass-changed')
    assert.equal(passNoticeKind(active, { ...active, zones: ['press-centre'] }), 'pass-changed')
    assert.equal(passNoticeKind(active, { ...active, days: ['2025-10-17', '2025-10-16'] }), null)
    assert.equal(passNoticeKind(active, { ...active, revokedReason: 'note' }), null)
    const revoked = { ...active, status: 'revoked' }
    assert.equal(passNoticeKind(revoked, { ...revoked, revokedReason: 'other words' }), null)
  })

  it('says why a pass was revoked, in the holder’s language, with the status link', () => {
    const vi = passNoticeEmail('pass-revoked', 'vi', {
      ...data,
      before: active,
      after: { ...active, status: 'revoked', revokedReason: 'Vi phạm quy chế' },
    })
    assert.equal(vi.subject, 'Thẻ tác nghiệp P-0042 đã bị thu hồi')
    assert.match(vi.text, /Lý do:\n> Vi phạm quy chế/)
    assert.ok(vi.text.includes(data.statusUrl) && vi.html.includes(data.statusUrl))
    const en = passNoticeEmail('pass-revoked', 'en', {
      ...data,
      before: active,
      after: { ...active, status: 'revoked', revokedReason: null },
    })
    assert.equal(en.subject, 'Press pass P-0042 revoked')
    assert.doesNotMatch(en.text, /Reason/)
  })

  it('says what changed, old → new, in dd/MM/yyyy and the zones’ names', () => {
    const email = passNoticeEmail('pass-changed', 'en', {
      ...data,
      before: active,
      after: { ...active, days: ['2025-10-17'], zones: ['press-centre', 'photo-pool'] },
    })
    assert.match(email.text, /Valid days: 16\/10\/2025, 17\/10\/2025 → 17\/10\/2025/)
    assert.match(
      email.text,
      /Zones: Plenary press gallery, Press centre → Photo pool, Press centre/,
    )
    const vi = passNoticeEmail('pass-reissued', 'vi', {
      ...data,
      before: { ...active, status: 'revoked' },
      after: active,
    })
    assert.match(vi.text, /cấp lại/)
    assert.match(vi.text, /Ngày hiệu lực: 16\/10\/2025, 17\/10\/2025\n/)
  })
})
