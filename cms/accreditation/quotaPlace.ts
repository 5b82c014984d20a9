import type { PayloadRequest } from 'payload'

import { firstFreePlace, type PressRole } from '../lib/accreditation/quota'
import type { Outlet } from '../payload-types'
import { refuse } from './refuse'

const QUOTA_FIELD: Record<PressRole, keyof Outlet['quotas']> = {
  reporter: 'reporter',
  photographer: 'photographer',
  'camera-operator': 'cameraOperator',
  technician: 'technician',
}

/**
 * A numbered quota place for an approved request of this outlet and role, or a 409 when all are
 * taken. The place key is unique in the database, so two approvals racing for the last place
 * cannot both succeed. `requestId`'s own place is not counted as taken (a move between places).
 */
export async function takeQuotaPlace(
  req: PayloadRequest,
  outletId: number | string,
  role: PressRole,
  requestId?: number | string,
): Promise<string> {
  const outlet = await req.payload.findByID({
    collection: 'outlets',
    id: outletId,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const quota = outlet.quotas?.[QUOTA_FIELD[role]] ?? 0
  const mine = requestId === undefined ? [] : [{ id: { not_equals: requestId } }]
  const taken = await req.payload.find({
    collection: 'accreditation-requests',
    where: {
      and: [
        { outlet: { equals: outletId } },
        { role: { equals: role } },
        { quotaPlace: { exists: true } },
        ...mine,
      ],
    },
    select: { quotaPlace: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const place = firstFreePlace(
    taken.docs.map((doc) => doc.quotaPlace ?? ''),
    outletId,
    role,
    quota,
  )
  return place ?? refuse(req, 'quota-reached', 409, `${outlet.name}: ${quota} × ${role}`)
}
