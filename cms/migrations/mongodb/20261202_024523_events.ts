import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-mongodb'
import { Types } from 'mongoose'

import { backfillEvents, type LegacyEvent } from '../backfill/events'

type Localized = Record<string, { vi?: unknown; en?: unknown } | unknown>

/**
 * The calendar: the single "event" global becomes the first event and everything belongs to it.
 * Reference numbers are counted per event, so their unique index becomes a plain one.
 */
export async function up({ payload, req, session }: MigrateUpArgs): Promise<void> {
  const db = payload.db.connection.db
  if (!db) throw new Error('MongoDB connection not ready')
  const globals = db.collection('globals')
  const stored = (await globals.findOne({ globalType: 'event' }, { session })) as Localized | null
  const pick = (code: 'vi' | 'en') =>
    Object.fromEntries(
      ['name', 'shortName', 'venue', 'city', 'about', 'organiser'].map((key) => {
        const value = stored?.[key] as { vi?: unknown; en?: unknown } | string | undefined
        return [key, typeof value === 'object' && value ? value[code] : value]
      }),
    )
  // MongoDB keeps a date field as a BSON date: the backfill reads ISO strings (as SQLite stores them).
  const shared = Object.fromEntries(
    Object.entries(stored ?? {}).map(([key, value]) => [
      key,
      value instanceof Date ? value.toISOString() : value,
    ]),
  )
  const legacy: LegacyEvent | null = stored ? { vi: pick('vi'), en: pick('en'), shared } : null
  const result = await backfillEvents({ payload, req, legacy })
  // Draft and published versions follow their document (as on SQLite), so the admin opens them
  // with their event. Every document now belongs to the one first event.
  if (result.eventId != null) {
    const eventId = new Types.ObjectId(String(result.eventId))
    for (const slug of ['news', 'press-releases', 'galleries'] as const) {
      const versions = payload.db.versions[slug]
      if (!versions) continue
      await versions.collection.updateMany(
        { 'version.event': { $exists: false } },
        { $set: { 'version.event': eventId } },
        { session },
      )
    }
  }
  await globals.deleteOne({ globalType: 'event' }, { session })
  const requests = db.collection('accreditation-requests')
  // A database that never stored an application has no such collection (and no index to drop).
  const indexes = await requests.indexes().catch((error: { code?: number }) => {
    if (error.code === 26) return []
    throw error
  })
  for (const index of indexes)
    if (index.unique && index.key && 'referenceNumber' in index.key && index.name) {
      await requests.dropIndex(index.name)
      // The plain index the schema now asks for: Mongoose's own build at start-up failed on the
      // unique one of the same name, and would only try again at the next start.
      await requests.createIndex({ referenceNumber: 1 }, { name: index.name })
    }
  payload.logger.info(`First event ${result.eventId}: ${JSON.stringify(result.stamped)}`)
}

export async function down({ payload }: MigrateDownArgs): Promise<void> {
  payload.logger.info('Events stay: an installation with several events cannot become one again.')
}
