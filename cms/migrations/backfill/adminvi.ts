import type { Payload, PayloadRequest } from 'payload'

import { applicationTitle } from '~/cms/lib/titles'

/**
 * Every existing application gets its admin title (reference · name), which the collection's
 * hook keeps from then on. Local API (the adapter) only, so it serves SQLite and MongoDB alike;
 * idempotent: a request whose title is right is left as it is.
 */
export async function backfillAdminvi({
  payload,
  req,
}: {
  payload: Payload
  req?: PayloadRequest
}): Promise<{ titled: number }> {
  const { docs } = await payload.find({
    collection: 'accreditation-requests',
    select: { referenceCode: true, fullName: true, title: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  let titled = 0
  for (const doc of docs) {
    const title = applicationTitle(doc)
    if (doc.title === title) continue
    // Through the adapter: a stored copy of two fields, no hook has anything to say about it.
    await payload.db.updateOne({
      collection: 'accreditation-requests',
      id: doc.id,
      data: { title },
      req,
      // Nothing read back through the current config: later releases' columns may not be there yet.
      returning: false,
    })
    titled++
  }
  return { titled }
}
