import type { Access, Where } from 'payload'

import { documentReadWhere, releaseReadWhere } from '../lib/embargo'
import { now } from '../lib/time'
import { audienceOf } from './audience'

/** Press releases: the embargo holds for every reader at the moment of reading, whatever the channel. */
export const readReleases: Access = ({ req }) => releaseReadWhere(audienceOf(req), now())

/**
 * Documents and release attachments. A document attached to a release follows that release:
 * the reader must be able to see the release itself, so its embargo holds for the file too.
 */
export const readDocuments: Access = async ({ req }) => {
  const audience = audienceOf(req)
  if (audience === 'staff') return true
  const releases = await req.payload.find({
    collection: 'press-releases',
    where: releaseReadWhere(audience, now()) as never,
    pagination: false,
    depth: 0,
    select: {},
    overrideAccess: true,
    req,
  })
  const ownRule = documentReadWhere(audience, now())
  const standalone: Where =
    ownRule === true
      ? { release: { exists: false } }
      : { and: [{ release: { exists: false } }, ownRule] }
  return { or: [standalone, { release: { in: releases.docs.map((release) => release.id) } }] }
}
