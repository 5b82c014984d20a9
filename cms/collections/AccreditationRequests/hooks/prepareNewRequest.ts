import type { CollectionBeforeChangeHook } from 'payload'

import { nextNumber } from '~/cms/db/nextNumber'
import { prepareNewApplication } from '~/cms/accreditation/requestRules'
import { formatReference } from '~/cms/lib/accreditation/reference'
import type { AccreditationRequest } from '~/cms/payload-types'

/**
 * A new request gets its reference code here, whoever creates it; everything else a new request
 * must be (status "submitted", keys, status-link secret) is prepareNewApplication's rule.
 */
export const prepareNewRequest: CollectionBeforeChangeHook<AccreditationRequest> = async ({
  data,
  operation,
  req,
}) => {
  if (operation !== 'create') return data
  const prepared = await prepareNewApplication(req, data)

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
  return {
    ...prepared,
    referenceNumber,
    referenceCode: formatReference(event.referencePrefix || 'DH', referenceNumber),
  }
}
