import { pickFeatured, PUBLIC_EVENT_STATES } from '~/cms/lib/events/eventRules'
import { now } from '~/cms/lib/time'
import type { Event } from '~/cms/payload-types'
import type { Locale } from '../i18n/locales'
import { cached } from './cache'
import type { EventScope } from './eventScope'
import { payloadClient } from './payload'

const asVisitor = { overrideAccess: false, user: null } as const

/** Every public event (not drafts), earliest first. */
export function listEvents(locale: Locale): Promise<Event[]> {
  return cached(`events:${locale}`, async () => {
    const payload = await payloadClient()
    const { docs } = await payload.find({
      collection: 'events',
      where: { state: { in: [...PUBLIC_EVENT_STATES] } },
      sort: 'startDate',
      limit: 500,
      depth: 0,
      locale,
      ...asVisitor,
    })
    return docs
  })
}

/** Every public event by its id (as a string), to name the event of an item and to hide drafts' items. */
export async function publicEventsById(locale: Locale): Promise<Map<string, Event>> {
  return new Map((await listEvents(locale)).map((event) => [String(event.id), event]))
}

/** The event the site features: under way, else next, else the latest (see pickFeatured). */
export async function getFeaturedEvent(locale: Locale): Promise<Event | null> {
  return pickFeatured(await listEvents(locale), now())
}

/** A public event by its address. */
export async function getEventBySlug(locale: Locale, slug: string): Promise<Event | null> {
  return (await listEvents(locale)).find((event) => event.slug === slug) ?? null
}

/** The scope of the addresses of the URL contract (/releases/, /schedule/…): the featured event. */
export const featuredScope = (featured: Pick<Event, 'id'> | null): EventScope =>
  featured ? featured.id : 'all'
