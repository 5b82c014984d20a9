import { APIError, type CollectionBeforeLoginHook } from 'payload'

/** A press account signs in only while its accreditation stands (approved, not revoked). */
export const refuseUnaccreditedLogin: CollectionBeforeLoginHook = ({ user }) => {
  if ((user as { accredited?: boolean | null }).accredited !== true)
    throw new APIError('This press account is not accredited at the moment.', 403, null, true)
  return user
}
