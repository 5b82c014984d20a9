import type { PayloadRequest } from 'payload'
import { extractID } from 'payload/shared'

import { applicantGrant } from '../access/applicant'
import { applicationKey, normaliseIdNumber } from '../lib/accreditation/identity'
import type { PressRole } from '../lib/accreditation/quota'
import { checkTransition, needsReason, type Status } from '../lib/accreditation/statusFlow'
import { newStatusSecret } from '../lib/accreditation/statusToken'
import type { AccreditationRequest } from '../payload-types'
import { actorOf } from './actor'
import { takeQuotaPlace } from './quotaPlace'
import { refuse } from './refuse'

type RequestData = Partial<AccreditationRequest>

const idOf = (value: AccreditationRequest['outlet'] | undefined): number | string | null =>
  value == null ? null : extractID(value)

/**
 * What every new request gets, whoever creates it (the applicant's form, REST, the admin): a
 * one-per-person key, its status-link secret, and the status "submitted".
 * A request created in any other status would skip the review, the quota and the pass: refused.
 * Called by the collection's beforeChange hook (which adds the reference), so no door can go around it.
 */
export async function prepareNewApplication(
  req: PayloadRequest,
  data: RequestData,
): Promise<RequestData> {
  const actor = actorOf(req)
  if (!actor) refuse(req, 'not-allowed-create', 403)
  if (data.status != null && data.status !== 'submitted') refuse(req, 'starts-submitted', 400)

  const now = new Date().toISOString()
  const grant = applicantGrant(req)

  return {
    ...data,
    status: 'submitted',
    reasonCode: null,
    decisionMessage: null,
    quotaPlace: null,
    idNumber: normaliseIdNumber(String(data.idNumber ?? '')),
    identityKey: applicationKey(
      data.event == null ? '' : extractID(data.event),
      data.idType as 'cccd' | 'passport',
      String(data.idNumber ?? ''),
    ),
    idempotencyKey: grant?.idempotencyKey ?? null,
    statusSecret: newStatusSecret(),
    rulesAcceptedAt: actor === 'applicant' ? now : null,
    dataConsentAt: actor === 'applicant' ? now : null,
  }
}

/**
 * The rules of every change to a request, whichever door it comes through (site operation, REST
 * PATCH, admin form, admin bulk edit):
 * - a change of status follows the status flow for the caller (staff or the applicant);
 * - a decision that needs a reason and a message gets them in the same change: one left from an
 *   earlier decision is never reused, and both are cleared when the request leaves such a status;
 * - an approved request holds a quota place for its outlet and role: taken on approval and again
 *   whenever the outlet or role of an approved request changes (refused when full), given back
 *   when it leaves "approved" or has no listed outlet (the officer decides those case by case).
 */
export async function checkApplicationChange(
  req: PayloadRequest,
  data: RequestData,
  original: AccreditationRequest,
): Promise<RequestData> {
  const from = original.status as Status
  const to = (data.status ?? from) as Status
  const next: RequestData = { ...data }

  if (to !== from) {
    const actor = actorOf(req)
    if (!actor) refuse(req, 'not-allowed-status', 403)
    const verdict = checkTransition({
      from,
      to,
      actor,
      reasonCode: data.reasonCode,
      message: data.decisionMessage,
    })
    if (!verdict.ok) refuse(req, verdict.error, 400)
    if (!needsReason(to)) Object.assign(next, { reasonCode: null, decisionMessage: null })
  }

  if (to !== 'approved') return original.quotaPlace ? { ...next, quotaPlace: null } : next

  const outletId = idOf(data.outlet !== undefined ? data.outlet : original.outlet)
  const role = (data.role ?? original.role) as PressRole
  const moved =
    String(outletId ?? '') !== String(idOf(original.outlet) ?? '') || role !== original.role
  if (from === 'approved' && !moved) return next
  if (!outletId) return { ...next, quotaPlace: null }
  return { ...next, quotaPlace: await takeQuotaPlace(req, outletId, role, original.id) }
}
