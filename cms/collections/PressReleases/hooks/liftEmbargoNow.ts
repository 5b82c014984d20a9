import type { CollectionBeforeChangeHook } from 'payload'

import { now } from '~/cms/lib/time'

/** The "lift embargo now" box: the embargo ends at this moment and the box clears itself. */
export const liftEmbargoNow: CollectionBeforeChangeHook = ({ data }) => {
  if (!data.liftEmbargoNow) return data
  return { ...data, embargoUntil: now().toISOString(), liftEmbargoNow: false }
}
