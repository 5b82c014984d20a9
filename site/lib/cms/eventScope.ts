import type { Where } from 'payload'

import type { Event } from '~/cms/payload-types'

/** Which event's items a list shows: one event (by id), or every public event. */
export type EventScope = Event['id'] | string | 'all'

/** What a page shows of the event an item belongs to: its name and its address. */
export type EventRef = { id: string; slug: string; name: string; shortName: string }

type Related = number | string | { id: number | string } | null | undefined

const idOf = (ref: Related): string | null =>
  ref == null ? null : typeof ref === 'object' ? String(ref.id) : String(ref)

/**
 * The filter on the `event` relationship for a scope. 'all' means every public event and items
 * that name none (news may); an item of a draft event is never listed for the public.
 */
export function eventWhere(scope: EventScope, publicIds: readonly (number | string)[]): Where {
  if (scope !== 'all') return { event: { equals: scope } }
  const none: Where = { event: { exists: false } }
  return publicIds.length ? { or: [none, { event: { in: [...publicIds] } }] } : none
}

/** Whether an item may be shown to the public: it names no event, or a public one. */
export const inPublicEvent = (
  ref: Related,
  publicEvents: ReadonlyMap<string, unknown>,
): boolean => {
  const id = idOf(ref)
  return id === null || publicEvents.has(id)
}

/** The event an item names, as a page shows it; null for none (or one the public may not see). */
export function eventRefOf(
  ref: Related,
  publicEvents: ReadonlyMap<string, Pick<Event, 'id' | 'slug' | 'name' | 'shortName'>>,
): EventRef | null {
  const id = idOf(ref)
  const event = id === null ? undefined : publicEvents.get(id)
  if (!event?.slug) return null
  return {
    id: String(event.id),
    slug: event.slug,
    name: event.name,
    shortName: event.shortName || event.name,
  }
}

/** A scope's part of a cache key. */
export const scopeKey = (scope: EventScope): string => (scope === 'all' ? 'all' : `e${scope}`)
