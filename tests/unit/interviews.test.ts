import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import { localDate } from '~/cms/lib/time'
import {
  interviewCalendar,
  consentEmail,
  scheduledEmail,
} from '~/cms/lib/interviews/interviewEmails'
import {
  INTERVIEW_MESSAGES,
  interviewAuditLabels,
  interviewEmailKindLabels,
  interviewMessage,
  interviewStatusLabels,
} from '~/cms/lib/interviews/interviewLabels'
import {
  CONSENT_VALID_HOURS,
  consentExpiry,
  consentToken,
  followUpDue,
  INTERVIEW_STATUSES,
  readConsentToken,
  REMIND_AFTER_HOURS,
  roomKey,
  slotConflict,
  slotProblem,
  slotsOverlap,
  windowInstants,
  windowProblem,
} from '~/cms/lib/interviews/interviewRules'
import { demoDelegations } from '~/cms/seed/delegations'

const HOUR = 3_600_000
const at = (iso: string) => new Date(iso)

describe('interview slots', () => {
  const nine = { start: '2025-10-16T02:00:00Z', end: '2025-10-16T03:00:00Z' }
  it('overlap when each starts before the other ends; touching ends do not', () => {
    assert.equal(
      slotsOverlap(nine, { start: '2025-10-16T02:30:00Z', end: '2025-10-16T04:00:00Z' }),
      true,
    )
    assert.equal(
      slotsOverlap(nine, { start: '2025-10-16T01:00:00Z', end: '2025-10-16T05:00:00Z' }),
      true,
    )
    assert.equal(
      slotsOverlap(nine, { start: '2025-10-16T03:00:00Z', end: '2025-10-16T04:00:00Z' }),
      false,
    )
    assert.equal(
      slotsOverlap(nine, { start: '2025-10-16T01:00:00Z', end: '2025-10-16T02:00:00Z' }),
      false,
    )
  })
  it('collide with the same room (however typed) or the same journalist, never with themselves', () => {
    const booked = [
      { id: 1, ...nine, room: 'Phòng  Họp 2 ', journalist: 7 },
      {
        id: 2,
        start: '2025-10-16T05:00:00Z',
        end: '2025-10-16T06:00:00Z',
        room: 'Phòng 3',
        journalist: 8,
      },
    ]
    const mine = {
      id: 3,
      start: '2025-10-16T02:30:00Z',
      end: '2025-10-16T03:30:00Z',
      journalist: 9,
    }
    assert.equal(slotConflict({ ...mine, room: 'phòng họp 2' }, booked)?.reason, 'room')
    assert.equal(
      slotConflict({ ...mine, room: 'Phòng 5', journalist: 7 }, booked)?.reason,
      'journalist',
    )
    assert.equal(slotConflict({ ...mine, room: 'Phòng 5' }, booked), null)
    assert.equal(slotConflict({ ...booked[0]!, id: 1 }, booked), null)
    assert.equal(roomKey(' Phòng   Họp 2'), 'phòng họp 2')
  })
  it('are refused when they end first, last over 4 hours or fall outside the event’s days', () => {
    const days = ['2025-10-16', '2025-10-17']
    assert.equal(slotProblem({ start: nine.end, end: nine.start }, days, localDate), 'slot-order')
    assert.equal(slotProblem({ start: 'x', end: nine.end }, days, localDate), 'slot-order')
    assert.equal(
      slotProblem({ start: '2025-10-16T01:00:00Z', end: '2025-10-16T05:30:00Z' }, days, localDate),
      'slot-length',
    )
    assert.equal(
      slotProblem({ start: '2025-10-18T02:00:00Z', end: '2025-10-18T03:00:00Z' }, days, localDate),
      'slot-day',
    )
    // 23:30 on the 15th UTC is 06:30 on the 16th in Vietnam: an event day.
    assert.equal(
      slotProblem({ start: '2025-10-15T23:30:00Z', end: '2025-10-16T00:30:00Z' }, days, localDate),
      null,
    )
  })
})

