import type { PayloadRequest } from 'payload'

import type { Pass } from '../payload-types'

/** The pass of one request (there is at most one), read in the caller's transaction. */
export async function passOfRequest(
  req: PayloadRequest,
  requestId: number | string,
): Promise<Pass | undefined> {
  const { docs } = await req.payload.find({
    collection: 'passes',
    where: { request: { equals: requestId } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs[0]
}
