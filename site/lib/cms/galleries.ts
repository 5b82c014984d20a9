import path from 'node:path'

import { mayOpenOriginals } from '~/cms/access/mediaFiles'
import { MEDIA_DIR } from '~/cms/paths'
import type { Gallery, Media } from '~/cms/payload-types'
import type { Locale } from '../i18n/locales'
import { mediaById, type Picture, toPicture } from './images'
import {
  type EventRef,
  eventRefOf,
  type EventScope,
  eventWhere,
  inPublicEvent,
  scopeKey,
} from './eventScope'
import { pageStillExists } from './cache'
import { publicEventsById } from './events'
import { type MediaFile, openFile } from './media'
import { payloadClient } from './payload'
import { readAs, type Viewer } from './viewer'

export type GalleryPhoto = {
  id: string
  thumb: Picture
  large: Picture
  caption: string
  credit: string
  mediaId: string
}
export type GalleryCard = {
  slug: string
  title: string
  summary: string
  publishedAt: string | null
  cover: Picture | null
  count: number
  /** The event the gallery belongs to (null when it names none). */
  event: EventRef | null
}
export type GalleryView = GalleryCard & { photos: GalleryPhoto[]; updatedAt: string }

type Events = Awaited<ReturnType<typeof publicEventsById>>

/** `covers`: the cover photos by id, when the gallery was read without its pictures (a list). */
type CardFields = Pick<Gallery, 'id' | 'slug' | 'title' | 'summary' | 'publishedAt' | 'event'> & {
  photos?: { image: Gallery['photos'][number]['image'] }[] | null
}

const toCard = (doc: CardFields, events: Events, covers?: Map<string, Media>): GalleryCard => ({
  slug: doc.slug ?? String(doc.id),
  title: doc.title,
  summary: doc.summary ?? '',
  publishedAt: doc.publishedAt ?? null,
  cover: toPicture(covers ? covers.get(String(doc.photos?.[0]?.image)) : doc.photos?.[0]?.image),
  count: doc.photos?.length ?? 0,
  event: eventRefOf(doc.event, events),
})

export function listGalleries(
  locale: Locale,
  page = 1,
  limit = 12,
  event: EventScope = 'all',
): Promise<{ items: GalleryCard[]; page: number; totalPages: number }> {
  const key = `galleries:list:${locale}:${scopeKey(event)}:${page}:${limit}`
  return readAs(
    {},
    key,
    async () => {
      const payload = await payloadClient()
      const events = await publicEventsById(locale)
      const result = await payload.find({
        collection: 'galleries',
        locale,
        where: eventWhere(event, [...events.keys()]),
        page,
        limit,
        // The event stays an id (named from the events above); only the covers are read, below.
        depth: 0,
        sort: '-publishedAt',
        draft: false,
        overrideAccess: false,
        user: null,
        // What a card shows: the cover and the count (captions and credits are the page's).
        select: {
          slug: true,
          title: true,
          summary: true,
          publishedAt: true,
          event: true,
          photos: { image: true },
        },
      })
      const covers = await mediaById(
        locale,
        result.docs.map((doc) => doc.photos?.[0]?.image),
      )
      return {
        items: result.docs.map((doc) => toCard(doc, events, covers)),
        page: result.page ?? page,
        totalPages: Math.max(1, result.totalPages),
      }
    },
    pageStillExists(page),
  )
}

export function getGallery(
  locale: Locale,
  slug: string,
  viewer: Viewer = {},
): Promise<GalleryView | null> {
  return readAs(viewer, `galleries:item:${locale}:${slug}`, async () => {
    const payload = await payloadClient()
    const { docs } = await payload.find({
      collection: 'galleries',
      locale,
      where: { slug: { equals: slug } },
      limit: 1,
      depth: 1,
      draft: false,
      overrideAccess: false,
      user: viewer.user ?? null,
    })
    const doc = docs[0]
    const events = await publicEventsById(locale)
    if (!doc || !inPublicEvent(doc.event, events)) return null
    return toGalleryView(doc, events)
  })
}

/** A gallery as its page shows it (the published page and the editor's preview alike). */
export function toGalleryView(doc: Gallery, events: Events): GalleryView {
  const photos = (doc.photos ?? []).flatMap((photo, index) => {
    const thumb = toPicture(photo.image)
    const large = toPicture(photo.image, 'whole')
    if (!thumb || !large || typeof photo.image !== 'object') return []
    const alt = photo.caption || thumb.alt
    return [
      {
        id: photo.id ?? String(index),
        thumb: { ...thumb, alt },
        large: { ...large, alt },
        caption: photo.caption ?? '',
        credit: photo.credit ?? photo.image.credit ?? '',
        mediaId: String(photo.image.id),
      },
    ]
  })
  return { ...toCard(doc, events), photos, updatedAt: doc.updatedAt }
}

/**
 * The stored original of a gallery photo (the high-resolution file), for accredited journalists
 * and staff only (the same rule as Payload's file route); the public /media/ route serves only the
 * sized copies.
 */
export async function readOriginalPhoto(
  slug: string,
  mediaId: string,
  viewer: Viewer,
): Promise<(MediaFile & { filename: string }) | null> {
  if (
    !mayOpenOriginals({ user: viewer.user ?? null }) ||
    !/^\d{1,12}$|^[0-9a-f]{24}$/.test(mediaId)
  )
    return null
  const gallery = await getGallery('vi', slug, viewer)
  const photo = gallery?.photos.find((p) => p.mediaId === mediaId)
  if (!photo) return null
  const payload = await payloadClient()
  const media = await payload.findByID({
    collection: 'media',
    id: mediaId,
    depth: 0,
    overrideAccess: false,
    user: viewer.user ?? null,
    disableErrors: true,
  })
  if (!media?.filename || !media.mimeType) return null
  const file = await openFile(path.join(MEDIA_DIR, path.basename(media.filename)), media.mimeType)
  return file ? { ...file, filename: media.filename } : null
}
