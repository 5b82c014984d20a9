import type { PayloadRequest } from 'payload'
import { extractID } from 'payload/shared'

import { inTransaction } from '~/cms/db/inTransaction'
import type { PoolMember } from '~/cms/payload-types'
import { poolSessionFor } from '../poolSession'
import { poolRefusal } from '../refusals'

/**
 * Takes one pass out of a session's pool by hand (the press office, before the session starts
 * unless an admin forces it). The place it frees can be given with addPoolMember.
 */
export async function removePoolMember(
  req: PayloadRequest,
  input: { member: number | string; force?: boolean },
): Promise<PoolMember> {
  return inTransaction(req, async (req) => {
    const member = await req.payload.findByID({
      collection: 'pool-members',
      id: input.member,
      depth: 0,
      overrideAccess: true,
      req,
      disableErrors: true,
    })
    // The same answer to everyone outside the press office, whether the row exists or not.
    await poolSessionFor(req, {
      session: member ? extractID(member.session) : -1,
      force: input.force,
    }).catch((error) => {
      if (!member && (error as { status?: number }).status === 404)
        throw poolRefusal(req, 'member-not-found')
      throw error
    })
    if (!member) throw poolRefusal(req, 'member-not-found')
    await req.payload.delete({
      collection: 'pool-members',
      id: member.id,
      overrideAccess: true,
      req,
    })
    return member
  })
}
