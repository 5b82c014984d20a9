import type { PayloadRequest } from 'payload'
import { extractID } from 'payload/shared'

import { decideApplication } from '~/cms/accreditation/operations/decideApplication'
import { inTransaction } from '~/cms/db/inTransaction'
import type { ReasonCode } from '~/cms/lib/accreditation/statusFlow'
import { canHandleAccreditation } from '~/cms/lib/roles'
import type { Nomination } from '~/cms/payload-types'
import {
  auditNomination,
  fullNomination,
  type Id,
  loadEvent,
  loadNomination,
  quotaUse,
  writeNomination,
} from '../nominationStore'
import { refuseNomination } from '../refuse'

export type NomineeDecision = {
  nominee: string
  status: 'approved' | 'rejected'
  reasonCode?: ReasonCode | null
  message?: string | null
}

/**
 * An officer decides a nomination, as a whole (`all`: every completed nominee) or person by person.
 * Each decision is the accreditation decision itself (decideApplication on the nominee's request:
 * status flow, reason, quota place, pass, e-mail), after the event's quota for the outlet and role
 * is checked; all the decisions are one transaction, so a list that does not fit changes nothing.
 */
export async function decideNomination(
  req: PayloadRequest,
  input: { nomination: Id; all?: 'approved'; decisions?: NomineeDecision[] },
): Promise<Nomination> {
  if (!canHandleAccreditation(req.user)) refuseNomination(req, 'not-staff', 403)
  const visible = await loadNomination(req, input.nomination)
  if (visible.state === 'withdrawn') refuseNomination(req, 'nomination-withdrawn', 409)
  const event = await loadEvent(req, visible.event)
  return inTransaction(req, async () => {
    const full = await fullNomination(req, visible.id)
    const nominees = full.nominees ?? []
    const decisions: NomineeDecision[] = input.all
      ? nominees
          .filter((n) => n.state === 'completed')
          .map((n) => ({ nominee: n.id!, status: input.all! }))
      : (input.decisions ?? [])
    const outletId = extractID(full.outlet)
    const decided = new Map<string, 'approved' | 'rejected'>()
    for (const decision of decisions) {
      const nominee = nominees.find((n) => n.id === decision.nominee)
      if (!nominee) refuseNomination(req, 'no-nominee', 404)
      if (!nominee.request || !['completed', 'approved', 'rejected'].includes(nominee.state))
        refuseNomination(req, 'not-completed', 409, nominee.name)
      if (decision.status === 'approved' && nominee.state !== 'approved') {
        const quota = (await quotaUse(req, event, outletId)).find((q) => q.role === nominee.role)!
        const approved = nominees.filter(
          (n) =>
            n.role === nominee.role &&
            (n.state === 'approved' || decided.get(n.id!) === 'approved'),
        ).length
        if (approved + 1 > quota.limit)
          refuseNomination(req, 'quota-full', 409, `${nominee.role}: ${quota.limit}`)
      }
      await decideApplication(req, {
        id: extractID(nominee.request),
        status: decision.status,
        reasonCode: decision.reasonCode ?? null,
        message: decision.message ?? null,
      })
      decided.set(nominee.id!, decision.status)
    }
    const saved = await writeNomination(req, full.id, {
      nominees: nominees.map((n) =>
        decided.has(n.id!) ? { ...n, state: decided.get(n.id!)! } : n,
      ),
    })
    await auditNomination(
      req,
      'nomination-decided',
      `nomination ${full.id}: ${[...decided].map(([id, status]) => `${nominees.find((n) => n.id === id)?.name} ${status}`).join('; ')}`,
    )
    return saved
  })
}
