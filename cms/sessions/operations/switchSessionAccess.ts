import type { PayloadRequest } from 'payload'

import { inTransaction } from '~/cms/db/inTransaction'
import { isPressAccess } from '~/cms/lib/schedule/accessSwitch'
import type { PressAccess } from '~/cms/lib/schedule/sessionTypes'
import { canSwitchSessionAccess } from '~/cms/lib/roles'
import type { Session } from '~/cms/payload-types'
import { sessionRefusal } from '../refusals'

export type SwitchedAccess = {
  session: Session
  /** False when the session already had that access: nothing was written. */
  changed: boolean
}

/**
 * The press office switches a session's press access live (open, pool only, closed): only an
 * accreditation officer or an admin (cms/lib/roles canSwitchSessionAccess); an unknown session or
 * access is refused with a 4xx in the caller's language and nothing is written. The change, its
 * time (`pressAccessChangedAt`) and its audit entry (who, from what to what, when) are written in
 * one transaction by the sessions' hooks (cms/sessions/enforceAccessSwitch), which hold the same
 * rule for the admin form, REST and bulk edit. The door decides every online scan with the access
 * as stored, and scanners poll /checkin/session-access, so they follow within seconds.
 */
export async function switchSessionAccess(
  req: PayloadRequest,
  input: { session: number | string; access: unknown },
): Promise<SwitchedAccess> {
  if (!canSwitchSessionAccess(req.user)) throw sessionRefusal(req, 'not-allowed')
  if (!isPressAccess(input.access)) throw sessionRefusal(req, 'bad-access')
  const id = String(input.session ?? '')
  if (!/^[A-Za-z0-9_-]{1,40}$/.test(id)) throw sessionRefusal(req, 'not-found')
  const access: PressAccess = input.access
  return inTransaction(req, async (req) => {
    const current = await req.payload.findByID({
      collection: 'sessions',
      id,
      depth: 0,
      overrideAccess: true,
      req,
      disableErrors: true,
    })
    if (!current) throw sessionRefusal(req, 'not-found')
    if (current.pressAccess === access) return { session: current, changed: false }
    // The collection's write access is the programme editors'; the switch is the press office's,
    // checked above, and the hooks check it again (with the caller in req.user).
    const session = await req.payload.update({
      collection: 'sessions',
      id,
      data: { pressAccess: access },
      depth: 0,
      overrideAccess: true,
      req,
    })
    return { session, changed: true }
  })
}
