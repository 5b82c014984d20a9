import type { PayloadRequest } from 'payload'

import { inTransaction } from '~/cms/db/inTransaction'
import { journalistOf } from '../caller'

/**
 * The accredited journalist opts in to (or out of) press releases by e-mail: the releases of the
 * events they are accredited to, embargoed ones ahead of their time. Asked on /press/; the
 * unsubscribe link in every release turns it off too (cms/distribution/operations/unsubscribe.ts).
 */
export async function setReleaseEmails(
  req: PayloadRequest,
  input: { receive: boolean },
): Promise<{ releaseEmails: boolean }> {
  const account = await journalistOf(req)
  await inTransaction(req, () =>
    req.payload.update({
      collection: 'journalists',
      id: account.id,
      overrideAccess: true,
      req,
      data: { releaseEmails: input.receive },
    }),
  )
  return { releaseEmails: input.receive }
}
