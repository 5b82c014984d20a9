import { readFile, unlink } from 'node:fs/promises'
import path from 'node:path'

import type { PayloadRequest } from 'payload'
import { extractID } from 'payload/shared'

import { inTransaction } from '~/cms/db/inTransaction'
import { poolGalleryTitle } from '~/cms/lib/poolPhotos/poolPhotoRules'
import { canEditContent } from '~/cms/lib/roles'
import { now } from '~/cms/lib/time'
import type { Gallery, Media, PoolPhoto, Session } from '~/cms/payload-types'
import { MEDIA_DIR, POOL_PHOTOS_DIR } from '~/cms/paths'
import { refusePoolPhoto } from '../refusals'

export type ReleasePoolPhotosResult = {
  released: (number | string)[]
  /** Already public: released once, never twice. */
  skipped: (number | string)[]
  galleries: (number | string)[]
}

/**
 * An editor makes chosen pool photos public: each becomes a media document (web sizes made by
 * sharp; its credit and caption carried over) added to the session's pool gallery, which is
 * created published ("Ảnh pool: <session>") the first time. The public never gets the pool
 * original: media keeps at most 2,400 px and serves the public only its sized copies. All in one
 * transaction; media files written for a rolled-back release are removed.
 */
export async function releasePoolPhotos(
  req: PayloadRequest,
  input: { ids: (number | string)[] },
): Promise<ReleasePoolPhotosResult> {
  if (!canEditContent(req.user)) refusePoolPhoto(req, 'not-editor')
  const ids = [...new Set(input.ids.map(String))].slice(0, 200)
  if (ids.length === 0) refusePoolPhoto(req, 'nothing-chosen')
  const written: Media[] = []
  return inTransaction(
    req,
    async (req) => {
      const { docs: photos } = await req.payload.find({
        collection: 'pool-photos',
        where: { id: { in: ids } },
        depth: 0,
        pagination: false,
        overrideAccess: true,
        req,
      })
      if (photos.length !== ids.length) refusePoolPhoto(req, 'no-such-photo')
      const result: ReleasePoolPhotosResult = { released: [], skipped: [], galleries: [] }
      const bySession = new Map<string, PoolPhoto[]>()
      for (const photo of photos) {
        if (photo.released) {
          result.skipped.push(photo.id)
          continue
        }
        const key = String(extractID(photo.session))
        bySession.set(key, [...(bySession.get(key) ?? []), photo])
      }
      for (const [sessionId, chosen] of bySession) {
        const session = await req.payload.findByID({
          collection: 'sessions',
          id: sessionId,
          depth: 0,
          locale: 'vi',
          overrideAccess: true,
          req,
        })
        const copies: { photo: PoolPhoto; media: Media }[] = []
        for (const photo of chosen) {
          const media = await publicCopy(req, photo, session)
          written.push(media)
          copies.push({ photo, media })
        }
        const gallery = await addToPoolGallery(
          req,
          session,
          copies.map(({ photo, media }) => ({
            image: media.id,
            caption: photo.caption || null,
            credit: photo.credit,
          })),
        )
        for (const { photo, media } of copies) {
          await req.payload.update({
            collection: 'pool-photos',
            id: photo.id,
            overrideAccess: true,
            req,
            data: {
              released: true,
              releasedAt: now().toISOString(),
              releasedMedia: media.id,
              gallery: gallery.id,
            },
          })
          result.released.push(photo.id)
        }
        result.galleries.push(gallery.id)
      }
      return result
    },
    () => removeMediaFiles(written),
  )
}

/** A media document made from the pool original: sized by the media collection, credit kept. */
async function publicCopy(req: PayloadRequest, photo: PoolPhoto, session: Session): Promise<Media> {
  const data = await readFile(path.join(POOL_PHOTOS_DIR, path.basename(photo.filename ?? '')))
  return req.payload.create({
    collection: 'media',
    overrideAccess: true,
    req,
    locale: 'vi',
    data: {
      alt: photo.caption || poolGalleryTitle(session.title, 'vi'),
      credit: photo.credit ?? null,
    },
    file: {
      data,
      mimetype: 'image/jpeg',
      name: `pool-${photo.id}.jpg`,
      size: data.length,
    },
  })
}

/**
 * The session's pool gallery: the one an earlier release made (found through its photos), or a
 * new published one. Its status stays whatever an editor has made it since.
 */
async function addToPoolGallery(
  req: PayloadRequest,
  session: Session,
  entries: NonNullable<Gallery['photos']>,
): Promise<Gallery> {
  const { docs: earlier } = await req.payload.find({
    collection: 'pool-photos',
    where: { session: { equals: session.id }, gallery: { exists: true } },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  const galleryId = earlier[0]?.gallery ? extractID(earlier[0].gallery) : null
  const existing = galleryId
    ? await req.payload
        .findByID({
          collection: 'galleries',
          id: galleryId,
          depth: 0,
          draft: true,
          locale: 'vi',
          overrideAccess: true,
          req,
        })
        .catch(() => null)
    : null
  if (existing) {
    const photos = [
      ...(existing.photos ?? []).map(({ image, caption, credit }) => ({
        image: extractID(image),
        caption,
        credit,
      })),
      ...entries,
    ]
    return req.payload.update({
      collection: 'galleries',
      id: existing.id,
      locale: 'vi',
      overrideAccess: true,
      req,
      data: { photos, _status: existing._status ?? 'published' },
    })
  }
  const created = await req.payload.create({
    collection: 'galleries',
    locale: 'vi',
    overrideAccess: true,
    req,
    data: {
      event: session.event == null ? undefined : extractID(session.event),
      title: poolGalleryTitle(session.title, 'vi'),
      summary: session.title,
      photos: entries,
      _status: 'published',
    },
  })
  const english = await req.payload
    .findByID({ collection: 'sessions', id: session.id, depth: 0, locale: 'en', req })
    .catch(() => null)
  return req.payload.update({
    collection: 'galleries',
    id: created.id,
    locale: 'en',
    overrideAccess: true,
    req,
    data: { title: poolGalleryTitle(english?.title || session.title, 'en') },
  })
}

const removeMediaFiles = async (written: Media[]) => {
  const names = written.flatMap((media) => [
    media.filename,
    ...Object.values(media.sizes ?? {}).map((size) => size?.filename),
  ])
  await Promise.all(
    names
      .filter((name): name is string => Boolean(name))
      .map((name) => unlink(path.join(MEDIA_DIR, path.basename(name))).catch(() => undefined)),
  )
}
