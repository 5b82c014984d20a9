import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import { sessionPath } from '~/site/lib/calendar'
import { eventRefOf, eventWhere, inPublicEvent, scopeKey } from '~/site/lib/cms/eventScope'
import {
  accreditationWindow,
  archiveOf,
  eventPath,
  eventToApplyTo,
  isEventSlug,
  otherEvents,
} from '~/site/lib/events/eventDisplay'
import { eventJsonLd } from '~/site/lib/structuredData'

/** 10:00 in Cà Mau on 2 December 2026. */
const NOW = new Date('2026-12-02T03:00:00Z')

const event = (id: number, start: string, end: string, extra: Record<string, unknown> = {}) => ({
  id,
  state: 'open',
  startDate: start,
  endDate: end,
  ...extra,
})

const congress = event(1, '2025-10-16T00:30:00Z', '2025-10-17T00:30:00Z', { state: 'archived' })
const festival = event(2, '2026-03-01T01:00:00Z', '2026-03-03T10:00:00Z', { state: 'closed' })
const today = event(3, '2026-12-01T17:00:00Z', '2026-12-02T16:59:00Z')
const council = event(4, '2026-12-12T00:30:00Z', '2026-12-13T10:00:00Z')
const oldBriefing = event(5, '2025-12-20T01:00:00Z', '2025-12-20T04:00:00Z', { state: 'closed' })

describe('the accreditation window line', () => {
  it('is open until the closing time, opens later, or is closed', () => {
    const closes = '2026-12-10T10:00:00Z'
    assert.deepEqual(accreditationWindow({ ...council, accreditationClosesAt: closes }, NOW), {
      kind: 'open',
      until: closes,
    })
    assert.deepEqual(accreditationWindow(council, NOW), { kind: 'open', until: null })
    assert.deepEqual(
      accreditationWindow({ ...council, accreditationOpensAt: '2026-12-05T01:00:00Z' }, NOW),
      { kind: 'opens', at: '2026-12-05T01:00:00Z' },
    )
    assert.deepEqual(
      accreditationWindow({ ...council, accreditationClosesAt: '2026-12-02T02:59:59Z' }, NOW),
      { kind: 'closed' },
    )
  })

  it('is closed for an event that is over, closed, archived or a draft', () => {
    for (const e of [
      congress,
      festival,
      { ...council, state: 'draft' },
      { ...council, state: 'closed' },
      { ...oldBriefing, state: 'open' },
    ])
      assert.deepEqual(accreditationWindow(e, NOW), { kind: 'closed' }, String(e.id))
  })

  it('stays open on the event’s last day (Vietnam time)', () => {
    assert.equal(accreditationWindow(today, NOW).kind, 'open')
  })
})

describe('the archive of events', () => {
  it('lists events under way and to come first (soonest first), then past ones by year, newest first', () => {
    const archive = archiveOf([council, congress, today, festival, oldBriefing], NOW)
    assert.deepEqual(
      archive.upcoming.map((e) => e.id),
      [3, 4],
    )
    assert.deepEqual(
      archive.past.map((y) => [y.year, y.events.map((e) => e.id)]),
      [
        ['2026', [2]],
        ['2025', [5, 1]],
      ],
    )
  })

  it('counts the year in Vietnam time (a New Year’s Eve event at 23:00 in Cà Mau is the old year)', () => {
    const eve = event(9, '2025-12-31T16:00:00Z', '2025-12-31T16:30:00Z')
    assert.equal(archiveOf([eve], NOW).past[0]?.year, '2025')
  })

  it('is empty for an empty install', () => {
    assert.deepEqual(archiveOf([], NOW), { upcoming: [], past: [] })
  })
})

describe('the home page’s other events', () => {
  it('leaves out the featured event, with the next ones to come and the latest past', () => {
    const others = otherEvents([congress, festival, today, council, oldBriefing], today, NOW, {
      upcoming: 3,
      recent: 2,
    })
    assert.deepEqual(
      others.upcoming.map((e) => e.id),
      [4],
    )
    assert.deepEqual(
      others.recent.map((e) => e.id),
      [2, 5],
    )
  })

  it('works with no featured event', () => {
    assert.deepEqual(otherEvents([], null, NOW), { upcoming: [], recent: [] })
  })
})

