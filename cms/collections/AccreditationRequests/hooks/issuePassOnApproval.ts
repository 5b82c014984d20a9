import type { CollectionAfterChangeHook } from 'payload'

import { issuePass } from '~/cms/passes/operations/issuePass'
import { revokePass } from '~/cms/passes/operations/revokePass'
import { passOfRequest } from '~/cms/passes/passOfRequest'
import type { AccreditationRequest } from '~/cms/payload-types'

/**
 * Approval issues the press pass (or re-activates the old one, with a new version); leaving
 * "approved" — reopened, withdrawn — revokes it at once. Same transaction as the decision: the
 * request's change was authorised by its own collection, so the pass operations run with access
 * overridden, in `req`'s transaction.
 */
export const issuePassOnApproval: CollectionAfterChangeHook<AccreditationRequest> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  const was = operation === 'update' ? previousDoc.status : null
  if (was === doc.status) return doc
  if (doc.status === 'approved') {
    await issuePass(req, { requestId: doc.id }, { overrideAccess: true })
  } else if (was === 'approved') {
    const pass = await passOfRequest(req, doc.id)
    if (pass?.status === 'active')
      await revokePass(
        req,
        { id: pass.id, reason: `Request ${doc.status}` },
        { overrideAccess: true },
      )
  }
  return doc
}
