import type { PayloadRequest } from 'payload'

import { inTransaction } from '~/cms/db/inTransaction'
import { now } from '~/cms/lib/time'
import { journalistOf } from '../caller'

/**
 * The journalist agrees (or no longer agrees) that the office keeps their profile for later
 * events. Asked on /press/ at their first sign-in after an approval, changeable there at any time.
 * Without it the profile is cleared when the retention period of their last event ends
 * (cms/lifecycle/purge.ts).
 */
export async function setKeepProfile(
  req: PayloadRequest,
  input: { keep: boolean },
): Promise<{ keepProfile: boolean; answeredAt: string }> {
  const account = await journalistOf(req)
  const answeredAt = now().toISOString()
  await inTransaction(req, () =>
    req.payload.update({
      collection: 'journalists',
      id: account.id,
      overrideAccess: true,
      req,
      data: { keepProfile: input.keep, keepProfileAnsweredAt: answeredAt },
    }),
  )
  return { keepProfile: input.keep, answeredAt }
}
