import { APIError, type CollectionBeforeLoginHook } from 'payload'

import { isStaff } from '~/cms/lib/roles'

/** An account without a staff role (e.g. a suspended one) cannot sign in at all. */
export const refuseNonStaffLogin: CollectionBeforeLoginHook = ({ user }) => {
  if (!isStaff(user))
    throw new APIError('This account has no staff role and cannot sign in.', 403, null, true)
  return user
}
