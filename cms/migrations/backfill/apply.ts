import type { Payload, PayloadRequest } from 'payload'
import { extractID } from 'payload/shared'

import { applicationKey } from '~/cms/lib/accreditation/applicationWindow'

/**
 * One application per person per EVENT: every existing request gets its `applicationKey` (its
 * event + its person's identity key), and its quota place is keyed by its event too
 * (`<event>:<outlet>:<role>:<n>`; before, `<outlet>:<role>:<n>` across the whole collection).
 * Local API only, so it serves SQLite and MongoDB alike; run after the events backfill (every
 * request belongs to an event). Idempotent: rows already keyed are left as they are.
 */
export async function backfillApply({
  payload,
  req,
}: {
  payload: Payload
  req?: PayloadRequest
}): Promise<{ keyed: number; places: number }> {
  const { docs } = await payload.find({
    collection: 'accreditation-requests',
    select: { event: true, identityKey: true, applicationKey: true, quotaPlace: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  let keyed = 0
  let places = 0
  for (const doc of docs) {
    if (doc.event == null) continue
    const eventId = extractID(doc.event)
    const data: { applicationKey?: string; quotaPlace?: string } = {}
    if (!doc.applicationKey && doc.identityKey)
      data.applicationKey = applicationKey(eventId, doc.identityKey)
    // The old key had three parts; a keyed one has four, starting with its event.
    if (doc.quotaPlace && doc.quotaPlace.split(':').length === 3)
      data.quotaPlace = `${eventId}:${doc.quotaPlace}`
    if (!data.applicationKey && !data.quotaPlace) continue
    // Through the adapter: stored keys of its own, no hook has anything to say about them.
    // Nothing read back through the current config: its later columns are not there yet.
    await payload.db.updateOne({
      collection: 'accreditation-requests',
      id: doc.id,
      data,
      req,
      returning: false,
    })
    if (data.applicationKey) keyed++
    if (data.quotaPlace) places++
  }
  return { keyed, places }
}
