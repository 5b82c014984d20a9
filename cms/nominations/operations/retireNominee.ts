import type { PayloadRequest } from 'payload'
import { extractID } from 'payload/shared'

import { grantFor } from '~/cms/accreditation/grant'
import { withdrawApplication } from '~/cms/accreditation/operations/withdrawApplication'
import { revokePass } from '~/cms/passes/operations/revokePass'
import { passOfRequest } from '~/cms/passes/passOfRequest'
import type { Nominee } from '../nominationStore'

/**
 * A nominee leaves the list (replaced, or the nomination withdrawn): their pass is revoked at once
 * (every printed QR code refused at the door), and their application is withdrawn on the outlet's
 * behalf, which gives its quota place back. Runs in the caller's transaction.
 */
export async function retireNominee(
  req: PayloadRequest,
  nominee: Nominee,
  reason: string,
): Promise<void> {
  if (!nominee.request) return
  const requestId = extractID(nominee.request)
  const pass = await passOfRequest(req, requestId as number)
  if (pass?.status === 'active')
    await revokePass(req, { id: pass.id, reason }, { overrideAccess: true })
  const request = await req.payload.findByID({
    collection: 'accreditation-requests',
    id: requestId,
    depth: 0,
    overrideAccess: true,
    req,
    select: { portrait: true, letter: true },
  })
  const files = [request.portrait, request.letter]
    .filter((f) => f != null)
    .map((f) => extractID(f!))
  const grant = req.context.applicant
  req.context.applicant = grantFor(requestId, files).applicant
  try {
    await withdrawApplication(req, { id: requestId })
  } finally {
    req.context.applicant = grant
  }
}
