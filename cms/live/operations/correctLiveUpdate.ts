import type { PayloadRequest } from 'payload'
import { extractID } from 'payload/shared'

import { inTransaction } from '~/cms/db/inTransaction'
import { checkCorrection } from '~/cms/lib/live/liveRules'
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
 * Corrects an update: new text and a note saying what changed. Readers see it marked corrected
 * with the note (never a silent edit); it takes a new seq so open streams replace it. Audited.
 */
export async function correctLiveUpdate(
  req: PayloadRequest,
  input: { update: number | string; text?: string | null; correction?: string | null },
): Promise<LiveUpdate> {
  mustBeLiveEditor(req)
  return inTransaction(req, async (req) => {
    const current = await findUpdate(req, input.update)
    const verdict = checkCorrection(current, input)
    if (!verdict.ok) throw liveRefusal(req, verdict.code)
    const corrected = await changeUpdate(req, current.id, {
      ...verdict.value,
      changedAt: now().toISOString(),
      seq: await nextSeq(req),
    })
    await recordLiveAudit(req, 'live-corrected', {
      session: extractID(corrected.session),
      update: corrected,
      note: `${verdict.value.correction}\n— ${current.text}`,
    })
    return corrected
  })
}
