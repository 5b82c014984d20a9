import type { PayloadRequest } from 'payload'

import { inTransaction } from '~/cms/db/inTransaction'
import { dataRequestDeadline } from '~/cms/lib/profile/profileRules'
import { now } from '~/cms/lib/time'
import { journalistOf, refuseProfile } from '../caller'

export type DataDeletionRequested = { id: number | string; deadline: string }

/**
 * The journalist asks the office to delete everything it holds about them (Decree 13/2023, the
 * right to deletion). Nothing is deleted yet: the request reaches accreditation staff in the admin
 * with its 72-hour deadline, and an officer completes it (completeDataRequest), who may first need
 * to keep what the law requires (e.g. a pass under investigation). One open request at a time.
 */
export async function requestDataDeletion(req: PayloadRequest): Promise<DataDeletionRequested> {
  const account = await journalistOf(req)
  return inTransaction(req, async () => {
    const open = await req.payload.count({
      collection: 'data-requests',
      where: {
        journalist: { equals: account.id },
        kind: { equals: 'deletion' },
        status: { equals: 'received' },
      },
      overrideAccess: true,
      req,
    })
    if (open.totalDocs > 0) refuseProfile(req, 'request-pending', 409)
    const receivedAt = now()
    const created = await req.payload.create({
      collection: 'data-requests',
      overrideAccess: true,
      req,
      data: {
        kind: 'deletion',
        status: 'received',
        journalist: account.id,
        subject: `${account.name} (#${account.id})`,
        receivedAt: receivedAt.toISOString(),
        deadline: dataRequestDeadline(receivedAt).toISOString(),
      },
    })
    return { id: created.id, deadline: created.deadline }
  })
}
