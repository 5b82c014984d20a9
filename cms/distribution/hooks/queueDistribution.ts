import type { CollectionAfterChangeHook } from 'payload'

import type { PressRelease } from '~/cms/payload-types'
import { queueReleaseCopy } from '../queue'

/**
 * A release published (by an editor, or by scheduled publishing), or published with a new
 * embargo or publication time: its two copies are queued for when they are due. Saving a draft,
 * or re-saving a published release unchanged, queues nothing. A failure to queue is logged and
 * never blocks publishing (the editor can re-save to try again).
 */
export const queueDistribution: CollectionAfterChangeHook<PressRelease> = async ({
  doc,
  previousDoc,
  req,
}) => {
  if (doc._status !== 'published') return doc
  const changed =
    previousDoc?._status !== 'published' ||
    previousDoc.embargoUntil !== doc.embargoUntil ||
    previousDoc.publishedAt !== doc.publishedAt
  if (!changed) return doc
  try {
    await queueReleaseCopy(req, doc, 'press')
    await queueReleaseCopy(req, doc, 'public')
  } catch (error) {
    req.payload.logger.error({ err: error, release: doc.id }, 'could not queue the distribution')
  }
  return doc
}
