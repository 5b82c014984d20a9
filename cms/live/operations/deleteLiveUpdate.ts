import type { PayloadRequest } from 'payload'
import { extractID } from 'payload/shared'

import { inTransaction } from '~/cms/db/inTransaction'
import { checkDeletion } from '~/cms/lib/live/liveRules'
import { now } from '~/cms/lib/time'
import type { LiveUpdate } from '~/cms/payload-types'
import {
  changeUpdate,
  findUpdate,
  liveRefusal,
  mustBeLiveEditor,
  nextSeq,
  recordLiveAudit,
} from '../liveStore'

/**
 * Removes an update from the coverage: the row and its text stay for the record (and the audit
 * trail); readers see "removed at HH:mm" in its place, and it is unpinned. Takes a new seq.
 */
export async function deleteLiveUpdate(
  req: PayloadRequest,
  input: { update: number | string },
): Promise<LiveUpdate> {
  mustBeLiveEditor(req)
  return inTransaction(req, async (req) => {
    const current = await findUpdate(req, input.update)
    const verdict = checkDeletion(current)
    if (!verdict.ok) throw liveRefusal(req, verdict.code)
    const removed = await changeUpdate(req, current.id, {
      state: verdict.value,
      pinned: false,
      changedAt: now().toISOString(),
      seq: await nextSeq(req),
    })
    await recordLiveAudit(req, 'live-deleted', {
      session: extractID(removed.session),
      update: removed,
      note: current.text,
    })
    return removed
  })
}
