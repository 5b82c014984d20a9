import type { PayloadRequest } from 'payload'

import { inTransaction } from '~/cms/db/inTransaction'
import { namePoolMembers } from '~/cms/lib/pool/rotation'
import type { PoolMember } from '~/cms/payload-types'
import { notifyPoolMember } from '../notifyPoolMember'
import {
  assertPoolOfficer,
  earlierTurns,
  poolCandidates,
  poolMemberKey,
  poolOf,
  outletIdOf,
  poolSessionFor,
} from '../poolSession'
import { quotasOf } from '../quotaFields'
import { poolRefusal } from '../refusals'
import { hasPlaces, readQuotas, setPoolQuotas } from './setPoolQuotas'

export type NamedPool = {
  members: PoolMember[]
  /** Passes that joined the pool in this naming (each got an e-mail). */
  added: number
  /** Passes of the previous pool that left it. */
  removed: number
}

/**
 * Names the press pool of one pool-only session (the press office; before the session starts,
 * unless an admin forces it): the rotation among outlets (cms/lib/pool/rotation.ts) over the
 * event's valid passes for the session's day, filling each role's quota. Replaces the previous pool
 * in one transaction: members who stay keep their row and get no second e-mail; newcomers are
 * e-mailed; the others leave. Deterministic, so naming it again changes nothing.
 */
export async function namePool(
  req: PayloadRequest,
  input: { session: number | string; quotas?: unknown; force?: boolean },
): Promise<NamedPool> {
  assertPoolOfficer(req)
  if (input.quotas !== undefined) readQuotas(req, input.quotas)
  return inTransaction(req, async (req) => {
    const session =
      input.quotas !== undefined
        ? await setPoolQuotas(req, {
            session: input.session,
            quotas: input.quotas,
            force: input.force,
          })
        : await poolSessionFor(req, input)
    const quotas = quotasOf(session)
    if (!hasPlaces(quotas)) throw poolRefusal(req, 'no-quota')
    const [candidates, history, previous] = await Promise.all([
      poolCandidates(req, session),
      earlierTurns(req, session),
      poolOf(req, session.id),
    ])
    const picks = namePoolMembers({ candidates, quotas, history, at: session.startsAt })
    const wanted = new Map(picks.map((pick) => [poolMemberKey(session.id, pick.pass), pick]))
    const kept: PoolMember[] = []
    let removed = 0
    for (const member of previous) {
      const pick = member.key ? wanted.get(member.key) : undefined
      if (pick && pick.role === member.role && pick.turn === member.turn) {
        kept.push(member)
        wanted.delete(member.key as string)
        continue
      }
      await req.payload.delete({
        collection: 'pool-members',
        id: member.id,
        overrideAccess: true,
        req,
      })
      if (!pick) removed += 1
    }
    const byPass = new Map(candidates.map((candidate) => [candidate.pass, candidate]))
    const added: PoolMember[] = []
    for (const [key, pick] of wanted) {
      const candidate = byPass.get(pick.pass)
      if (!candidate) continue
      added.push(
        await req.payload.create({
          collection: 'pool-members',
          data: {
            session: session.id,
            pass: candidate.passDoc.id,
            outlet: outletIdOf(candidate.request),
            role: pick.role,
            turn: pick.turn,
            key,
          },
          depth: 0,
          overrideAccess: true,
          req,
        }),
      )
      const wasMember = previous.some((member) => member.key === key)
      // The seed and silent scripts name pools without e-mailing anyone.
      if (!wasMember && !req.context.seeding && !req.context.silent)
        await notifyPoolMember(req, {
          session,
          pass: candidate.passDoc,
          request: candidate.request,
          role: pick.role,
        })
    }
    return {
      members: [...kept, ...added].sort((a, b) => Number(a.id) - Number(b.id)),
      added: added.filter((m) => !previous.some((p) => p.key === m.key)).length,
      removed,
    }
  })
}
