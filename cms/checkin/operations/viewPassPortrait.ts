import type { PayloadRequest } from 'payload'
import { extractID } from 'payload/shared'

import { inTransaction } from '~/cms/db/inTransaction'
import { logStaffAccess } from '~/cms/hooks/logStaffAccess'
import { verifyPortraitToken } from '~/cms/lib/passes/portraitToken'
import { canCheckIn } from '~/cms/lib/roles'
import type { ApplicantFile } from '~/cms/payload-types'

/**
 * The holder's portrait for the visual match at the door, for the staff member in `req.user`, and
 * only with the portrait token of a scan this staff member has just made (two minutes). Never for a
 * revoked pass or a request that is no longer approved. Each view is written to the staff access
 * log before the photo is handed out. Null (the caller answers 404) for everything refused.
 */
export async function viewPassPortrait(
  req: PayloadRequest,
  input: { token: string },
): Promise<{ filename: string } | null> {
  const staff = req.user
  if (!staff || !canCheckIn(staff)) return null
  const serial = verifyPortraitToken(req.payload.secret, input.token, staff.id)
  if (!serial) return null
  return inTransaction(req, async (req) => {
    const { docs } = await req.payload.find({
      collection: 'passes',
      where: { serial: { equals: serial } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
      req,
    })
    const pass = docs[0]
    if (!pass || pass.status !== 'active') return null
    const request = await req.payload.findByID({
      collection: 'accreditation-requests',
      id: extractID(pass.request),
      depth: 1,
      overrideAccess: true,
      req,
      disableErrors: true,
    })
    const file = request?.portrait as ApplicantFile | null | undefined
    if (!request || request.status !== 'approved' || !file?.filename) return null
    await logStaffAccess(req, {
      action: 'viewed-portrait-at-door',
      collectionSlug: 'passes',
      documentId: String(pass.id),
      referenceCode: request.referenceCode,
    })
    return { filename: file.filename }
  })
}
