import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import {
  confirmLinkAlive,
  copyDueAt,
  deliveryKey,
  distributionState,
  formatEmbargoTime,
  hashLinkSecret,
  looksLikeLinkSecret,
  newLinkSecret,
  readUnsubscribeToken,
  releaseSubject,
  unsubscribeToken,
} from '~/cms/lib/distribution/distributionRules'
import { releaseMessage } from '~/cms/lib/distribution/releaseMessage'

const now = new Date('2025-10-16T01:00:00.000Z')
const later = '2025-10-16T03:30:00.000Z'

describe('distribution rules', () => {
  it('sends the press copy at publication, the public copy once the embargo lifts', () => {
    const embargoed = { _status: 'published' as const, embargoUntil: later }
    assert.equal(copyDueAt(embargoed, 'press', now), 'now')
    assert.deepEqual(copyDueAt(embargoed, 'public', now), new Date(later))
    assert.equal(copyDueAt({ _status: 'published' }, 'public', now), 'now')
    assert.equal(copyDueAt({ _status: 'draft' }, 'press', now), null)
    const scheduled = { _status: 'published' as const, publishedAt: later }
    assert.deepEqual(copyDueAt(scheduled, 'press', now), new Date(later))
    assert.equal(copyDueAt(embargoed, 'public', new Date(later)), 'now')
  })

  it('states a release’s delivery from its messages', () => {
    assert.equal(distributionState({ total: 0, sent: 0, failed: 0 }), 'not-sent')
    assert.equal(distributionState({ total: 3, sent: 1, failed: 1 }), 'sending')
    assert.equal(distributionState({ total: 3, sent: 3, failed: 0 }), 'sent')
    assert.equal(distributionState({ total: 3, sent: 2, failed: 1 }), 'partial-failure')
  })

  it('writes the embargo time dd/MM/yyyy HH:mm in Vietnam, first in the press copy’s subject', () => {
    assert.equal(formatEmbargoTime(later), '16/10/2025 10:30')
    assert.equal(formatEmbargoTime('2025-10-16T17:05:00.000Z'), '17/10/2025 00:05')
    const release = { title: 'Khai mạc', number: 7, embargoUntil: later }
    assert.equal(
      releaseSubject(release, 'vi', true),
      '[CẤM ĐĂNG đến 16/10/2025 10:30] Thông cáo báo chí số 7: Khai mạc',
    )
    assert.equal(releaseSubject(release, 'en', false), 'Press release no. 7: Khai mạc')
  })

  it('puts a banner and the unsubscribe link in the body, escaping what editors typed', () => {
    const message = releaseMessage({
      release: { title: 'A <b>bold</b> title', summary: 'x & y', embargoUntil: later },
      language: 'en',
      embargoed: true,
      releaseUrl: 'https://site.example/en/press/',
      unsubscribeUrl: 'https://site.example/en/subscribe/unsubscribe/s1.abc/',
    })
    assert.match(message.html, /EMBARGOED: not for publication before 16\/10\/2025 10:30/)
    assert.doesNotMatch(message.html, /<b>bold<\/b>/)
    assert.match(
      message.text,
      /Unsubscribe: https:\/\/site\.example\/en\/subscribe\/unsubscribe\/s1\.abc\//,
    )
    const plain = releaseMessage({
      release: { title: 'T', embargoUntil: later },
      language: 'vi',
      embargoed: false,
      releaseUrl: 'u',
      unsubscribeUrl: 'v',
    })
    assert.doesNotMatch(plain.html, /CẤM ĐĂNG/)
    const withBody = releaseMessage({
      release: { title: 'T' },
      language: 'vi',
      embargoed: false,
      releaseUrl: 'u',
      unsubscribeUrl: 'v',
      body: { html: '<p>Toàn văn</p>', text: 'Toàn văn' },
    })
    assert.match(withBody.html, /<div><p>Toàn văn<\/p><\/div>/)
    assert.match(withBody.text, /\nToàn văn\n/)
  })

  it('keys each copy to each address once, whatever the case of the address', () => {
    assert.equal(deliveryKey(5, 'press', ' A@Example.VN '), deliveryKey(5, 'press', 'a@example.vn'))
    assert.notEqual(deliveryKey(5, 'press', 'a@x.vn'), deliveryKey(5, 'public', 'a@x.vn'))
  })

  it('signs unsubscribe links and refuses forged ones; stores confirm secrets only hashed', () => {
    const token = unsubscribeToken('secret', { kind: 's', id: '42' })
    assert.deepEqual(readUnsubscribeToken('secret', token), { kind: 's', id: '42' })
    assert.equal(readUnsubscribeToken('other secret', token), null)
    assert.equal(readUnsubscribeToken('secret', token.replace('s42', 's43')), null)
    assert.equal(readUnsubscribeToken('secret', token.replace('s42', 'j42')), null)
    assert.equal(readUnsubscribeToken('secret', 'garbage'), null)
    const secret = newLinkSecret()
    assert.ok(looksLikeLinkSecret(secret))
    assert.notEqual(hashLinkSecret(secret), secret)
    assert.match(hashLinkSecret(secret), /^[0-9a-f]{64}$/)
    assert.ok(confirmLinkAlive('2025-10-15T01:00:00.000Z', now))
    assert.equal(confirmLinkAlive('2025-10-14T00:59:00.000Z', now), false)
    assert.equal(confirmLinkAlive(null, now), false)
  })
})
