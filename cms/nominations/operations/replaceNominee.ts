import type { PayloadRequest } from 'payload'

import { languageOf } from '~/cms/auth/request'
import { inTransaction } from '~/cms/db/inTransaction'
import { checkNominee, PLACE_HOLDING } from '~/cms/lib/nominations/nominationRules'
import type { Nomination } from '~/cms/payload-types'
import {
  auditNomination,
  fullNomination,
  type Id,
  inviteNominee,
  loadEvent,
  loadNomination,
  managerOf,
  outletNominees,
  quotaUse,
  writeNomination,
} from '../nominationStore'
import { refuseNomination } from '../refuse'
import { refuseUnlessOpen } from './nominate'
import { retireNominee } from './retireNominee'

/**
 * The outlet sends someone else in a nominee's place: the old nominee's pass is revoked at once
 * and their application withdrawn (the place comes back), their link stops working, and the
 * replacement gets a personal link of their own. The role may change within the quota.
 */
export async function replaceNominee(
  req: PayloadRequest,
  input: {
    nomination: Id
    nominee: string
    replacement: { name: string; role: string; email: string }
  },
): Promise<Nomination> {
  const { outletId } = managerOf(req)
  const visible = await loadNomination(req, input.nomination)
  if (visible.state === 'withdrawn') refuseNomination(req, 'nomination-withdrawn', 409)
  const event = await loadEvent(req, visible.event)
  refuseUnlessOpen(req, event)
  const person = checkNominee(input.replacement)
  if ('problem' in person) refuseNomination(req, 'bad-nominee', 400, person.problem)

  return inTransaction(req, async () => {
    const full = await fullNomination(req, visible.id)
    const old = full.nominees?.find((n) => n.id === input.nominee)
    if (!old) refuseNomination(req, 'no-nominee', 404)
    if (!(PLACE_HOLDING as readonly string[]).includes(old.state) && old.state !== 'rejected')
      refuseNomination(req, 'cannot-replace', 409)
    const others = (await outletNominees(req, event.id, outletId)).filter(
      (n) => n.id !== old.id && (PLACE_HOLDING as readonly string[]).includes(n.state),
    )
    if (others.some((n) => n.email.toLowerCase() === person.email))
      refuseNomination(req, 'already-nominated', 409, person.email)
    if (person.role !== old.role) {
      const quota = (await quotaUse(req, event, outletId)).find((q) => q.role === person.role)!
      if (quota.used >= quota.limit) refuseNomination(req, 'quota-full', 409, person.role)
    }
    await retireNominee(req, old, 'Replaced by the outlet')
    const fresh = await inviteNominee(
      req,
      person,
      { event, outletId, language: languageOf(req) },
      old.id ?? undefined,
    )
    const nominees = (full.nominees ?? []).map((n) =>
      n.id === old.id ? { ...n, state: 'replaced' as const } : n,
    )
    const saved = await writeNomination(req, full.id, { nominees: [...nominees, fresh] })
    await auditNomination(
      req,
      'nominee-replaced',
      `nomination ${full.id}: ${old.name} (${old.email}) replaced by ${person.name} (${person.role}, ${person.email})`,
      old.request as number | null,
    )
    return saved
  })
}
