import type { PayloadRequest } from 'payload'

/**
 * A journalist signed in through the press area (the `journalists` auth collection, separate from
 * staff) whose accreditation currently stands. Payload re-reads the user on every request, so a
 * revoked accreditation ends press access at once.
 */
export function isAccreditedJournalist(req: Pick<PayloadRequest, 'user'>): boolean {
  const user = req.user as { collection?: string; accredited?: boolean | null } | null | undefined
  return user?.collection === 'journalists' && user.accredited === true
}
