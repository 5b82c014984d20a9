import type { CollectionAfterReadHook, PayloadRequest, TypeWithID } from 'payload'

import type { AccessLog } from '../payload-types'

type Entry = Pick<AccessLog, 'action' | 'collectionSlug' | 'documentId'> & {
  referenceCode?: string | null
}

/**
 * Records one staff access to personal data. Only a signed-in staff member counts: an applicant
 * reading their own request through the status link has no user, and the portal's own reads
 * (hooks, scripts) run with access overridden and are not someone opening the data.
 */
export async function logStaffAccess(req: PayloadRequest, entry: Entry): Promise<void> {
  const user = req.user
  if (!user || user.collection !== 'users') return
  // In the reading request's transaction, if it has one (an update reads its result back): a
  // second transaction would wait behind the first in the SQLite write queue.
  await req.payload.create({
    collection: 'access-log',
    overrideAccess: true,
    req,
    data: {
      ...entry,
      staff: user.id as number,
      staffLabel: String((user as { email?: string }).email ?? user.id),
    },
  })
}

/** afterRead of a personal-data collection: one entry when a staff member opens one document (lists are not logged per row). */
export const logStaffRead =
  (action: AccessLog['action']): CollectionAfterReadHook =>
  async ({ doc, req, findMany, overrideAccess, collection }) => {
    if (findMany || overrideAccess) return doc
    const { id, referenceCode } = doc as TypeWithID & { referenceCode?: string | null }
    await logStaffAccess(req, {
      action,
      collectionSlug: collection.slug,
      documentId: String(id),
      referenceCode,
    })
    return doc
  }
