import type { Session } from '~/cms/payload-types'
import type { Locale } from '../i18n/locales'
import { cached } from './cache'
import { payloadClient } from './payload'

export type SessionView = Pick<Session, 'startsAt' | 'endsAt' | 'type' | 'pressAccess'> & {
  id: string
  title: string
  description: string
  venue: string
}

/** The whole programme in order; the schedule is public. */
export function listSessions(locale: Locale): Promise<SessionView[]> {
  return cached(`sessions:${locale}`, async () => {
    const payload = await payloadClient()
    const { docs } = await payload.find({
      collection: 'sessions',
      locale,
      sort: 'startsAt',
      pagination: false,
      depth: 0,
      overrideAccess: false,
      user: null,
    })
    return docs.map((doc) => ({
      id: String(doc.id),
      title: doc.title,
      description: doc.description ?? '',
      venue: doc.venue ?? '',
      startsAt: doc.startsAt,
      endsAt: doc.endsAt,
      type: doc.type,
      pressAccess: doc.pressAccess,
    }))
  })
}
