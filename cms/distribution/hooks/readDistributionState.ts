import type { FieldHook } from 'payload'

import { distributionState } from '~/cms/lib/distribution/distributionRules'
import { canEditContent } from '~/cms/lib/roles'

/** The release's delivery state, counted from its messages in the outbox; for editors only. */
export const readDistributionState: FieldHook = async ({ data, req }) => {
  const id = data?.id
  if (!id || !canEditContent(req.user)) return undefined
  const count = async (state?: 'sent' | 'failed') =>
    (
      await req.payload.count({
        collection: 'email-messages',
        where: {
          and: [{ release: { equals: id } }, ...(state ? [{ state: { equals: state } }] : [])],
        },
        overrideAccess: true,
        req,
      })
    ).totalDocs
  const total = await count()
  if (total === 0) return distributionState({ total, sent: 0, failed: 0 })
  return distributionState({ total, sent: await count('sent'), failed: await count('failed') })
}
