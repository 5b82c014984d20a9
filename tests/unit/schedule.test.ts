import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import ICAL from 'ical.js'

import { buildCalendar, foldLine } from '~/cms/lib/schedule/ics'
import { groupByDay, nowAndNext } from '~/cms/lib/schedule/nowAndNext'

const sessions = [
  { id: 'b', startsAt: '2025-10-16T01:30:00Z', endsAt: '2025-10-16T04:00:00Z' },
  { id: 'a', startsAt: '2025-10-16T00:30:00Z', endsAt: '2025-10-16T01:30:00Z' },
  { id: 'c', startsAt: '2025-10-16T07:00:00Z', endsAt: '2025-10-16T09:00:00Z' },
  { id: 'd', startsAt: '2025-10-16T23:30:00Z', endsAt: '2025-10-17T01:00:00Z' },
]

describe('now and next', () => {
  it('gives the running session and the next ones in order', () => {
    const { current, next } = nowAndNext(sessions, new Date('2025-10-16T02:00:00Z'))
    assert.deepEqual(
      current.map((s) => s.id),
      ['b'],
    )
    assert.deepEqual(
      next.map((s) => s.id),
      ['c', 'd'],
    )
  })

  it('has nothing running between sessions and nothing next after the last', () => {
    assert.deepEqual(nowAndNext(sessions, new Date('2025-10-16T05:00:00Z')).current, [])
    assert.deepEqual(nowAndNext(sessions, new Date('2025-10-18T00:00:00Z')), {
      current: [],
      next: [],
    })
  })

  it('groups sessions by their day in Vietnam, not in UTC', () => {
    // 23:30 UTC on the 16th is 06:30 on the 17th in Cà Mau.
    assert.deepEqual(
      groupByDay(sessions).map((d) => [d.day, d.sessions.map((s) => s.id)]),
      [
        ['2025-10-16', ['a', 'b', 'c']],
        ['2025-10-17', ['d']],
      ],
    )
  })
})

describe('iCalendar', () => {
  const calendar = buildCalendar({
    name: 'Đại hội, chương trình',
    stamp: new Date('2025-10-01T00:00:00Z'),
    events: [
      {
        uid: 'session-1@congress',
        start: '2025-10-16T00:30:00Z',
        end: '2025-10-16T04:00:00Z',
        summary:
          'Phiên khai mạc; Đại hội đại biểu Đảng bộ tỉnh Cà Mau lần thứ I, nhiệm kỳ 2025–2030',
        description: 'Dòng một\nDòng hai, với dấu phẩy',
        location: 'Hội trường, Cà Mau',
        url: 'https://example.test/schedule/#session-1',
      },
    ],
  })

  it('is read back by ical.js with the same times and text', () => {
    const component = new ICAL.Component(ICAL.parse(calendar))
    const events = component.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v))
    assert.equal(events.length, 1)
    const event = events[0]!
    assert.equal(
      event.summary,
      'Phiên khai mạc; Đại hội đại biểu Đảng bộ tỉnh Cà Mau lần thứ I, nhiệm kỳ 2025–2030',
    )
    assert.equal(event.description, 'Dòng một\nDòng hai, với dấu phẩy')
    assert.equal(event.location, 'Hội trường, Cà Mau')
    assert.equal(event.startDate.toJSDate().toISOString(), '2025-10-16T00:30:00.000Z')
    assert.equal(event.endDate.toJSDate().toISOString(), '2025-10-16T04:00:00.000Z')
  })

  it('uses CRLF line ends and keeps every line within 75 octets without splitting a character', () => {
    const lines = calendar.split('\r\n')
    assert.ok(!calendar.replace(/\r\n/g, '').includes('\n'))
    for (const line of lines) assert.ok(Buffer.byteLength(line) <= 75, line)
    const folded = foldLine('X:' + 'ệ'.repeat(60))
    assert.ok(!folded.includes('\ufffd'))
    assert.equal(folded.replace(/\r\n /g, ''), 'X:' + 'ệ'.repeat(60))
  })
})