describe('preferred windows', () => {
  const days = ['2025-10-16', '2025-10-17']
  it('take one to three windows on the event’s days, each starting before it ends', () => {
    assert.equal(windowProblem([{ day: '2025-10-16', from: '09:00', to: '10:30' }], days), null)
    assert.equal(windowProblem([], days), 'window-count')
    const w = { day: '2025-10-17', from: '14:00', to: '15:00' }
    assert.equal(windowProblem([w, w, w, w], days), 'window-count')
    assert.equal(windowProblem([{ ...w, day: '2025-10-18' }], days), 'window-day')
    assert.equal(windowProblem([{ ...w, from: '15:00', to: '14:00' }], days), 'window-order')
    assert.equal(windowProblem([{ ...w, from: '9:00' }], days), 'window-format')
    assert.equal(windowProblem([{ ...w, to: '24:00' }], days), 'window-format')
  })
  it('are Vietnam times (UTC+7)', () => {
    const { start, end } = windowInstants({ day: '2025-10-16', from: '09:00', to: '10:30' })
    assert.equal(start.toISOString(), '2025-10-16T02:00:00.000Z')
    assert.equal(end.toISOString(), '2025-10-16T03:30:00.000Z')
  })
})

describe('the consent link', () => {
  const secret = 'unit-secret-0123456789abcdef0123456789'
  const sent = at('2025-10-15T01:00:00Z')
  const expiresAt = consentExpiry(sent)
  const token = consentToken(secret, { request: 42, expiresAt, nonce: 'n0nce-abc' })
  it('is read back while it lasts', () => {
    const read = readConsentToken(secret, token, new Date(sent.getTime() + HOUR))
    assert.deepEqual(read, { ok: true, request: '42', nonce: 'n0nce-abc', expiresAt })
    assert.equal(expiresAt.getTime() - sent.getTime(), CONSENT_VALID_HOURS * HOUR)
  })
  it('expires at its time, to the second', () => {
    assert.deepEqual(readConsentToken(secret, token, expiresAt), { ok: false, reason: 'expired' })
    assert.equal(readConsentToken(secret, token, new Date(expiresAt.getTime() - 1000)).ok, true)
  })
  it('is unknown when forged, changed or signed with another secret or purpose', () => {
    const [id, exp, nonce, sig] = token.split('.')
    const later = String(Number(exp) + 86_400)
    for (const forged of [
      `${id}.${later}.${nonce}.${sig}`,
      `43.${exp}.${nonce}.${sig}`,
      `${id}.${exp}.other.${sig}`,
      consentToken('another-secret-0123456789abcdef0123', {
        request: 42,
        expiresAt,
        nonce: 'n0nce-abc',
      }),
      'garbage',
      `${token}.x`,
    ])
      assert.deepEqual(readConsentToken(secret, forged, sent), { ok: false, reason: 'unknown' })
  })
})

describe('the follow-up of forwarded requests', () => {
  const forwardedAt = '2025-10-15T01:00:00.000Z'
  const request = {
    status: 'forwarded',
    forwardedAt,
    consentExpiresAt: consentExpiry(new Date(forwardedAt)).toISOString(),
    remindedAt: null as string | null,
  }
  const after = (hours: number) => new Date(new Date(forwardedAt).getTime() + hours * HOUR)
  it('reminds once after the reminder delay, then marks no answer at expiry', () => {
    assert.equal(followUpDue(request, after(REMIND_AFTER_HOURS - 1)), null)
    assert.equal(followUpDue(request, after(REMIND_AFTER_HOURS)), 'remind')
    const reminded = { ...request, remindedAt: after(REMIND_AFTER_HOURS).toISOString() }
    assert.equal(followUpDue(reminded, after(REMIND_AFTER_HOURS + 1)), null)
    assert.equal(followUpDue(reminded, after(CONSENT_VALID_HOURS)), 'expire')
    assert.equal(followUpDue(request, after(CONSENT_VALID_HOURS + 5)), 'expire')
  })
  it('leaves answered requests alone', () => {
    for (const status of ['accepted', 'declined', 'scheduled', 'no-answer', 'requested'])
      assert.equal(followUpDue({ ...request, status }, after(CONSENT_VALID_HOURS + 1)), null)
  })
})

