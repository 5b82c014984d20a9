import type { CollectionBeforeChangeHook } from 'payload'

import { nextNumber } from '~/cms/db/nextNumber'

/**
 * Releases are numbered in order for the event (1, 2, 3 …); the number never changes afterwards
 * and is never given again after a release is deleted.
 */
export const assignNumber: CollectionBeforeChangeHook = async ({
  data,
  operation,
  req,
  originalDoc,
}) => {
  if (operation !== 'create' || data.number || originalDoc?.number) return data
  const { docs } = await req.payload.find({
    collection: 'press-releases',
    sort: '-number',
    limit: 1,
    depth: 0,
    select: { number: true },
    overrideAccess: true,
    draft: true,
    req,
  })
  return { ...data, number: await nextNumber(req, 'press-release', docs[0]?.number ?? 0) }
}
