import type { PayloadRequest } from 'payload'

import { inTransaction } from '~/cms/db/inTransaction'
import { readUnsubscribeToken } from '~/cms/lib/distribution/distributionRules'
import { now } from '~/cms/lib/time'
import { type Language, refuse } from './refuse'

/**
 * The unsubscribe link of a release (a page or the one-click POST of List-Unsubscribe): a
 * subscriber leaves the list, a journalist stops press releases by e-mail. Idempotent.
 */
export async function unsubscribe(
  req: PayloadRequest,
  input: { token: string; language: Language },
): Promise<{ who: 'subscriber' | 'journalist' }> {
  const target = readUnsubscribeToken(req.payload.secret, input.token ?? '')
  const invalid = () =>
    refuse(
      input.language,
      404,
      'Đường dẫn huỷ đăng ký không hợp lệ.',
      'This unsubscribe link is not valid.',
    )
  if (!target) invalid()
  const collection = target!.kind === 's' ? 'subscribers' : 'journalists'
  const id = req.payload.db.defaultIDType === 'number' ? Number(target!.id) : target!.id
  return inTransaction(req, async () => {
    const row = await req.payload
      .findByID({ collection, id, depth: 0, overrideAccess: true, req })
      .catch(() => null)
    if (!row) invalid()
    if (collection === 'subscribers')
      await req.payload.update({
        collection,
        id,
        data: { state: 'unsubscribed', unsubscribedAt: now().toISOString(), confirmHash: null },
        depth: 0,
        overrideAccess: true,
        req,
      })
    else
      await req.payload.update({
        collection,
        id,
        data: { releaseEmails: false },
        depth: 0,
        overrideAccess: true,
        req,
      })
    return { who: collection === 'subscribers' ? 'subscriber' : 'journalist' }
  })
}
