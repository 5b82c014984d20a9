import type { PayloadRequest } from 'payload'

import { inTransaction } from '~/cms/db/inTransaction'
import { checkPin } from '~/cms/lib/live/liveRules'
import { now } from '~/cms/lib/time'
import type { LiveUpdate } from '~/cms/payload-types'
import { changeUpdate, findUpdate, liveRefusal, mustBeLiveEditor, nextSeq } from '../liveStore'

/**
 * Pins an update to the top of the coverage (a key point readers should not miss), or unpins it
 * (`pinned: false`). A change takes a new seq; asking for what is already so changes nothing.
 */
export async function pinLiveUpdate(
  req: PayloadRequest,
  input: { update: number | string; pinned?: boolean },
): Promise<LiveUpdate> {
  mustBeLiveEditor(req)
  return inTransaction(req, async (req) => {
    const current = await findUpdate(req, input.update)
    const verdict = checkPin(current, input.pinned !== false)
    if (!verdict.ok) throw liveRefusal(req, verdict.code)
    if (!verdict.value.changed) return current
    return changeUpdate(req, current.id, {
      pinned: verdict.value.pinned,
      changedAt: now().toISOString(),
      seq: await nextSeq(req),
    })
  })
}
