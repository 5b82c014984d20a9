import type { Payload, PayloadRequest } from 'payload'
import { extractID } from 'payload/shared'

/**
 * Press accounts opened before accounts carried their holder's identity key: copy it from the
 * account's own application (found by id, the account's binding), so a later approval of the same
 * person finds the account by identity, never by e-mail. Local API only (SQLite and MongoDB alike).
 */
export async function backfillAuth({
  payload,
  req,
}: {
  payload: Payload
  req?: PayloadRequest
}): Promise<number> {
  let filled = 0
  const { docs } = await payload.find({
    collection: 'journalists',
    where: { identityKey: { exists: false } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
    select: { request: true },
  })
  for (const account of docs) {
    const requestId = account.request ? extractID(account.request) : null
    if (!requestId) continue
    const application = await payload.findByID({
      collection: 'accreditation-requests',
      id: requestId,
      depth: 0,
      overrideAccess: true,
      req,
      disableErrors: true,
      select: { identityKey: true },
    })
    if (!application?.identityKey) continue
    // Through the adapter, returning nothing: no hook has anything to say about a stored key, and
    // nothing is read back through the current config (whose later columns a database this old
    // does not have yet).
    await payload.db.updateOne({
      collection: 'journalists',
      id: account.id,
      data: { identityKey: application.identityKey },
      req,
      returning: false,
    })
    filled++
  }
  return filled
}
