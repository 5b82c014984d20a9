import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import { attendanceCsv, summariseAttendance } from '~/cms/lib/passes/attendance'

const rows = [
  {
    scannedAt: '2025-10-16T00:05:00.000Z',
    passNumber: 'P-0001',
    day: '2025-10-16',
    zone: 'press-centre',
    verdict: 'valid',
    staff: 'Phạm Ngọc Lan',
  },
  {
    scannedAt: '2025-10-16T00:40:00.000Z',
    passNumber: 'P-0002',
    day: '2025-10-16',
    zone: 'press-centre',
    verdict: 'valid',
    offline: true,
  },
  {
    scannedAt: '2025-10-16T01:10:00.000Z',
    passNumber: 'P-0001',
    day: '2025-10-16',
    zone: 'press-centre',
    verdict: 'already-checked-in',
  },
  {
    scannedAt: '2025-10-16T01:20:00.000Z',
    passNumber: '=HYPERLINK("x")',
    day: '2025-10-16',
    zone: 'photo-pool',
    verdict: 'zone-not-allowed',
  },
]

describe('attendance', () => {
  it('counts admissions and refusals per list, and admissions per hour in Vietnam time', () => {
    const summary = summariseAttendance(rows)
    assert.deepEqual(summary.lists, [
      { day: '2025-10-16', zone: 'photo-pool', admitted: 0, people: 0, refused: 1 },
      { day: '2025-10-16', zone: 'press-centre', admitted: 2, people: 2, refused: 1 },
    ])
    assert.deepEqual(summary.byHour, [{ hour: '2025-10-16 07:00', admitted: 2 }])
    assert.deepEqual(summary.total, { scans: 4, admitted: 2, refused: 2, offline: 1 })
  })

  it('tells entries from people on a list that allows re-entry', () => {
    const reentries = [
      {
        scannedAt: '2025-10-16T00:05:00.000Z',
        passNumber: 'P-0001',
        day: '2025-10-16',
        zone: 'press-centre',
        verdict: 'valid',
      },
      {
        scannedAt: '2025-10-16T03:05:00.000Z',
        passNumber: 'P-0001',
        day: '2025-10-16',
        zone: 'press-centre',
        verdict: 'valid',
      },
      {
        scannedAt: '2025-10-16T04:05:00.000Z',
        passNumber: 'P-0003',
        day: '2025-10-16',
        zone: 'press-centre',
        verdict: 'valid',
      },
    ]
    assert.deepEqual(summariseAttendance(reentries).lists, [
      { day: '2025-10-16', zone: 'press-centre', admitted: 3, people: 2, refused: 0 },
    ])
  })

  it('exports every scan for a spreadsheet, with formulas defused', () => {
    const csv = attendanceCsv(rows)
    assert.ok(csv.startsWith('\uFEFF"scanned_at","pass_number"'))
    assert.match(
      csv,
      /"2025-10-16 07:05:00","P-0001","2025-10-16","press-centre","valid","Phạm Ngọc Lan","no"/,
    )
    assert.match(csv, /"'=HYPERLINK\(""x""\)"/)
    assert.equal(csv.trim().split('\r\n').length, 5)
  })
})
