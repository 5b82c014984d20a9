import type { FieldAccess } from 'payload'

import { canEditContent } from '../lib/roles'

/**
 * A removed live update keeps its text, photo and correction note for the record, but readers see
 * only that it was removed and when (its state and changedAt): its content is for editors.
 */
export const removedForEditorsOnly: FieldAccess = ({ doc, req }) =>
  (doc as { state?: string } | undefined)?.state !== 'deleted' || canEditContent(req.user)
