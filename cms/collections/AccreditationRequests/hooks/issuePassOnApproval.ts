import type { CollectionAfterChangeHook } from 'payload'

import type { PressRole } from '../../../lib/accreditation/quota'
import { defaultZones, passNumberFor } from '../../../lib/passes/zones'
import type { AccreditationRequest } from '../../../payload-types'

/**
 * Approval issues the press pass (or re-activates the old one, with a new version); leaving
 * "approved" — reopened, withdrawn — revokes it at once. Same transaction as the decision.
 */
export const issuePassOnApproval: CollectionAfterChangeHook<AccreditationRequest> = async ({ doc, previousDoc, operation, req }) => {
  const was = operation === 'update' ? previousDoc.status : null
  if (was === doc.status) return doc
  if (doc.status !== 'approved' && was !== 'approved') return doc

  const { docs } = await req.payload.find({ collection: 'passes', where: { request: { equals: doc.id } }, limit: 1, depth: 0, overrideAccess: true, req })
  const existing = docs[0]
  if (doc.status === 'approved') {
    if (!existing) {
      await req.payload.create({
        collection: 'passes',
        overrideAccess: true,
        req,
        data: { passNumber: passNumberFor(doc.referenceNumber ?? Number(doc.id)), request: doc.id, version: 1, status: 'active', days: doc.days ?? [], zones: defaultZones(doc.role as PressRole) },
      })
    } else if (existing.status === 'revoked') {
      await req.payload.update({ collection: 'passes', id: existing.id, overrideAccess: true, req, data: { status: 'active', revokedReason: null, days: doc.days ?? existing.days } })
    }
  } else if (existing && existing.status === 'active') {
    await req.payload.update({ collection: 'passes', id: existing.id, overrideAccess: true, req, data: { status: 'revoked', revokedReason: `Request ${doc.status}` } })
  }
  return doc
}
