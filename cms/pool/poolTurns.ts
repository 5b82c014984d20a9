import type { Payload, PayloadRequest } from 'payload'
import { extractID } from 'payload/shared'

import type { PressRole } from '../lib/accreditation/quota'
import type { Session } from '../payload-types'

export type PoolTurn = {
  sessionId: string
  title: string
  startsAt: string
  endsAt: string
  venue: string
  role: PressRole
  passNumber: string
  turn: number | null
}

/**
 * The pool turns of a journalist's own applications (the caller has already proved who they are:
 * their press account or their secret status link): the pool-only sessions whose pool holds one of
 * their valid passes, in programme order, in their language.
 */
export async function poolTurnsOf(
  payload: Payload,
  requestIds: readonly (number | string)[],
  locale: 'vi' | 'en',
  req?: PayloadRequest,
): Promise<PoolTurn[]> {
  if (requestIds.length === 0) return []
  const passes = await payload.find({
    collection: 'passes',
    where: { request: { in: [...requestIds] }, status: { equals: 'active' } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { passNumber: true },
    req,
  })
  if (passes.docs.length === 0) return []
  const numberOf = new Map(passes.docs.map((pass) => [String(pass.id), pass.passNumber]))
  const members = await payload.find({
    collection: 'pool-members',
    where: { pass: { in: passes.docs.map((pass) => pass.id) } },
    depth: 1,
    locale,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return members.docs
    .flatMap((member) => {
      const session = member.session as Session
      if (typeof session !== 'object' || session.pressAccess !== 'pool') return []
      return [
        {
          sessionId: String(session.id),
          title: session.title,
          startsAt: session.startsAt,
          endsAt: session.endsAt,
          venue: session.venue ?? '',
          role: (member.role ?? 'reporter') as PressRole,
          passNumber: numberOf.get(String(extractID(member.pass))) ?? '',
          turn: member.turn ?? null,
        },
      ]
    })
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
}
