import type { PayloadRequest } from 'payload'
import { extractID } from 'payload/shared'

import type { PressRole } from '../lib/accreditation/quota'
import type { EarlierTurn, PoolCandidate } from '../lib/pool/rotation'
import { canForcePoolChange, canNamePool } from '../lib/roles'
import { localDate, now } from '../lib/time'
import type { AccreditationRequest, Pass, PoolMember, Session } from '../payload-types'
import { poolRefusal } from './refusals'

/** A pass's outlet in the rotation: its outlet's id, or the pass itself for a journalist without one. */
export const outletKeyOf = (
  request: Pick<AccreditationRequest, 'outlet'>,
  passId: number | string,
) => (request.outlet == null ? `pass:${passId}` : String(extractID(request.outlet)))

/** The outlet a pool row names (null for a journalist without a listed outlet). */
export const outletIdOf = (request: Pick<AccreditationRequest, 'outlet'>) =>
  request.outlet == null ? null : extractID(request.outlet)

export type PoolCandidateDoc = PoolCandidate & { passDoc: Pass; request: AccreditationRequest }

/** Only the press office changes a pool: checked first, before anything about the input. */
export function assertPoolOfficer(req: PayloadRequest): void {
  if (!canNamePool(req.user)) throw poolRefusal(req, 'not-allowed')
}

/**
 * The session whose pool the caller changes, after the rules every pool change shares: the press
 * office only, a pool-only session, not yet started (an admin may force it).
 */
export async function poolSessionFor(
  req: PayloadRequest,
  input: { session: number | string; force?: boolean },
): Promise<Session> {
  assertPoolOfficer(req)
  const session = await req.payload.findByID({
    collection: 'sessions',
    id: input.session,
    depth: 0,
    overrideAccess: true,
    req,
    disableErrors: true,
  })
  if (!session) throw poolRefusal(req, 'session-not-found')
  if (session.pressAccess !== 'pool') throw poolRefusal(req, 'not-pool-session')
  const started = new Date(session.startsAt).getTime() <= now().getTime()
  if (started && !(input.force && canForcePoolChange(req.user)))
    throw poolRefusal(req, 'session-started')
  return session
}

/** The valid passes of the session's event on the session's day, with their outlet and role. */
export async function poolCandidates(
  req: PayloadRequest,
  session: Session,
): Promise<PoolCandidateDoc[]> {
  if (session.event == null) return []
  const { docs } = await req.payload.find({
    collection: 'passes',
    where: { event: { equals: extractID(session.event) }, status: { equals: 'active' } },
    depth: 1,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const day = localDate(session.startsAt)
  return docs.flatMap((pass) => {
    const request = pass.request as AccreditationRequest
    if (typeof request !== 'object' || request.status !== 'approved') return []
    if (!(pass.days ?? []).includes(day)) return []
    return [
      {
        pass: String(pass.id),
        outlet: outletKeyOf(request, pass.id),
        role: request.role as PressRole,
        passDoc: pass,
        request,
      },
    ]
  })
}

/** The pool turns of the event's sessions that come before this one in the programme. */
export async function earlierTurns(req: PayloadRequest, session: Session): Promise<EarlierTurn[]> {
  if (session.event == null) return []
  const sessions = await req.payload.find({
    collection: 'sessions',
    where: {
      event: { equals: extractID(session.event) },
      startsAt: { less_than_equal: session.startsAt },
      id: { not_equals: session.id },
    },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    select: { startsAt: true },
    req,
  })
  const earlier = sessions.docs.filter(
    (other) => other.startsAt < session.startsAt || Number(other.id) < Number(session.id),
  )
  if (earlier.length === 0) return []
  const startOf = new Map(earlier.map((other) => [String(other.id), other.startsAt]))
  const members = await req.payload.find({
    collection: 'pool-members',
    where: { session: { in: earlier.map((other) => other.id) } },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return members.docs.map((member) => ({
    outlet: memberOutletKey(member),
    pass: String(extractID(member.pass)),
    at: startOf.get(String(extractID(member.session))) ?? '',
  }))
}

export const memberOutletKey = (member: PoolMember): string =>
  member.outlet == null ? `pass:${extractID(member.pass)}` : String(extractID(member.outlet))

/** The session's pool as it stands. */
export async function poolOf(req: PayloadRequest, sessionId: number | string) {
  const { docs } = await req.payload.find({
    collection: 'pool-members',
    where: { session: { equals: sessionId } },
    depth: 0,
    limit: 0,
    pagination: false,
    sort: 'id',
    overrideAccess: true,
    req,
  })
  return docs
}

export const poolMemberKey = (session: number | string, pass: number | string) =>
  `${session}:${pass}`
