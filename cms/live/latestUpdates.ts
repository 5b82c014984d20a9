import type { PayloadRequest } from 'payload'

import type { LiveUpdate } from '~/cms/payload-types'

/**
 * A session's latest live updates for the editor's phone page, newest change first, read as the
 * caller (overrideAccess off): editors see a removed update's text, anyone else only that it was
 * removed. The public page has its own reader beside its stream.
 */
export async function latestUpdates(
  req: PayloadRequest,
  input: { session: number; limit?: number },
): Promise<LiveUpdate[]> {
  const { docs } = await req.payload.find({
    collection: 'live-updates',
    where: { session: { equals: input.session } },
    sort: '-seq',
    limit: input.limit ?? 20,
    depth: 1,
    overrideAccess: false,
    user: req.user,
    req,
  })
  return docs
}
