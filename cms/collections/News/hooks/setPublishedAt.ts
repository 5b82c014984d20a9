import type { CollectionBeforeChangeHook } from 'payload'

import { now } from '~/cms/lib/time'

/** A document published without a publication time gets "now", so lists sort and feeds date it. */
export const setPublishedAt: CollectionBeforeChangeHook = ({ data }) => {
  if (data._status === 'published' && !data.publishedAt)
    return { ...data, publishedAt: now().toISOString() }
  return data
}
