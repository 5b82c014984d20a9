import type { Endpoint } from 'payload'

import { promoteFromWaitingList } from '~/cms/accreditation/operations/promoteFromWaitingList'
import { refuse } from '~/cms/accreditation/refuse'
import { ROLES, type PressRole } from '~/cms/lib/accreditation/quota'
import { canHandleAccreditation } from '~/cms/lib/roles'

/**
 * `POST /api/accreditation-requests/waiting-list/promote` with `{ event, outlet, role }`: the first
 * in line on that waiting list takes a free place (promoteFromWaitingList). Answers the approved
 * request, or a 4xx with the refusal (nobody waiting, no free place, not allowed).
 */
export const promoteEndpoint: Endpoint = {
  path: '/waiting-list/promote',
  method: 'post',
  handler: async (req) => {
    // Who may, before what they sent: a stranger learns nothing about the list.
    if (!canHandleAccreditation(req.user)) refuse(req, 'not-allowed-status', 403)
    const body = (await req.json?.().catch(() => null)) as Record<string, unknown> | null
    const eventId = body?.event
    const outletId = body?.outlet
    const role = body?.role
    const id = (value: unknown) =>
      (typeof value === 'number' && Number.isInteger(value)) ||
      (typeof value === 'string' && /^[A-Za-z0-9]{1,40}$/.test(value))
    if (!id(eventId) || !id(outletId) || !ROLES.includes(role as PressRole))
      refuse(req, 'waitlist-empty', 400, 'event, outlet, role')
    const doc = await promoteFromWaitingList(req, {
      eventId: eventId as number | string,
      outletId: outletId as number | string,
      role: role as PressRole,
    })
    return Response.json({
      doc: { id: doc.id, referenceCode: doc.referenceCode, status: doc.status },
    })
  },
}
