import type { Access } from 'payload'

import { hasRole } from '../lib/roles'

/** Admins manage every account; other staff see and edit only their own. */
export const adminOrSelf: Access = ({ req: { user } }) => {
  // Ids are per collection: a journalist with id 3 is not staff member 3.
  if (!user || user.collection !== 'users') return false
  if (hasRole(user, 'admin')) return true
  return { id: { equals: user.id } }
}
