import type { Media } from '../../../cms/payload-types'

export type Picture = {
  alt: string
  width: number
  height: number
  fallback: string
  sources: { type: string; srcset: string }[]
}

const mediaUrl = (filename?: string | null) => (filename ? `/media/${encodeURIComponent(filename)}` : null)

/** A `<picture>` description for a media document: WebP sizes first, JPEG as the fallback. */
export function toPicture(media: Media | number | null | undefined): Picture | null {
  if (!media || typeof media === 'number' || !media.filename) return null
  const sizes = media.sizes ?? {}
  const webp = [sizes.card, sizes.hero]
    .filter((size): size is NonNullable<typeof size> => Boolean(size?.filename && size.width))
    .map((size) => `${mediaUrl(size.filename)} ${size.width}w`)
  const fallback = mediaUrl(sizes.cardJpeg?.filename) ?? mediaUrl(media.filename)!
  return {
    alt: media.alt ?? '',
    width: sizes.card?.width ?? media.width ?? 800,
    height: sizes.card?.height ?? media.height ?? 450,
    fallback,
    sources: webp.length ? [{ type: 'image/webp', srcset: webp.join(', ') }] : [],
  }
}
