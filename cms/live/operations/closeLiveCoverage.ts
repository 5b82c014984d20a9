import type { PayloadRequest } from 'payload'

import { inTransaction } from '~/cms/db/inTransaction'
import { closeCoverage } from '~/cms/lib/live/liveRules'
import { now } from '~/cms/lib/time'
import type { Session } from '~/cms/payload-types'
import { findSession, liveRefusal, mustBeLiveEditor, recordLiveAudit } from '../liveStore'

/** Ends a session's live coverage: the page and its updates stay; posting stops. Audited. */
export async function closeLiveCoverage(
  req: PayloadRequest,
  input: { session: number | string },
): Promise<Session> {
  mustBeLiveEditor(req)
  return inTransaction(req, async (req) => {
    const session = await findSession(req, input.session)
    const verdict = closeCoverage(session.liveState)
    if (!verdict.ok) throw liveRefusal(req, verdict.code)
    const closed = await req.payload.update({
      collection: 'sessions',
      id: session.id,
      data: { liveState: verdict.value, liveClosedAt: now().toISOString() },
      depth: 0,
      overrideAccess: true,
      req,
    })
    await recordLiveAudit(req, 'live-closed', { session: closed })
    return closed
  })
}
