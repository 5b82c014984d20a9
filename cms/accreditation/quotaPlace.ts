import type { PayloadRequest } from 'payload'

import { firstFreePlace, type PressRole, quotaFor } from '../lib/accreditation/quota'
import { quotaFullFact } from '../lib/labels'
import type { Outlet } from '../payload-types'
import { refuse } from './refuse'

/** The outlet field holding its own quota for each role. */
export const QUOTA_FIELD: Record<PressRole, keyof Outlet['quotas']> = {
  reporter: 'reporter',
  photographer: 'photographer',
  'camera-operator': 'cameraOperator',
  technician: 'technician',
}

export type QuotaScope = { eventId: number | string; outletId: number | string; role: PressRole }

/** The quota of an outlet's role at an event (the event's rows first, then the outlet's own), and the outlet's name. */
async function quotaOf(req: PayloadRequest, { eventId, outletId, role }: QuotaScope) {
  const [outlet, event] = await Promise.all([
    req.payload.findByID({
      collection: 'outlets',
      id: outletId,
      depth: 0,
      overrideAccess: true,
      req,
    }),
    req.payload.findByID({
      collection: 'events',
      id: eventId,
      depth: 0,
      select: { quotas: true },
      overrideAccess: true,
      req,
    }),
  ])
  return {
    name: outlet.name,
    quota: quotaFor(event.quotas, outletId, role, outlet.quotas?.[QUOTA_FIELD[role]] ?? 0),
  }
}

/** The place keys held by approved requests of this event, outlet and role (but `exceptId`'s). */
async function placesTaken(
  req: PayloadRequest,
  { eventId, outletId, role }: QuotaScope,
  exceptId?: number | string,
): Promise<string[]> {
  const mine = exceptId === undefined ? [] : [{ id: { not_equals: exceptId } }]
  const taken = await req.payload.find({
    collection: 'accreditation-requests',
    where: {
      and: [
        { event: { equals: eventId } },
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
  return taken.docs.map((doc) => doc.quotaPlace ?? '')
}

/** A free place's key for this event, outlet and role, or null when the quota is full. */
export async function freePlace(
  req: PayloadRequest,
  scope: QuotaScope,
  exceptId?: number | string,
): Promise<{ place: string | null; quota: number; used: number; outletName: string }> {
  const [{ name, quota }, taken] = await Promise.all([
    quotaOf(req, scope),
    placesTaken(req, scope, exceptId),
  ])
  return {
    place: firstFreePlace(taken, scope.eventId, scope.outletId, scope.role, quota),
    quota,
    used: taken.length,
    outletName: name,
  }
}

/**
 * A numbered quota place for an approved request of this event, outlet and role, or a 409 when
 * all are taken (at the status field, with the outlet's places used). The place key is unique in the database, so two approvals racing for the last
 * place cannot both succeed. `requestId`'s own place is not counted as taken (a move between places).
 */
export async function takeQuotaPlace(
  req: PayloadRequest,
  scope: QuotaScope,
  requestId?: number | string,
): Promise<string> {
  const { place, quota, used, outletName } = await freePlace(req, scope, requestId)
  return (
    place ??
    refuse(
      req,
      'quota-reached',
      409,
      undefined,
      quotaFullFact({ outlet: outletName, used, quota, role: scope.role }),
    )
  )
}
