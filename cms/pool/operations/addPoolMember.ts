import type { PayloadRequest } from 'payload'
import { extractID } from 'payload/shared'

import { inTransaction } from '~/cms/db/inTransaction'
import { nextTurn, poolAdditionProblem } from '~/cms/lib/pool/rotation'
import { localDate } from '~/cms/lib/time'
import type { AccreditationRequest, Pass, PoolMember } from '~/cms/payload-types'
import { notifyPoolMember } from '../notifyPoolMember'
import {
  earlierTurns,
  memberOutletKey,
  outletIdOf,
  outletKeyOf,
  poolCandidates,
  poolMemberKey,
  poolOf,
  poolSessionFor,
} from '../poolSession'
import { quotasOf } from '../quotaFields'
import { poolRefusal } from '../refusals'

/** The pass an officer names: by id, or by the number printed on it (HB-0001). */
async function findPass(req: PayloadRequest, pass: number | string): Promise<Pass | null> {
  const text = String(pass).trim()
  const { docs } = await req.payload.find({
    collection: 'passes',
    where: /^\d+$/.test(text)
      ? { or: [{ id: { equals: text } }, { passNumber: { equals: text } }] }
      : { passNumber: { equals: text.toUpperCase() } },
    depth: 1,
    limit: 1,
    overrideAccess: true,
    req,
  })
  return docs[0] ?? null
}

/**
 * Adds one pass to a pool-only session's pool by hand (the press office, before the session starts
 * unless an admin forces it): a valid pass of the session's event for its day, within the role's
 * quota, one person per outlet and role while other outlets wait. The journalist is e-mailed.
 */
export async function addPoolMember(
  req: PayloadRequest,
  input: { session: number | string; pass: number | string; force?: boolean },
): Promise<PoolMember> {
  return inTransaction(req, async (req) => {
    const session = await poolSessionFor(req, input)
    const pass = await findPass(req, input.pass)
    if (!pass) throw poolRefusal(req, 'pass-not-found')
    if (String(extractID(pass.event ?? 0)) !== String(extractID(session.event ?? -1)))
      throw poolRefusal(req, 'pass-other-event')
    const request = pass.request as AccreditationRequest
    if (pass.status !== 'active' || request.status !== 'approved')
      throw poolRefusal(req, 'pass-revoked')
    if (!(pass.days ?? []).includes(localDate(session.startsAt)))
      throw poolRefusal(req, 'pass-wrong-day')
    const [members, candidates, history] = await Promise.all([
      poolOf(req, session.id),
      poolCandidates(req, session),
      earlierTurns(req, session),
    ])
    const candidate = {
      pass: String(pass.id),
      outlet: outletKeyOf(request, pass.id),
      role: request.role,
    }
    const problem = poolAdditionProblem({
      candidate,
      members: members.map((member) => ({
        pass: String(extractID(member.pass)),
        outlet: memberOutletKey(member),
        role: member.role ?? 'reporter',
      })),
      candidates,
      quotas: quotasOf(session),
    })
    if (problem) throw poolRefusal(req, problem)
    const member = await req.payload.create({
      collection: 'pool-members',
      data: {
        session: session.id,
        pass: pass.id,
        outlet: outletIdOf(request),
        role: request.role,
        turn: nextTurn(history, candidate.outlet),
        key: poolMemberKey(session.id, pass.id),
      },
      depth: 0,
      overrideAccess: true,
      req,
    })
    await notifyPoolMember(req, { session, pass, request, role: request.role })
    return member
  })
}
