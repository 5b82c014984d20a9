import type { PayloadRequest } from 'payload'

import { inTransaction } from '~/cms/db/inTransaction'
import { openCoverage } from '~/cms/lib/live/liveRules'
import { now } from '~/cms/lib/time'
import type { Session } from '~/cms/payload-types'
import { findSession, liveRefusal, mustBeLiveEditor, recordLiveAudit } from '../liveStore'

/**
 * Opens a session's live coverage ("tường thuật trực tiếp"): editors and admins only; from "not
 * yet" or after it ended (coverage resumes). Stamps liveOpenedAt and clears liveClosedAt; audited.
 */
export async function openLiveCoverage(
  req: PayloadRequest,
  input: { session: number | string },
): Promise<Session> {
  mustBeLiveEditor(req)
  return inTransaction(req, async (req) => {
    const session = await findSession(req, input.session)
    const verdict = openCoverage(session.liveState)
    if (!verdict.ok) throw liveRefusal(req, verdict.code)
    const opened = await req.payload.update({
      collection: 'sessions',
      id: session.id,
      data: { liveState: verdict.value, liveOpenedAt: now().toISOString(), liveClosedAt: null },
      depth: 0,
      overrideAccess: true,
      req,
    })
    await recordLiveAudit(req, 'live-opened', { session: opened })
    return opened
  })
}
