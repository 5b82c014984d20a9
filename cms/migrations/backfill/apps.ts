import type { Payload, PayloadRequest } from 'payload'

import { newStatusSecret } from '~/cms/lib/accreditation/statusToken'

/**
 * Gives every existing accreditation request its status-link secret (new field `statusSecret`).
 * Local API only, so it serves SQLite and MongoDB alike. Status links sent before this change
 * carried no secret and stop working: an applicant asks the press office to send theirs again
 * (or re-applies, which e-mails the first applicant their new link).
 */
export async function backfillApps({
  payload,
  req,
}: {
  payload: Payload
  req?: PayloadRequest
}): Promise<number> {
  const { docs } = await payload.find({
    collection: 'accreditation-requests',
    where: { statusSecret: { exists: false } },
    select: { statusSecret: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  for (const doc of docs) {
    // Through the adapter: a stored field of its own, no hook has anything to say about it.
    await payload.db.updateOne({
      collection: 'accreditation-requests',
      id: doc.id,
      data: { statusSecret: newStatusSecret() },
      req,
      // Nothing read back through the current config: its later columns (e.g. `event`) are not
      // there yet on a database this old.
      returning: false,
    })
  }
  return docs.length
}
