import type { PayloadRequest } from 'payload'

import { inTransaction } from '~/cms/db/inTransaction'
import { decisionNote, type ReasonCode, type Status } from '~/cms/lib/accreditation/statusFlow'
import type { AccreditationRequest } from '~/cms/payload-types'

export type Decision = { status: Status; reasonCode?: ReasonCode | null; message?: string | null }

/**
 * Staff decide on an application: a change of status with, where the decision needs them, a
 * reason and a message given now. The rules (status flow, a new reason and message, the quota
 * place) are the collection's change rules (checkApplicationChange), which REST, the admin form
 * and bulk edit pass through too; this is the same write for scripts and custom views.
 */
export async function decideApplication(
  req: PayloadRequest,
  input: { id: number | string } & Decision,
): Promise<AccreditationRequest> {
  return inTransaction(req, () =>
    req.payload.update({
      collection: 'accreditation-requests',
      id: input.id,
      data: decisionData(input),
      overrideAccess: false,
      user: req.user,
      req,
    }),
  )
}

/** Each decision carries its own reason and message, cleared when not given (decisionNote). */
const decisionData = ({ status, reasonCode, message }: Decision): Partial<AccreditationRequest> => {
  const note = decisionNote(status, { reasonCode, message })
  return {
    status,
    reasonCode: note.reasonCode as ReasonCode | null,
    decisionMessage: note.message,
  }
}
