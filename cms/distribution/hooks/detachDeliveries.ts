import type { CollectionBeforeDeleteHook } from 'payload'

/**
 * A release deleted: its delivery log stays in the outbox (what was sent, to whom) without the
 * link, which the database would otherwise refuse to leave pointing at nothing.
 */
export const detachDeliveries: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.update({
    collection: 'email-messages',
    where: { release: { equals: id } },
    data: { release: null },
    depth: 0,
    overrideAccess: true,
    req,
  })
}
