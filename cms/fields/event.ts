import type { RelationshipField } from 'payload'

import { featuredEvent } from '~/cms/events/featuredEvent'

/** Every collection whose records belong to an event (the `event` field below). */
export const EVENT_OWNED_COLLECTIONS = [
  'accreditation-requests',
  'passes',
  'check-ins',
  'sessions',
  'press-releases',
  'galleries',
  'documents',
  'news',
] as const

/**
 * The event a record belongs to. New records default to the featured event, so a press officer
 * working on the current congress never has to pick it. Required by validation rather than by a
 * NOT NULL column, so adding it to a table with rows never rebuilds that table.
 */
export function eventField({ required = true } = {}): RelationshipField {
  return {
    name: 'event',
    type: 'relationship',
    relationTo: 'events',
    index: true,
    label: { vi: 'Sự kiện', en: 'Event' },
    admin: { position: 'sidebar' },
    defaultValue: async ({ req }) =>
      req ? ((await featuredEvent(req))?.id ?? undefined) : undefined,
    validate: (value: unknown) =>
      !required || value != null ? true : 'Hãy chọn sự kiện / Choose the event this belongs to.',
  }
}
