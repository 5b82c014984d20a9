import type { CollectionBeforeChangeHook } from 'payload'

import { checkApplicationChange } from '~/cms/accreditation/requestRules'
import type { AccreditationRequest } from '~/cms/payload-types'

/** REST, the admin form and bulk edit pass through here: the same rules as the site's operations. */
export const enforceStatusRules: CollectionBeforeChangeHook<AccreditationRequest> = ({
  data,
  operation,
  originalDoc,
  req,
}) =>
  operation === 'update' && originalDoc ? checkApplicationChange(req, data, originalDoc) : data
