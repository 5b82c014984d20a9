import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import {
  admissionsPerHour,
  axisTicks,
  barShare,
  localHour,
  quotaInUse,
} from '~/cms/lib/dashboard/figures'
import { formatDateTime, formatDay, formatWaited } from '~/cms/lib/dashboard/format'
import { dashboardLabel, zoneName } from '~/cms/lib/dashboard/labels'
import { listHref, whereOf } from '~/cms/lib/dashboard/links'

describe('dashboard links', () => {
  it('names the filtered admin list with the same conditions the count used', () => {
    const conditions = [
      { field: 'event', op: 'equals', value: 3 },
      { field: 'status', op: 'equals', value: 'needs-information' },
    ] as const
    assert.equal(
      decodeURIComponent(listHref('accreditation-requests', conditions)),
      '/admin/collections/accreditation-requests?where[event][equals]=3&where[status][equals]=needs-information',
    )
    assert.deepEqual(whereOf(conditions), {
      and: [{ event: { equals: 3 } }, { status: { equals: 'needs-information' } }],
    })
  })

  it('spells lists of values and sorts in the form the list view reads', () => {
    const href = listHref(
      'accreditation-requests',
      [{ field: 'status', op: 'in', value: ['submitted', 'in-review'] }],
      { sort: 'createdAt' },
    )
    assert.equal(
      decodeURIComponent(href),
      '/admin/collections/accreditation-requests?where[status][in][0]=submitted&where[status][in][1]=in-review&sort=createdAt',
    )
    assert.equal(listHref('news', []), '/admin/collections/news')
    // Times keep their '+' and ':' safely encoded.
    assert.match(
      listHref('press-releases', [
        { field: 'embargoUntil', op: 'greater_than', value: '2026-12-02T05:00:00.000Z' },
      ]),
      /embargoUntil%5D%5Bgreater_than%5D=2026-12-02T05%3A00%3A00.000Z$/,
    )
  })
})

describe('quota in use', () => {
  const outlets = new Map([
    ['1', { name: 'Báo Cà Mau', ownQuota: (role: string) => (role === 'reporter' ? 4 : 1) }],
    ['2', { name: 'Đài PT-TH Cà Mau', ownQuota: () => 2 }],
  ])
  it('counts places held per outlet and role against the quota that applies, fullest first', () => {
    const held = [
      { outlet: 1, role: 'reporter' },
      { outlet: 1, role: 'reporter' },
      { outlet: { id: 2 }, role: 'photographer' },
      { outlet: 1, role: 'photographer' },
      { outlet: null, role: 'reporter' }, // "other" outlet: no quota row
    ]
    const rows = quotaInUse(held, outlets, [{ role: 'photographer', outlet: 2, max: 1 }])
    assert.deepEqual(
      rows.map((r) => [r.outletName, r.role, r.used, r.quota]),
      [
        ['Báo Cà Mau', 'photographer', 1, 1],
        ['Đài PT-TH Cà Mau', 'photographer', 1, 1],
        ['Báo Cà Mau', 'reporter', 2, 4],
      ],
    )
  })

  it('uses the event row for every outlet before the outlet own quota', () => {
    const rows = quotaInUse([{ outlet: 2, role: 'reporter' }], outlets, [
      { role: 'reporter', max: 6 },
    ])
    assert.equal(rows[0]!.quota, 6)
  })

  it('fills bars by share, a zero quota with places held reading as full', () => {
    assert.equal(barShare(1, 4), 0.25)
    assert.equal(barShare(5, 4), 1)
    assert.equal(barShare(1, 0), 1)
    assert.equal(barShare(0, 0), 0)
  })
})

describe('admissions per hour', () => {
  it('counts per list and Vietnam hour, with a continuous axis and the event lists first', () => {
    const data = admissionsPerHour(
      [
        { zone: 'press-centre', scannedAt: '2026-12-02T01:05:00Z' }, // 08:05 in Vietnam
        { zone: 'press-centre', scannedAt: '2026-12-02T01:55:00Z' },
        { zone: 'photo-pool', scannedAt: '2026-12-02T04:10:00Z' }, // 11:10
        { zone: 'plenary-gallery', scannedAt: '2026-12-02T09:30:00Z' }, // 16:30
      ],
      ['press-centre', 'photo-pool'],
    )
    assert.deepEqual(data.lists, ['press-centre', 'photo-pool', 'plenary-gallery'])
    assert.deepEqual(data.hours, [8, 9, 10, 11, 12, 13, 14, 15, 16])
    assert.deepEqual(data.counts['press-centre'], [2, 0, 0, 0, 0, 0, 0, 0, 0])
    assert.deepEqual(data.counts['photo-pool'], [0, 0, 0, 1, 0, 0, 0, 0, 0])
    assert.deepEqual(data.totals, { 'press-centre': 2, 'photo-pool': 1, 'plenary-gallery': 1 })
    assert.equal(data.total, 4)
    assert.equal(data.peak, 2)
  })

  it('keeps at least a few hours on the axis, within the day', () => {
    const late = admissionsPerHour([{ zone: 'press-centre', scannedAt: '2026-12-02T16:30:00Z' }])
    assert.equal(localHour('2026-12-02T16:30:00Z'), 23)
    assert.deepEqual(late.hours, [18, 19, 20, 21, 22, 23])
    const none = admissionsPerHour([], ['press-centre'])
    assert.equal(none.total, 0)
    assert.equal(none.hours.length, 6)
  })

  it('picks round ticks for the count axis', () => {
    assert.deepEqual(axisTicks(0), [0, 1])
    assert.deepEqual(axisTicks(3), [0, 1, 2, 3])
    assert.deepEqual(axisTicks(17), [0, 5, 10, 15, 20])
    assert.deepEqual(axisTicks(140), [0, 50, 100, 150])
  })
})

describe('dashboard words and dates', () => {
  it('reads dates dd/MM/yyyy HH:mm in 24 hours, Vietnam time', () => {
    assert.equal(formatDateTime('2026-12-02T13:07:00Z'), '02/12/2026 20:07')
    assert.equal(formatDateTime('2026-12-31T17:30:00Z'), '01/01/2027 00:30')
    assert.equal(formatDateTime(null), '—')
  })

  it('reads a local day (a check-in list’s) as dd/MM/yyyy', () => {
    assert.equal(formatDay('2026-12-02'), '02/12/2026')
    assert.equal(formatDay('not a day'), 'not a day')
  })

  it('says how long something waited in the admin language', () => {
    const at = new Date('2026-12-05T10:00:00Z')
    assert.equal(formatWaited('2026-12-02T06:00:00Z', at, 'vi'), '3 ngày 4 giờ')
    assert.equal(formatWaited('2026-12-02T06:00:00Z', at, 'en'), '3 days 4 h')
    assert.equal(formatWaited('2026-12-05T07:55:00Z', at, 'en'), '2 h 5 min')
    assert.equal(formatWaited('2026-12-05T09:48:00Z', at, 'vi'), '12 phút')
  })

  it('labels in Vietnamese by default and English when the admin is switched', () => {
    assert.equal(dashboardLabel(undefined, 'drafts'), 'Bản nháp')
    assert.equal(dashboardLabel('en', 'drafts'), 'Drafts')
    assert.equal(dashboardLabel(undefined, 'doorToday'), 'Cửa kiểm soát hôm nay')
    assert.equal(dashboardLabel('en', 'refused'), 'Refused')
    assert.equal(zoneName('en', 'press-centre'), 'Press centre')
    assert.equal(zoneName('vi', 'unknown-zone'), 'unknown-zone')
  })
})