describe('interview words and e-mails', () => {
  it('label every status, step and e-mail in Vietnamese and English, and every refusal twice', () => {
    for (const status of INTERVIEW_STATUSES)
      assert.ok(interviewStatusLabels[status].vi && interviewStatusLabels[status].en)
    for (const labels of [interviewAuditLabels, interviewEmailKindLabels])
      for (const value of Object.values(labels))
        assert.ok(value.vi && value.en && value.vi !== value.en)
    for (const [vi, en] of Object.values(INTERVIEW_MESSAGES) as [string, string][])
      assert.ok(vi && en && vi !== en)
    assert.match(interviewMessage('en', 'room-taken', 'X'), /^This room .*: X$/)
    assert.match(interviewMessage('vi', 'no-pass'), /thẻ tác nghiệp/)
  })
  it('send the consent link to the contact and the time to both sides with one calendar event', () => {
    const consent = consentEmail({
      contactName: 'Lê Văn A',
      delegationName: 'Đoàn đại biểu Đảng bộ xã Năm Căn',
      journalistName: 'Trần B',
      outletName: 'Báo Cà Mau',
      eventName: 'Đại hội',
      topic: 'Kinh tế biển',
      windows: [{ day: '2025-10-16', from: '09:00', to: '10:00' }],
      url: 'http://site.test/interviews/consent/t/',
      expiresAt: at('2025-10-18T01:00:00Z'),
    })
    assert.match(consent.text, /http:\/\/site\.test\/interviews\/consent\/t\//)
    assert.match(consent.text, /16\/10\/2025 09:00–10:00/)
    assert.match(consent.text, /18\/10\/2025 08:00/)
    const data = {
      delegationName: 'Đoàn X',
      journalistName: 'Trần B',
      outletName: 'Báo Cà Mau',
      eventName: 'Đại hội',
      topic: 'Kinh tế biển; cảng, biển',
      start: at('2025-10-16T02:00:00Z'),
      end: at('2025-10-16T02:45:00Z'),
      room: 'Phòng 2',
    }
    const mail = scheduledEmail({ ...data, locale: 'en', to: 'journalist', name: 'Trần B' })
    assert.match(mail.text, /16\/10\/2025 09:00–09:45/)
    assert.match(mail.text, /Room: Phòng 2/)
    const ics = interviewCalendar({
      ...data,
      id: 5,
      host: 'site.test',
      locale: 'vi',
      stamp: data.start,
    })
    assert.match(ics, /^BEGIN:VCALENDAR\r\n/)
    assert.match(ics, /\r\nUID:interview-5@site\.test\r\n/)
    assert.match(ics, /\r\nDTSTART:20251016T020000Z\r\nDTEND:20251016T024500Z\r\n/)
    assert.match(ics, /\r\nDESCRIPTION:Kinh tế biển\\; cảng\\, biển\r\n/)
    assert.match(ics, /\r\nLOCATION:Phòng 2\r\n/)
  })
})

describe('the demo congress’s delegations', () => {
  it('are 68, numbered 1–68, each with a contact at example.vn', () => {
    const all = demoDelegations()
    assert.equal(all.length, 68)
    assert.deepEqual(
      all.map((d) => d.number),
      Array.from({ length: 68 }, (_, i) => i + 1),
    )
    assert.equal(new Set(all.map((d) => d.name)).size, 68)
    assert.equal(new Set(all.map((d) => d.contactEmail)).size, 68)
    for (const d of all) {
      assert.match(d.contactEmail, /@example\.vn$/)
      assert.ok(d.nameEn && d.contactName && d.contactPhone && d.delegates.length > 0)
    }
  })
})
