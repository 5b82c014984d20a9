import type { PayloadRequest } from 'payload'

import { inTransaction } from '~/cms/db/inTransaction'
import {
  confirmLinkAlive,
  hashLinkSecret,
  looksLikeLinkSecret,
} from '~/cms/lib/distribution/distributionRules'
import { now } from '~/cms/lib/time'
import { type Language, refuse } from './refuse'

/** Double opt-in, step two: the confirm link's secret, from the e-mail. */
export async function confirmSubscription(
  req: PayloadRequest,
  input: { secret: string; language: Language },
): Promise<{ email: string }> {
  const invalid = () =>
    refuse(
      input.language,
      404,
      'Đường dẫn xác nhận không hợp lệ hoặc đã hết hạn. Hãy đăng ký lại.',
      'This confirm link is not valid or has expired. Please subscribe again.',
    )
  if (!looksLikeLinkSecret(input.secret ?? '')) invalid()
  return inTransaction(req, async () => {
    const row = (
      await req.payload.find({
        collection: 'subscribers',
        where: { confirmHash: { equals: hashLinkSecret(input.secret) } },
        limit: 1,
        depth: 0,
        overrideAccess: true,
        req,
      })
    ).docs[0]
    const moment = now()
    if (!row || row.state !== 'pending' || !confirmLinkAlive(row.requestedAt, moment)) invalid()
    await req.payload.update({
      collection: 'subscribers',
      id: row!.id,
      data: { state: 'confirmed', confirmedAt: moment.toISOString(), confirmHash: null },
      depth: 0,
      overrideAccess: true,
      req,
    })
    return { email: row!.email }
  })
}
