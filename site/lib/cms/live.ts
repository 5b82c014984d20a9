import type { LiveUpdate, Session } from '~/cms/payload-types'
import type { LiveState } from '~/cms/lib/live/liveStates'
import type { LiveUpdateView } from '../live/liveView'
import type { Locale } from '../i18n/locales'
import { cached } from './cache'
import { eventRefOf, type EventRef } from './eventScope'
import { publicEventsById } from './events'
import { toPicture } from './images'
import { payloadClient } from './payload'

/** A session as its live page shows it; only sessions of public events with live coverage. */
export type LiveSessionView = {
  id: string
  title: string
  description: string
  venue: string
  startsAt: string
  endsAt: string
  liveState: Exclude<LiveState, 'none'>
  liveOpenedAt: string | null
  liveClosedAt: string | null
  event: EventRef | null
}

/** Session ids as addresses carry them (SQLite numbers, MongoDB object ids). */
export const isSessionId = (value: string | undefined): value is string =>
  typeof value === 'string' && /^[A-Za-z0-9]{1,32}$/.test(value)

const idOf = (ref: unknown): string | null =>
  ref == null ? null : typeof ref === 'object' ? String((ref as { id: unknown }).id) : String(ref)

async function readLiveSession(locale: Locale, id: string): Promise<LiveSessionView | null> {
  const payload = await payloadClient()
  const events = await publicEventsById(locale)
  const doc: Session | null = await payload
    .findByID({
      collection: 'sessions',
      id,
      locale,
      depth: 0,
      overrideAccess: false,
      user: null,
      disableErrors: true,
    })
    .catch(() => null)
  if (!doc || !doc.liveState || doc.liveState === 'none') return null
  // A session of an event the public may not see yet has no public live page either.
  if (doc.event != null && !events.has(String(idOf(doc.event)))) return null
  return {
    id: String(doc.id),
    title: doc.title,
    description: doc.description ?? '',
    venue: doc.venue ?? '',
    startsAt: doc.startsAt,
    endsAt: doc.endsAt,
    liveState: doc.liveState,
    liveOpenedAt: doc.liveOpenedAt ?? null,
    liveClosedAt: doc.liveClosedAt ?? null,
    event: eventRefOf(doc.event, events),
  }
}

/** The live session behind /live/<id>/, or null (unknown, not public, or never covered live). */
export function getLiveSession(locale: Locale, id: string): Promise<LiveSessionView | null> {
  if (!isSessionId(id)) return Promise.resolve(null)
  return cached(`live-session:${locale}:${id}`, () => readLiveSession(locale, id))
}

/** The sessions covered live right now (the home page's banner, the programme's mark). */
export function listLiveSessions(locale: Locale): Promise<LiveSessionView[]> {
  return cached(`live-sessions:${locale}`, async () => {
    const payload = await payloadClient()
    const { docs } = await payload.find({
      collection: 'sessions',
      where: { liveState: { equals: 'live' } },
      sort: 'startsAt',
      limit: 10,
      depth: 0,
      overrideAccess: false,
      user: null,
      select: { liveState: true },
    })
    const views = await Promise.all(docs.map((doc) => getLiveSession(locale, String(doc.id))))
    return views.filter((view): view is LiveSessionView => view?.liveState === 'live')
  })
}

/** An update as readers see it. A deleted update keeps only its times: its words are gone. */
export function toLiveUpdateView(doc: LiveUpdate): LiveUpdateView {
  const deleted = doc.state === 'deleted'
  return {
    id: String(doc.id),
    session: String(idOf(doc.session)),
    seq: doc.seq ?? 0,
    kind: doc.kind,
    state: doc.state,
    text: deleted ? '' : doc.text,
    picture: deleted ? null : toPicture(doc.photo, 'whole'),
    credit: deleted ? '' : (doc.credit ?? ''),
    speaker: deleted ? '' : (doc.speaker ?? ''),
    pinned: !deleted && Boolean(doc.pinned),
    language: doc.language === 'en' ? 'en' : 'vi',
    correction: deleted ? '' : (doc.correction ?? ''),
    postedAt: doc.postedAt ?? doc.createdAt,
    changedAt: doc.changedAt ?? null,
  }
}

export type LiveFeed = { updates: LiveUpdateView[]; seq: number }

/**
 * Every update of a session, newest first, and the latest change number among them: the page
 * hands it to its stream as `lastEventId`, so a reader of a cached page misses nothing since.
 */
export function listLiveUpdates(sessionId: string): Promise<LiveFeed> {
  return cached(`live-updates:${sessionId}`, async () => {
    const payload = await payloadClient()
    const { docs } = await payload.find({
      collection: 'live-updates',
      where: { session: { equals: sessionId } },
      sort: '-postedAt',
      limit: 500,
      depth: 1,
      overrideAccess: false,
      user: null,
    })
    const updates = docs.map(toLiveUpdateView)
    return { updates, seq: updates.reduce((max, update) => Math.max(max, update.seq), 0) }
  })
}

/** The highest change number so far (0 when there is none): where a stream hub starts. */
export async function latestLiveSeq(): Promise<number> {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'live-updates',
    sort: '-seq',
    limit: 1,
    depth: 0,
    overrideAccess: false,
    user: null,
    select: { seq: true },
  })
  return docs[0]?.seq ?? 0
}

/**
 * Changes after a change number, oldest first: of every session (the hub's poll, one cheap query
 * per site process) or of one (what a reconnecting reader missed). Never cached.
 */
export async function liveChangesSince(
  after: number,
  options: { session?: string; limit?: number } = {},
): Promise<LiveUpdateView[]> {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'live-updates',
    where: {
      seq: { greater_than: after },
      ...(options.session ? { session: { equals: options.session } } : {}),
    },
    sort: 'seq',
    limit: options.limit ?? 200,
    depth: 1,
    overrideAccess: false,
    user: null,
  })
  return docs.map(toLiveUpdateView)
}
