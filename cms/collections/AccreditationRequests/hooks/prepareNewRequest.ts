import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { applicantGrant } from '../../../access/applicant'
import { nextNumber } from '../../../db/nextNumber'
import { identityKey, normaliseIdNumber } from '../../../lib/accreditation/identity'
import { formatReference } from '../../../lib/accreditation/reference'
import { actorOf } from './actor'

/**
 * A new request gets its reference code, its one-per-person key and its consent times here,
 * whoever creates it. An applicant's request always starts as "submitted".
 */
export const prepareNewRequest: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const actor = actorOf(req)
  if (!actor) throw new APIError('Not allowed to create an accreditation request.', 403, null, true)

  const event = await req.payload.findGlobal({ slug: 'event', depth: 0, req, overrideAccess: true })
  const last = await req.payload.find({
    collection: 'accreditation-requests',
    sort: '-referenceNumber',
    limit: 1,
    depth: 0,
    pagination: false,
    select: { referenceNumber: true },
    overrideAccess: true,
    req,
  })
  const referenceNumber = await nextNumber(req, 'reference', last.docs[0]?.referenceNumber ?? 0)
  const now = new Date().toISOString()
  const grant = applicantGrant(req)

  return {
    ...data,
    status: actor === 'applicant' ? 'submitted' : (data.status ?? 'submitted'),
    referenceNumber,
    referenceCode: formatReference(event.referencePrefix || 'DH', referenceNumber),
    idNumber: normaliseIdNumber(String(data.idNumber ?? '')),
    identityKey: identityKey(data.idType, String(data.idNumber ?? '')),
    idempotencyKey: grant?.idempotencyKey ?? null,
    rulesAcceptedAt: actor === 'applicant' ? now : null,
    dataConsentAt: actor === 'applicant' ? now : null,
  }
}
