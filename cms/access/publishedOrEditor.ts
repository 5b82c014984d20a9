import type { Access } from 'payload'

import { publicNowWhere } from '../lib/publishing'
import { canEditContent } from '../lib/roles'
import { now } from '../lib/time'

/** Editors see drafts and scheduled items; everyone else only what is public now. */
export const publishedOrEditor: Access = ({ req: { user } }) => {
  if (canEditContent(user)) return true
  return publicNowWhere(now())
}
