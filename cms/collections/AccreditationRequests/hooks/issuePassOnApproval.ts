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
    // The approval e-mail carries the pass: no separate notice.
    await issuePass(req, { requestId: doc.id }, { overrideAccess: true, notify: false })
  } else if (was === 'approved') {
    const pass = await passOfRequest(req, doc.id)
    if (pass?.status === 'active')
      await revokePass(
        req,
        {
          id: pass.id,
          reason:
            doc.status === 'withdrawn'
              ? 'Hồ sơ đã được rút · Request withdrawn'
              : 'Quyết định chấp thuận được xem xét lại · The approval is being reconsidered',
        },
        // A withdrawal has its own e-mail; a reopened decision tells the holder their pass is revoked.
        { overrideAccess: true, notify: doc.status !== 'withdrawn' },
      )
  }
  return doc
}
