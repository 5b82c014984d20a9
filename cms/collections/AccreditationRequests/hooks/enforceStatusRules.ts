import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { firstFreePlace, type PressRole } from '../../../lib/accreditation/quota'
import { checkTransition, type Status, type TransitionError } from '../../../lib/accreditation/statusFlow'
import type { AccreditationRequest, Outlet } from '../../../payload-types'
import { actorOf } from './actor'

const refusals: Record<TransitionError, string> = {
  'not-a-status': 'Unknown status.',
  'not-allowed': 'This change of status is not allowed.',
  'reason-required': 'Choose a reason before rejecting or asking for more information.',
  'message-required': 'Write a message to the applicant before rejecting or asking for more information.',
}

const QUOTA_FIELD: Record<PressRole, keyof Outlet['quotas']> = {
  reporter: 'reporter',
  photographer: 'photographer',
  'camera-operator': 'cameraOperator',
  technician: 'technician',
}

const idOf = (value: unknown) => (value && typeof value === 'object' ? (value as { id: number | string }).id : (value as number | string | null))

/**
 * A change of status must follow the status flow (cms/lib/accreditation/statusFlow). Approval
 * takes a numbered quota place for the outlet and role; the place is unique in the database, so
 * two officers approving the last place at the same moment cannot both succeed.
 */
export const enforceStatusRules: CollectionBeforeChangeHook<AccreditationRequest> = async ({ data, operation, originalDoc, req }) => {
  if (operation !== 'update' || !originalDoc) return data
  const from = originalDoc.status as Status
  const to = (data.status ?? from) as Status
  if (to === from) return data

  const actor = actorOf(req)
  if (!actor) throw new APIError('Not allowed to change the status.', 403, null, true)
  const verdict = checkTransition({
    from,
    to,
    actor,
    reasonCode: data.reasonCode ?? originalDoc.reasonCode,
    message: data.decisionMessage ?? originalDoc.decisionMessage,
  })
  if (!verdict.ok) throw new APIError(refusals[verdict.error], 400, null, true)

  if (from === 'approved') return { ...data, quotaPlace: null }
  if (to !== 'approved') return data

  const outletId = idOf(data.outlet !== undefined ? data.outlet : originalDoc.outlet)
  // An outlet that is not on the list has no quota: the officer decides case by case.
  if (!outletId) return data
  const role = (data.role ?? originalDoc.role) as PressRole
  const outlet = await req.payload.findByID({ collection: 'outlets', id: outletId, depth: 0, overrideAccess: true, req })
  const quota = outlet.quotas?.[QUOTA_FIELD[role]] ?? 0
  const taken = await req.payload.find({
    collection: 'accreditation-requests',
    where: { and: [{ outlet: { equals: outletId } }, { role: { equals: role } }, { quotaPlace: { exists: true } }] },
    select: { quotaPlace: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const place = firstFreePlace(taken.docs.map((doc) => doc.quotaPlace ?? ''), outletId, role, quota)
  if (!place) {
    throw new APIError(`Quota reached: ${outlet.name} may have ${quota} approved ${role} pass(es) and all are taken.`, 409, null, true)
  }
  return { ...data, quotaPlace: place }
}
