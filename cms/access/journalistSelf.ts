import type { Access, FieldAccess } from 'payload'

import { canHandleAccreditation } from '../lib/roles'

/** Accreditation staff see every press account; a journalist only their own. */
export const staffOrSelfJournalist: Access = ({ req: { user } }) => {
  if (canHandleAccreditation(user)) return true
  return user?.collection === 'journalists' ? { id: { equals: user.id } } : false
}

/** A profile field: read by accreditation staff and by the journalist it describes, nobody else. */
export const staffOrSelfJournalistField: FieldAccess = ({ req: { user }, id, doc }) => {
  if (canHandleAccreditation(user)) return true
  const own = id ?? (doc as { id?: number | string } | undefined)?.id
  return user?.collection === 'journalists' && own != null && String(own) === String(user.id)
}

/** A journalist's own data requests; accreditation staff see them all. */
export const staffOrOwnDataRequests: Access = ({ req: { user } }) => {
  if (canHandleAccreditation(user)) return true
  return user?.collection === 'journalists' ? { journalist: { equals: user.id } } : false
}
