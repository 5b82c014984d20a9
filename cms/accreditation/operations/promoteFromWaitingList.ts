import type { PayloadRequest } from 'payload'

import { inTransaction } from '~/cms/db/inTransaction'
import type { PressRole } from '~/cms/lib/accreditation/quota'
import { canHandleAccreditation } from '~/cms/lib/roles'
import type { AccreditationRequest } from '~/cms/payload-types'
import { refuse } from '../refuse'
import { waitingList } from '../waitingListQueries'

export type PromoteInput = { eventId: number | string; outletId: number | string; role: PressRole }

/**
 * An officer gives a free place to the first in line on the waiting list of an outlet's role at an
 * event: that request is approved (its pass issued), taking the place. Refused with a 404 when
 * nobody waits and a 409 when no place is free. The approval passes through the collection's change
 * rules like every other (quota place unique in the database, arrival order), so two promotions
 * racing for the last place cannot both take it; the audit trail names the promotion.
 */
export async function promoteFromWaitingList(
  req: PayloadRequest,
  input: PromoteInput,
): Promise<AccreditationRequest> {
  if (!canHandleAccreditation(req.user)) refuse(req, 'not-allowed-status', 403)
  return inTransaction(req, async () => {
    const [first] = await waitingList(req, input)
    if (!first) refuse(req, 'waitlist-empty', 404)
    req.context.auditNote = 'Promoted from the waiting list / Được xét từ danh sách chờ'
    try {
      return await req.payload.update({
        collection: 'accreditation-requests',
        id: first.id,
        data: { status: 'approved' },
        overrideAccess: false,
        user: req.user,
        req,
      })
    } finally {
      delete req.context.auditNote
    }
  })
}
