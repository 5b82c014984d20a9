import type { PayloadRequest } from 'payload'

import type { Audience } from '../lib/embargo'
import { canEditContent } from '../lib/roles'
import { isAccreditedJournalist } from './isAccreditedJournalist'

/** Which audience a request reads as: content staff, accredited press, or the public. */
export function audienceOf(req: Pick<PayloadRequest, 'user'>): Audience {
  const user = req.user as { collection?: string; roles?: string[] | null } | null | undefined
  if (user?.collection === 'users' && canEditContent(user)) return 'staff'
  if (isAccreditedJournalist(req)) return 'press'
  return 'public'
}
