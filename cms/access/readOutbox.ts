import type { Access } from 'payload'

import { canEditContent, canHandleAccreditation } from '../lib/roles'

/**
 * The outbox: accreditation staff read every message (the applicants' e-mails are theirs).
 * Editors read only the messages of a press release's distribution — its delivery log: to whom
 * each copy went, sent or failed and why. They publish the release and answer for its delivery
 * (a journalist who says "I never got it"), the way a newsroom's mailing-list tool shows its
 * sender the delivery report; those rows hold an address and a state, nothing from an application.
 */
export const readOutbox: Access = ({ req: { user } }) => {
  if (canHandleAccreditation(user)) return true
  if (canEditContent(user)) return { release: { exists: true } }
  return false
}
