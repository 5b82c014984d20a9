import type { CollectionBeforeChangeHook } from 'payload'
import { extractID } from 'payload/shared'

import { planPassChange } from '~/cms/lib/passes/passChange'
import { newPassSerial } from '~/cms/lib/passes/serial'
import type { Pass } from '~/cms/payload-types'
import { passRefusal } from '~/cms/passes/refusals'

/**
 * Every write to a pass passes here, whichever door it came through (the pass operations in
 * cms/passes/operations, the admin form, REST, bulk edit, scripts): a new pass gets its random
 * serial and version 1; a change is planned by the one rule (cms/lib/passes/passChange): number,
 * request and serial frozen, a new version on revoking or changing days or zones, re-activation
 * only for an approved request.
 */
export const enforcePassRules: CollectionBeforeChangeHook<Pass> = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  const requestId = extractID(
    (operation === 'create' || !originalDoc
      ? data.request
      : originalDoc.request) as Pass['request'],
  )
  const request = requestId
    ? await req.payload.findByID({
        collection: 'accreditation-requests',
        id: requestId,
        depth: 0,
        overrideAccess: true,
        req,
        disableErrors: true,
        select: { status: true, event: true },
      })
    : null
  if (operation === 'create' || !originalDoc) {
    // Only an approved request has a pass (issuePass); a script creating one otherwise is refused too.
    if (request?.status !== 'approved') throw passRefusal(req, 'request-not-approved-issue')
    return {
      ...data,
      // A pass belongs to its request's event, whatever the writer sent (the admin's default is the featured event).
      event: request.event ?? data.event,
      serial: newPassSerial(),
      version: 1,
      status: 'active',
      revokedAt: null,
      revokedReason: null,
    }
  }
  const plan = planPassChange(
    { ...originalDoc, request: requestId },
    {
      passNumber: data.passNumber,
      request: data.request === undefined ? undefined : extractID(data.request as Pass['request']),
      serial: data.serial,
      status: data.status,
      revokedReason: data.revokedReason,
      days: data.days,
      zones: data.zones,
    },
    { requestApproved: request?.status === 'approved', now: new Date() },
  )
  if (!plan.ok) throw passRefusal(req, plan.problem)
  return {
    ...data,
    ...plan.write,
    passNumber: originalDoc.passNumber,
    request: originalDoc.request,
    event: originalDoc.event ?? data.event,
    serial: plan.write.serial ?? newPassSerial(),
  }
}
