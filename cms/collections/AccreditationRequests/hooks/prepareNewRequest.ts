import type { CollectionBeforeChangeHook } from 'payload'
import { extractID } from 'payload/shared'

import { nextNumber } from '~/cms/db/nextNumber'
import { prepareNewApplication } from '~/cms/accreditation/requestRules'
import { formatReference } from '~/cms/lib/accreditation/reference'
import type { AccreditationRequest, Event } from '~/cms/payload-types'

/**
 * A new request gets its reference code here, numbered within its event, whoever creates it; everything else a new request
 * must be (status "submitted", keys, status-link secret) is prepareNewApplication's rule.
 */
export const prepareNewRequest: CollectionBeforeChangeHook<AccreditationRequest> = async ({
  data,
  operation,
  req,
}) => {
  if (operation !== 'create') return data
  const prepared = await prepareNewApplication(req, data)

  const eventId = extractID(data.event as number | Event)
  const event = await req.payload.findByID({
    collection: 'events',
    id: eventId,
    depth: 0,
    req,
    overrideAccess: true,
  })
  const last = await req.payload.find({
    collection: 'accreditation-requests',
    where: { event: { equals: event.id } },
    sort: '-referenceNumber',
    limit: 1,
    depth: 0,
    pagination: false,
    select: { referenceNumber: true },
    overrideAccess: true,
    req,
  })
  const referenceNumber = await nextNumber(
    req,
    `reference:${event.id}`,
    last.docs[0]?.referenceNumber ?? 0,
  )
  return {
    ...prepared,
    referenceNumber,
    referenceCode: formatReference(event.referencePrefix, referenceNumber),
  }
}
