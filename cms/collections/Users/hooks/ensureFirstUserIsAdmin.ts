import type { CollectionBeforeChangeHook } from 'payload'

/**
 * The account made on a fresh install ("create first user") must be able to manage the rest.
 * Its roles field is locked to admins, so it arrives empty; roles given by a script are kept.
 */
export const ensureFirstUserIsAdmin: CollectionBeforeChangeHook = async ({
  data,
  operation,
  req,
}) => {
  if (operation !== 'create' || data.roles?.length) return data
  const { totalDocs } = await req.payload.count({ collection: 'users', overrideAccess: true, req })
  return totalDocs === 0 ? { ...data, roles: ['admin'] } : data
}
