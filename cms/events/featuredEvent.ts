import type { PayloadRequest } from 'payload'

import { pickFeatured } from '~/cms/lib/events/eventRules'
import { now } from '~/cms/lib/time'
import type { Event } from '~/cms/payload-types'

/**
 * The event the site and the admin default to: the one under way, else the next, else the most
 * recent (see pickFeatured). Read with the caller's transaction, never with its access: which event
 * is featured is public knowledge.
 */
export async function featuredEvent(
  req: PayloadRequest,
  { at = now(), locale = 'vi' }: { at?: Date; locale?: 'vi' | 'en' } = {},
): Promise<Event | null> {
  const { docs } = await req.payload.find({
    collection: 'events',
    where: { state: { not_equals: 'draft' } },
    sort: 'startDate',
    limit: 500,
    depth: 0,
    locale,
    overrideAccess: true,
    req,
  })
  return pickFeatured(docs, at)
}
