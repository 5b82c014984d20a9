import type { Access, PayloadRequest } from 'payload'

import { canHandleAccreditation } from '../lib/roles'

/**
 * What an applicant may do, granted only by the site's own code through `req.context` (which
 * REST and GraphQL callers cannot set): submit a new application, or act on the one request
 * whose secret status link they opened. Everything else stays with accreditation staff.
 */
export type ApplicantGrant = {
  submitting?: boolean
  requestId?: string
  fileIds?: (string | number)[]
  idempotencyKey?: string
}

export const applicantGrant = (req: PayloadRequest): ApplicantGrant | undefined =>
  req.context?.applicant

export const staffOrSubmittingApplicant: Access = ({ req }) =>
  canHandleAccreditation(req.user) || applicantGrant(req)?.submitting === true

/** Staff see every request; an applicant holding a verified status link sees only theirs. */
export const staffOrOwnRequest: Access = ({ req }) => {
  if (canHandleAccreditation(req.user)) return true
  const requestId = applicantGrant(req)?.requestId
  return requestId ? { id: { equals: requestId } } : false
}

/** Staff see every applicant file; an applicant only the files of their own request. */
export const staffOrOwnFiles: Access = ({ req }) => {
  if (canHandleAccreditation(req.user)) return true
  const ids = applicantGrant(req)?.fileIds
  return ids?.length ? { id: { in: ids } } : false
}

export const staffOrApplicantUploading: Access = ({ req }) => {
  if (canHandleAccreditation(req.user)) return true
  const grant = applicantGrant(req)
  return Boolean(grant?.submitting || grant?.requestId)
}

/** Staff see every pass; an applicant holding a verified status link sees only the pass of their request. */
export const staffOrOwnPass: Access = ({ req }) => {
  if (canHandleAccreditation(req.user)) return true
  const requestId = applicantGrant(req)?.requestId
  return requestId ? { request: { equals: requestId } } : false
}
