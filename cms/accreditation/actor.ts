import type { PayloadRequest } from 'payload'

import { applicantGrant } from '../access/applicant'
import type { Actor } from '../lib/accreditation/statusFlow'
import { canHandleAccreditation } from '../lib/roles'

/** Who is acting on a request: accreditation staff, the applicant (through the site), or nobody allowed. */
export function actorOf(req: PayloadRequest): Actor | null {
  if (canHandleAccreditation(req.user)) return 'staff'
  const grant = applicantGrant(req)
  return grant?.submitting || grant?.requestId ? 'applicant' : null
}

export function actorLabel(req: PayloadRequest): string {
  const user = req.user as { name?: string; email?: string } | null
  if (user && canHandleAccreditation(req.user)) return user.name ?? user.email ?? 'staff'
  return actorOf(req) === 'applicant' ? 'applicant' : 'system'
}