describe('event addresses', () => {
  it('gives each event and each section a stable address', () => {
    assert.equal(eventPath('ky-hop'), '/events/ky-hop/')
    assert.equal(eventPath('ky-hop', 'schedule'), '/events/ky-hop/schedule/')
    assert.equal(
      sessionPath({ id: '7', eventSlug: 'ky-hop' }),
      '/events/ky-hop/schedule/#session-7',
    )
    assert.equal(sessionPath({ id: '7', eventSlug: null }), '/schedule/#session-7')
  })

  it('accepts only slugs as the collection makes them', () => {
    assert.ok(isEventSlug('dai-hoi-2025'))
    for (const bad of [undefined, '', '..', 'a/b', 'Dai-Hoi', '%2e%2e', 'x'.repeat(121)])
      assert.equal(isEventSlug(bad), false, String(bad))
  })
})

describe('the event scope of a list', () => {
  it('filters one event by id, or every public event and items naming none', () => {
    assert.deepEqual(eventWhere(4, [1, 4]), { event: { equals: 4 } })
    assert.deepEqual(eventWhere('all', [1, 4]), {
      or: [{ event: { exists: false } }, { event: { in: [1, 4] } }],
    })
    assert.deepEqual(eventWhere('all', []), { event: { exists: false } })
  })

  it('keys the cache by scope', () => {
    assert.notEqual(scopeKey('all'), scopeKey(4))
    assert.notEqual(scopeKey(4), scopeKey(44))
  })

  it('hides an item of an event the public may not see, and names a public one', () => {
    const events = new Map([
      ['1', { id: 1, slug: 'dai-hoi', name: 'Đại hội', shortName: null }],
      ['4', { id: 4, slug: 'ky-hop', name: 'Kỳ họp HĐND tỉnh', shortName: 'Kỳ họp' }],
    ])
    assert.equal(inPublicEvent(null, events), true)
    assert.equal(inPublicEvent(4, events), true)
    assert.equal(inPublicEvent({ id: 1 }, events), true)
    assert.equal(inPublicEvent(9, events), false, 'a draft event’s item was public')
    assert.deepEqual(eventRefOf(4, events), {
      id: '4',
      slug: 'ky-hop',
      name: 'Kỳ họp HĐND tỉnh',
      shortName: 'Kỳ họp',
    })
    assert.equal(eventRefOf({ id: 1 }, events)?.shortName, 'Đại hội')
    assert.equal(eventRefOf(9, events), null)
    assert.equal(eventRefOf(undefined, events), null)
  })
})

describe('schema.org Event', () => {
  it('describes an event with its place and organiser, leaving out what is unknown', () => {
    const full = eventJsonLd({
      name: 'Kỳ họp',
      url: 'https://portal.test/events/ky-hop/',
      startDate: council.startDate,
      endDate: council.endDate,
      description: 'Chất vấn',
      venue: 'Hội trường',
      city: 'Cà Mau',
      organiser: 'Ban Tuyên giáo',
      inLanguage: 'vi',
    })
    assert.equal(full['@type'], 'Event')
    assert.equal(full.startDate, council.startDate)
    assert.deepEqual(full.location, { '@type': 'Place', name: 'Hội trường', address: 'Cà Mau' })
    assert.deepEqual(full.organizer, { '@type': 'Organization', name: 'Ban Tuyên giáo' })
    const bare = eventJsonLd({
      name: 'Họp báo',
      url: 'https://portal.test/events/hop-bao/',
      startDate: today.startDate,
      endDate: today.endDate,
      inLanguage: 'en',
    })
    assert.equal('location' in bare, false)
    assert.equal('organizer' in bare, false)
    assert.equal('description' in bare, false)
  })
})

describe('the home page’s call to apply', () => {
  const closed = { ...today, accreditationClosesAt: '2026-12-01T10:00:00Z' }

  it('invites to the featured event while its window is open', () => {
    assert.equal(eventToApplyTo(today, [today, council], NOW)?.id, today.id)
  })

  it('else to the soonest other event taking applications, else to none', () => {
    assert.equal(eventToApplyTo(closed, [closed, council, festival], NOW)?.id, council.id)
    const notYet = { ...council, accreditationOpensAt: '2026-12-05T01:00:00Z' }
    assert.equal(eventToApplyTo(closed, [closed, notYet, congress], NOW), null)
    assert.equal(eventToApplyTo(null, [], NOW), null)
  })
})
