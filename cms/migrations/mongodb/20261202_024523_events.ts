import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-mongodb'

import { backfillEvents, type LegacyEvent } from '../backfill/events'

type Localized = Record<string, { vi?: unknown; en?: unknown } | unknown>

/**
 * The calendar: the single "event" global becomes the first event and everything belongs to it.
 * Reference numbers are counted per event, so their unique index goes (Mongoose builds the new
 * plain index itself).
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
  const legacy: LegacyEvent | null = stored
    ? { vi: pick('vi'), en: pick('en'), shared: stored as Record<string, unknown> }
    : null
  const result = await backfillEvents({ payload, req, legacy })
  await globals.deleteOne({ globalType: 'event' }, { session })
  const requests = db.collection('accreditation-requests')
  const indexes = await requests.indexes()
  for (const index of indexes)
    if (index.unique && index.key && 'referenceNumber' in index.key && index.name)
      await requests.dropIndex(index.name)
  payload.logger.info(`First event ${result.eventId}: ${JSON.stringify(result.stamped)}`)
}

export async function down({ payload }: MigrateDownArgs): Promise<void> {
  payload.logger.info('Events stay: an installation with several events cannot become one again.')
}
