import type { Access, Where } from 'payload'

import type { Journalist } from '~/cms/payload-types'
import { accreditedEventsOf, passesOf } from '~/cms/poolphotos/pressPasses'
import { isStaff } from '../lib/roles'
import { isAccreditedJournalist } from './isAccreditedJournalist'

/**
 * Pool photos and their files (originals and previews): staff, and the accredited press of the
 * photo's event — a journalist holding a valid pass for it. Nobody else, on any channel: Payload's
 * file route asks this too (with `isReadingStaticFile`) and applies the same filter.
 */
export const readPoolPhotos: Access = async ({ req }): Promise<Where | boolean> => {
  // A condition, not `true`: Payload's file route then looks the file up first, so a file that is
  // not there answers 404 (through answerNotFoundWhenRefused) instead of failing to open it (500).
  if (isStaff(req.user)) return { id: { exists: true } }
  if (!isAccreditedJournalist(req)) return false
  const events = accreditedEventsOf(await passesOf(req, req.user as unknown as Journalist))
  return events.length > 0 ? { event: { in: events } } : false
}
