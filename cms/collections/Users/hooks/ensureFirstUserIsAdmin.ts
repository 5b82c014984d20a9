import type { CollectionBeforeChangeHook } from 'payload'

/** The account made on a fresh install ("create first user") must be able to manage the rest. */
export const ensureFirstUserIsAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', overrideAccess: true, req })
  if (totalDocs === 0) return { ...data, roles: ['admin'] }
  return data
}
