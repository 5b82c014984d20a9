import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import { EVENT_OWNED_COLLECTIONS } from '~/cms/fields/event'
import { localDate } from '~/cms/lib/time'

/** What the single "event" global held, read by each engine's migration before it drops it. */
export type LegacyEvent = {
  vi: Record<string, unknown>
  en: Record<string, unknown>
  shared: Record<string, unknown>
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value : undefined

/**
 * Moves the one-event installation into the calendar: the old global becomes the first event, and
 * every application, pass, admission, session, release, gallery, document and news article gets
 * it as its event. Local API only (SQLite and MongoDB alike); the rows are stamped through the
 * adapter, so no hook re-runs (no e-mail, no audit entry, no status rule) and nothing else changes.
 * The reference counter becomes the event's own, so the next reference code follows on.
 */
export async function backfillEvents({
  payload,
  req,
  legacy,
}: {
  payload: Payload
  req?: PayloadRequest
  legacy: LegacyEvent | null
}): Promise<{ eventId: number | string | null; stamped: Record<string, number> }> {
  const stamped: Record<string, number> = {}
  const anyRows = await Promise.all(
    EVENT_OWNED_COLLECTIONS.map(
      async (collection) =>
        (
          await payload.count({
            collection: collection as CollectionSlug,
            overrideAccess: true,
            req,
          })
        ).totalDocs,
    ),
  )
  if (!legacy && anyRows.every((count) => count === 0)) return { eventId: null, stamped }

  const shared = legacy?.shared ?? {}
  const startDate = text(shared.startDate) ?? new Date().toISOString()
  const endDate = text(shared.endDate) ?? startDate
  const vi = legacy?.vi ?? {}
  const en = legacy?.en ?? {}
  const event = await payload.create({
    collection: 'events',
    locale: 'vi',
    overrideAccess: true,
    req,
    data: {
      name: text(vi.name) ?? 'Đại hội',
      shortName: text(vi.shortName),
      venue: text(vi.venue),
      city: text(vi.city),
      about: text(vi.about),
      organiser: text(vi.organiser),
      kind: 'congress',
      state: localDate(endDate) < localDate() ? 'archived' : 'open',
      startDate,
      endDate,
      delegates: (shared.delegates as Record<string, number>) ?? {},
      pressContact: (shared.pressContact as Record<string, string>) ?? {},
      referencePrefix: text(shared.referencePrefix) ?? 'DH1',
      passPrefix: 'P',
    },
  })
  if (text(en.name))
    await payload.update({
      collection: 'events',
      id: event.id,
      locale: 'en',
      overrideAccess: true,
      req,
      data: {
        name: text(en.name),
        shortName: text(en.shortName),
        venue: text(en.venue),
        city: text(en.city),
        about: text(en.about),
        organiser: text(en.organiser),
      },
    })

  for (const collection of EVENT_OWNED_COLLECTIONS) {
    const docs = await payload.db.updateMany({
      collection: collection as CollectionSlug,
      where: { event: { exists: false } },
      data: { event: event.id },
      // Read back only the ids: the rows' other columns are those of later releases too.
      select: { id: true },
      req,
    })
    stamped[collection] = docs?.length ?? 0
  }

  const { docs: counters } = await payload.find({
    collection: 'counters',
    where: { name: { equals: 'reference' } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  if (counters[0])
    await payload.db.updateOne({
      collection: 'counters',
      id: counters[0].id,
      data: { name: `reference:${event.id}` },
      req,
    })
  return { eventId: event.id, stamped }
}
