import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import { format } from 'date-fns'

import { installTimeZone, zonedDate, zonedFormat } from '~/cms/lib/adminTimeZone'

const Hcm = zonedDate(Date, Intl.DateTimeFormat, 'Asia/Ho_Chi_Minh')
const NewYork = zonedDate(Date, Intl.DateTimeFormat, 'America/New_York')

describe('the admin page reads dates in Asia/Ho_Chi_Minh', () => {
  it('reads an instant’s local fields in the zone, whatever the process’s own zone', () => {
    const date = new Hcm('2026-12-02T05:39:00.000Z')
    assert.equal(date.getHours(), 12)
    assert.equal(date.getDate(), 2)
    assert.equal(date.getTimezoneOffset(), -420)
    assert.equal(format(date, 'dd/MM/yyyy HH:mm'), '02/12/2026 12:39')
    // Late evening UTC is the next morning in Cà Mau.
    assert.equal(format(new Hcm('2026-12-02T20:15:00Z'), 'dd/MM/yyyy HH:mm'), '03/12/2026 03:15')
    assert.equal(new Hcm('2026-12-02T05:39:00.000Z').toISOString(), '2026-12-02T05:39:00.000Z')
    assert.match(String(date), /^Wed Dec 02 2026 12:39:00 GMT\+0700/)
  })

  it('builds and changes dates from the zone’s wall clock (what a date picker does)', () => {
    assert.equal(new Hcm(2026, 11, 2, 12, 39).toISOString(), '2026-12-02T05:39:00.000Z')
    assert.equal(new Hcm('2026-12-02T12:39').toISOString(), '2026-12-02T05:39:00.000Z')
    const date = new Hcm('2026-12-02T05:39:00.000Z')
    date.setHours(23, 0, 0, 0)
    assert.equal(date.toISOString(), '2026-12-02T16:00:00.000Z')
    date.setDate(date.getDate() + 1)
    assert.equal(format(date, 'dd/MM/yyyy HH:mm'), '03/12/2026 23:00')
    assert.ok(date instanceof Date && new Date() instanceof Hcm)
    assert.equal(typeof (Hcm as unknown as () => string)(), 'string')
  })

  it('follows a zone’s daylight saving time (the same code in any zone)', () => {
    assert.equal(new NewYork('2026-07-01T16:00:00Z').getHours(), 12)
    assert.equal(new NewYork('2026-01-01T17:00:00Z').getHours(), 12)
    assert.equal(new NewYork(2026, 6, 1, 12).toISOString(), '2026-07-01T16:00:00.000Z')
  })

  it('gives Intl formatters the zone by default, and keeps an explicit one', () => {
    const Format = zonedFormat(Intl.DateTimeFormat, 'Asia/Ho_Chi_Minh')
    const at = new Date('2026-12-02T20:15:00Z')
    assert.equal(new Format('en-GB', { hour: '2-digit', minute: '2-digit' }).format(at), '03:15')
    assert.equal(
      new Format('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' }).format(at),
      '20:15',
    )
    assert.match(new Format().resolvedOptions().timeZone, /Ho_Chi_Minh|Saigon/)
  })

  it('installs once on a page’s globals', () => {
    const scope = { Date, Intl: Object.create(Intl) } as unknown as Parameters<
      typeof installTimeZone
    >[0]
    installTimeZone(scope)
    const Installed = scope.Date
    installTimeZone(scope)
    assert.equal(scope.Date, Installed)
    assert.equal(new scope.Date('2026-12-02T05:39:00Z').getHours(), 12)
  })
})
