import type { PayloadRequest } from 'payload'

import { inTransaction } from '~/cms/db/inTransaction'
import { mayWithdraw } from '~/cms/lib/accreditation/statusFlow'

/**
 * The applicant withdraws their application (`mayWithdraw`: not once rejected or withdrawn). An
 * approved request gives back its quota place and its pass is revoked in the same transaction.
 */
export async function withdrawApplication(
  req: PayloadRequest,
  { id }: { id: number | string },
): Promise<'withdrawn' | 'not-found' | 'not-allowed'> {
  const { payload } = req
  return inTransaction(req, async () => {
    const doc = await payload.findByID({
      collection: 'accreditation-requests',
      id,
      depth: 0,
      overrideAccess: false,
      req,
      disableErrors: true,
    })
    if (!doc) return 'not-found'
    if (!mayWithdraw(doc.status)) return 'not-allowed'
    await payload.update({
      collection: 'accreditation-requests',
      id,
      data: { status: 'withdrawn' },
      overrideAccess: false,
      req,
    })
    return 'withdrawn'
  })
}
