import type { Access } from 'payload'

import type { Journalist } from '~/cms/payload-types'
import { accreditedEventsOf, passesOf } from '~/cms/poolphotos/pressPasses'
import { isStaff } from '../lib/roles'
import { isAccreditedJournalist } from './isAccreditedJournalist'

/**
 * Pool photos and their files (originals and previews): staff, and the accredited press of the
 * photo's event — a journalist holding a valid pass for it. Nobody else, on any channel: Payload's
 * file route asks this too (with `isReadingStaticFile`) and applies the same filter.
 */
export const readPoolPhotos: Access = async ({ req }) => {
  if (isStaff(req.user)) return true
  if (!isAccreditedJournalist(req)) return false
  const events = accreditedEventsOf(await passesOf(req, req.user as unknown as Journalist))
  return events.length > 0 ? { event: { in: events } } : false
}
