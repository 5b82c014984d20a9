import type { Media } from '~/cms/payload-types'

import type { Locale } from '../i18n/locales'
import { payloadClient } from './payload'

export type Picture = {
  alt: string
  width: number
  height: number
  fallback: string
  sources: { type: string; srcset: string }[]
}

type Size = NonNullable<Media['sizes']>[keyof NonNullable<Media['sizes']>]

export const mediaUrl = (filename?: string | null) =>
  filename ? `/media/${encodeURIComponent(filename)}` : null

const srcset = (...sizes: (Size | undefined)[]) =>
  sizes
    .filter((size): size is NonNullable<Size> => Boolean(size?.filename && size.width))
    .map((size) => `${mediaUrl(size.filename)} ${size.width}w`)
    .join(', ')

/**
 * A `<picture>` description for a media document: AVIF, then WebP, then JPEG as the fallback.
 * `crop` uses the 16:9 card sizes; `whole` keeps the photo's own shape (galleries, lightbox).
 */
export function toPicture(
  media: Media | number | null | undefined,
  shape: 'crop' | 'whole' = 'crop',
): Picture | null {
  if (!media || typeof media === 'number' || !media.filename) return null
  const sizes = media.sizes ?? {}
  const [avif, webp, jpeg] =
    shape === 'crop'
      ? [srcset(sizes.cardAvif, sizes.heroAvif), srcset(sizes.card, sizes.hero), sizes.cardJpeg]
      : [srcset(sizes.heroAvif), srcset(sizes.hero), sizes.heroJpeg]
  const box = shape === 'crop' ? sizes.card : sizes.heroJpeg
  return {
    alt: media.alt ?? '',
    width: box?.width ?? media.width ?? 800,
    height: box?.height ?? media.height ?? 450,
    fallback:
      mediaUrl(jpeg?.filename) ?? mediaUrl(sizes.cardJpeg?.filename) ?? mediaUrl(media.filename)!,
    sources: [
      ...(avif ? [{ type: 'image/avif', srcset: avif }] : []),
      ...(webp ? [{ type: 'image/webp', srcset: webp }] : []),
    ],
  }
}

/**
 * Media documents by id, in one read (a list's pictures: not every photo of every gallery, as
 * populating the list would). Ids already populated or missing are skipped.
 */
export async function mediaById(
  locale: Locale,
  refs: (Media | number | string | null | undefined)[],
): Promise<Map<string, Media>> {
  const ids = [...new Set(refs.filter((ref) => typeof ref === 'number' || typeof ref === 'string'))]
  if (ids.length === 0) return new Map<string, Media>()
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'media',
    // The alternative text is the reader's language's.
    locale,
    where: { id: { in: ids } },
    limit: ids.length,
    depth: 0,
    overrideAccess: false,
    user: null,
  })
  return new Map(docs.map((doc) => [String(doc.id), doc]))
}
