import type { PayloadRequest } from 'payload'
import { extractID } from 'payload/shared'

import type { Event } from '~/cms/payload-types'

/** The event a record belongs to (its `event` field, an id or a populated doc), in a language. */
export async function eventOf(
  req: PayloadRequest,
  ref: number | Event | null | undefined,
  locale: 'vi' | 'en' = 'vi',
): Promise<Event | null> {
  if (ref == null) return null
  return req.payload.findByID({
    collection: 'events',
    id: extractID(ref),
    locale,
    depth: 0,
    overrideAccess: true,
    req,
    disableErrors: true,
  })
}
