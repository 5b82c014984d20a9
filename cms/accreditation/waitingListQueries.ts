import type { PayloadRequest } from 'payload'

import { byArrival, someoneEarlierWaits, type WaitingEntry } from '../lib/accreditation/waitingList'
import type { QuotaScope } from './quotaPlace'

/** The waiting list of an outlet's role at an event, first in line first. */
export async function waitingList(
  req: PayloadRequest,
  { eventId, outletId, role }: QuotaScope,
): Promise<WaitingEntry[]> {
  const { docs } = await req.payload.find({
    collection: 'accreditation-requests',
    where: {
      and: [
        { event: { equals: eventId } },
        { outlet: { equals: outletId } },
        { role: { equals: role } },
        { status: { equals: 'waitlisted' } },
      ],
    },
    select: { createdAt: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs.map((doc) => ({ id: doc.id, createdAt: doc.createdAt })).sort(byArrival)
}

/** Whether someone who applied before `request` waits for this outlet's role at this event. */
export async function earlierOnWaitingList(
  req: PayloadRequest,
  scope: QuotaScope,
  request: WaitingEntry,
): Promise<boolean> {
  return someoneEarlierWaits(await waitingList(req, scope), request)
}
