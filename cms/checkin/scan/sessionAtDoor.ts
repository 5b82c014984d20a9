import type { Payload } from 'payload'

import type { SessionAtDoor } from '~/cms/lib/passes/checkInVerdict'
import type { Session } from '~/cms/payload-types'

/**
 * A per-session list's session as the door applies it to this scan: its press access as stored now
 * (resolveList read it for this scan, so a switch holds at the next scan) and, for a pool-only
 * session, whether this pass is in its pool (one indexed count). Null for a whole day's list.
 */
export async function sessionAtDoor(
  payload: Payload,
  session: Session | null,
  pass: { id: number | string } | null,
): Promise<SessionAtDoor> {
  if (!session) return null
  const inPool =
    session.pressAccess === 'pool' && pass
      ? (
          await payload.count({
            collection: 'pool-members',
            where: {
              and: [{ session: { equals: session.id } }, { pass: { equals: pass.id } }],
            },
            overrideAccess: true,
          })
        ).totalDocs > 0
      : false
  return { access: session.pressAccess, inPool }
}
