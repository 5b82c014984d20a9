import type { PayloadRequest } from 'payload'

import { inTransaction } from '~/cms/db/inTransaction'
import type { Nomination } from '~/cms/payload-types'
import {
  auditNomination,
  fullNomination,
  type Id,
  loadNomination,
  managerOf,
  writeNomination,
} from '../nominationStore'
import { refuseNomination } from '../refuse'
import { retireNominee } from './retireNominee'

/**
 * The outlet withdraws a whole nomination: every link stops working, every pass it led to is
 * revoked and every application withdrawn, in one transaction.
 */
export async function withdrawNomination(
  req: PayloadRequest,
  input: { nomination: Id },
): Promise<Nomination> {
  managerOf(req)
  const visible = await loadNomination(req, input.nomination)
  if (visible.state === 'withdrawn') refuseNomination(req, 'nomination-withdrawn', 409)
  return inTransaction(req, async () => {
    const full = await fullNomination(req, visible.id)
    const nominees = []
    for (const nominee of full.nominees ?? []) {
      const leaves = nominee.state !== 'replaced' && nominee.state !== 'withdrawn'
      if (leaves) await retireNominee(req, nominee, 'Nomination withdrawn by the outlet')
      nominees.push(leaves ? { ...nominee, state: 'withdrawn' as const } : nominee)
    }
    const saved = await writeNomination(req, full.id, { state: 'withdrawn', nominees })
    await auditNomination(
      req,
      'nomination-withdrawn',
      `nomination ${full.id} withdrawn by the outlet`,
    )
    return saved
  })
}
