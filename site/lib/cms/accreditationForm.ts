import {
  applicationWindow,
  nextWindowChange,
  type WindowState,
} from '~/cms/lib/accreditation/applicationWindow'
import { daysToCome, pickFeatured } from '~/cms/lib/events/eventRules'
import { now } from '~/cms/lib/time'
import type { Event } from '~/cms/payload-types'
import type { Locale } from '../i18n/locales'
import { cached } from './cache'
import { listEvents } from './events'
import { payloadClient } from './payload'

export type OpenEventLink = { slug: string; name: string; closesAt: string | null }

export type FormOptions = {
  outlets: { id: string; name: string; scope: string }[]
  /** The event applied for: the one asked for by `?event=<slug>`, else the featured one. */
  eventId: string
  eventSlug: string
  eventName: string
  /** Whether it takes applications now and, if not, why (and since or until when). */
  window: WindowState
  /** Its days still to come (none while closed). */
  days: string[]
  rulesVersion: string
  /** The other events taking applications now, to offer instead. */
  otherOpenEvents: OpenEventLink[]
  /** When this answer may change by itself (the window opens or closes, a day passes). */
  validUntil: string
}

/** The outlets accepting applications and the rules version in force: public, cached a few seconds. */
export function outletsAndRules(locale: Locale) {
  return cached(`accreditation:form:${locale}`, async () => {
    const payload = await payloadClient()
    const [outlets, rules] = await Promise.all([
      payload.find({
        collection: 'outlets',
        where: { active: { equals: true } },
        sort: 'name',
        pagination: false,
        depth: 0,
        overrideAccess: false,
        user: null,
        select: { name: true, scope: true },
      }),
      payload.findGlobal({
        slug: 'press-rules',
        depth: 0,
        overrideAccess: false,
        user: null,
        select: { version: true },
      }),
    ])
    return {
      outlets: outlets.docs.map((outlet) => ({
        id: String(outlet.id),
        name: outlet.name,
        scope: outlet.scope,
      })),
      rulesVersion: rules.version ?? '',
    }
  })
}

/**
 * What the application form offers for one event. The events and outlets come from the public
 * cache, but whether the window is open and which days are left are worked out at every call from
 * the clock, so the form opens and closes by itself at the window's times. Null for an event
 * address that names no public event.
 */
export async function getApplicationFormOptions(
  locale: Locale,
  eventSlug?: string | null,
): Promise<FormOptions | null> {
  const at = now()
  const [{ outlets, rulesVersion }, events] = await Promise.all([
    outletsAndRules(locale),
    listEvents(locale),
  ])
  const event: Event | null = eventSlug
    ? (events.find((candidate) => candidate.slug === eventSlug) ?? null)
    : pickFeatured(events, at)
  if (eventSlug && !event) return null
  const window: WindowState = event
    ? applicationWindow(event, at)
    : { open: false, reason: 'draft' }
  return {
    outlets,
    eventId: event ? String(event.id) : '',
    eventSlug: event?.slug ?? '',
    eventName: event?.name ?? '',
    window,
    days: event && window.open ? daysToCome(event, at) : [],
    rulesVersion: event?.pressRulesVersion || rulesVersion,
    otherOpenEvents: events
      .filter((other) => other.id !== event?.id && applicationWindow(other, at).open)
      .map((other) => ({
        slug: other.slug ?? '',
        name: other.name,
        closesAt: other.accreditationClosesAt ?? null,
      })),
    validUntil: (event
      ? nextWindowChange(event, at)
      : new Date(at.getTime() + 60_000)
    ).toISOString(),
  }
}
