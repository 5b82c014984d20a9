import { daysToCome } from '~/cms/lib/events/eventRules'
import { now } from '~/cms/lib/time'
import type { Locale } from '../i18n/locales'
import { cached } from './cache'
import { getFeaturedEvent } from './events'
import { payloadClient } from './payload'

export type FormOptions = {
  outlets: { id: string; name: string; scope: string }[]
  days: string[]
  rulesVersion: string
  eventId: string
  eventName: string
}

/** What the application form offers: the outlets accepting applications, the congress days, the rules version. */
export function getApplicationFormOptions(locale: Locale): Promise<FormOptions> {
  return cached(`accreditation:form:${locale}`, async () => {
    const payload = await payloadClient()
    const [outlets, event, rules] = await Promise.all([
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
      getFeaturedEvent(locale),
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
      days: event ? daysToCome(event, now()) : [],
      rulesVersion: rules.version ?? '',
      eventId: event ? String(event.id) : '',
      eventName: event?.name ?? '',
    }
  })
}
