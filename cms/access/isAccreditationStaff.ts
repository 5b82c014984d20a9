import type { Access, FieldAccess } from 'payload'

import { canHandleAccreditation } from '../lib/roles'

/** Accreditation officers and admins: the only staff who see applicants' personal data. */
export const isAccreditationStaff: Access = ({ req: { user } }) => canHandleAccreditation(user)
export const isAccreditationStaffField: FieldAccess = ({ req: { user } }) =>
  canHandleAccreditation(user)
