import type { PayloadRequest } from 'payload'

import { pickFeatured } from '~/cms/lib/events/eventRules'
import { now } from '~/cms/lib/time'
import type { Event, EventsSelect } from '~/cms/payload-types'

type Options = { at?: Date; locale?: 'vi' | 'en' }

/**
 * Every event but drafts, earliest first: what the site, the door and the admin's defaults choose
 * from. Read with the caller's transaction, never with its access: which events exist is public.
 */
export async function visibleEvents(
  req: PayloadRequest,
  options?: Pick<Options, 'locale'>,
): Promise<Event[]>
/** The same events, with only the fields named in `select` (and their ids). */
export async function visibleEvents<Fields extends EventsSelect<true>>(
  req: PayloadRequest,
  options: Pick<Options, 'locale'> & { select: Fields },
): Promise<Pick<Event, 'id' | Extract<keyof Fields, keyof Event>>[]>
export async function visibleEvents(
  req: PayloadRequest,
  { locale = 'vi', select }: Pick<Options, 'locale'> & { select?: EventsSelect<true> } = {},
): Promise<Event[]> {
  const { docs } = await req.payload.find({
    collection: 'events',
    where: { state: { not_equals: 'draft' } },
    sort: 'startDate',
    limit: 500,
    pagination: false,
    depth: 0,
    locale,
    overrideAccess: true,
    req,
    ...(select ? { select } : {}),
  })
  return docs as Event[]
}

/**
 * The event the site and the admin default to: the one under way, else the next, else the most
 * recent (see pickFeatured).
 */
export async function featuredEvent(
  req: PayloadRequest,
  { at = now(), locale = 'vi' }: Options = {},
): Promise<Event | null> {
  return pickFeatured(await visibleEvents(req, { locale }), at)
}
