import type { PayloadRequest } from 'payload'

import type { ApplicantGrant } from '../access/applicant'

/** Lets the applicant of this write reference (and so read) files it has just created. */
export function grantFiles(req: PayloadRequest, ids: (number | string)[]): void {
  const grant = (req.context.applicant ??= {})
  grant.fileIds = [...(grant.fileIds ?? []), ...ids]
}

/** The grant that lets Payload's access rules show an applicant their own request (and its files), nothing else. */
export const grantFor = (
  requestId: string | number,
  fileIds: (number | string)[] = [],
): { applicant: ApplicantGrant } => ({
  applicant: { requestId: String(requestId), fileIds },
})
