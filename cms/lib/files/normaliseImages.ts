import sharp, { type Sharp } from 'sharp'

/**
 * Re-encodes every accepted photo so that what we store and print is a fresh JPEG we made:
 * EXIF (camera, GPS position, owner), ICC profiles and comments are gone, the orientation a phone
 * recorded is applied to the pixels, and a portrait has the size the press pass layout expects.
 */
export const PORTRAIT_SIZE = { width: 600, height: 800 } // 3:4, as on the printed pass
export const MAX_INPUT_PIXELS = 50_000_000

// Half the pass size in each direction: below this a printed portrait is too blurred to recognise a face.
const PORTRAIT_MIN = { width: 300, height: 400 }
// A4 at 300 dpi on the long side: a phone photo of a letter stays legible and its file stays small.
const LETTER_MAX_SIDE = 2480

// A second gate after judgeUpload: sharp also decodes GIF, TIFF, SVG and more, which we never take.
const DECODABLE_FORMATS = new Set(['jpeg', 'png', 'webp'])

type Inspection =
  | { ok: true; width: number; height: number; hasAlpha: boolean }
  | { ok: false; code: 'too_many_pixels' | 'not_image' }

/** Reads only the header, so a pixel bomb is refused before a single row is decoded. */
export async function inspect(bytes: Uint8Array): Promise<Inspection> {
  try {
    const meta = await sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS }).metadata()
    if (!DECODABLE_FORMATS.has(meta.format) || !meta.width || !meta.height)
      return { ok: false, code: 'not_image' }
    if (meta.width * meta.height > MAX_INPUT_PIXELS) return { ok: false, code: 'too_many_pixels' }
    const { width, height } = meta.autoOrient
    return { ok: true, width, height, hasAlpha: meta.hasAlpha }
  } catch (error) {
    return { ok: false, code: failureCode(error) }
  }
}

export function failureCode(error: unknown): 'too_many_pixels' | 'not_image' {
  return error instanceof Error && /exceeds pixel limit/i.test(error.message)
    ? 'too_many_pixels'
    : 'not_image'
}

/**
 * The photo upright. A JPEG is decoded at a half, a quarter or an eighth of its size when the
 * resize that follows allows it (sharp's shrink-on-load: a 12-megapixel portrait decodes as 3 MP).
 */
export function decoder(bytes: Uint8Array, hasAlpha: boolean): Sharp {
  const image = sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, sequentialRead: true }).rotate()
  // White behind transparent pixels: JPEG has no alpha, and sharp would otherwise show them as black.
  return hasAlpha ? image.flatten({ background: '#ffffff' }) : image
}

// libjpeg-turbo's encoder with optimised Huffman tables: mozjpeg's trellis search made files about
// a tenth smaller but took a third of the time of a whole 12-megapixel portrait.
const JPEG_OPTIONS = { optimiseCoding: true } as const

export async function normalisePortrait(
  bytes: Uint8Array,
): Promise<
  { ok: true; jpeg: Buffer } | { ok: false; code: 'too_small' | 'too_many_pixels' | 'not_image' }
> {
  const inspection = await inspect(bytes)
  if (!inspection.ok) return inspection
  if (inspection.width < PORTRAIT_MIN.width || inspection.height < PORTRAIT_MIN.height)
    return { ok: false, code: 'too_small' }
  try {
    const jpeg = await decoder(bytes, inspection.hasAlpha)
      .resize(PORTRAIT_SIZE.width, PORTRAIT_SIZE.height, { fit: 'cover', position: 'attention' })
      .jpeg({ ...JPEG_OPTIONS, quality: 85 })
      .toBuffer()
    return { ok: true, jpeg }
  } catch (error) {
    return { ok: false, code: failureCode(error) }
  }
}

/** An assignment letter photographed on a phone: kept legible, never enlarged, stripped of metadata. */
export async function normaliseLetterImage(
  bytes: Uint8Array,
): Promise<{ ok: true; jpeg: Buffer } | { ok: false; code: 'too_many_pixels' | 'not_image' }> {
  const inspection = await inspect(bytes)
  if (!inspection.ok) return inspection
  try {
    const jpeg = await decoder(bytes, inspection.hasAlpha)
      .resize(LETTER_MAX_SIDE, LETTER_MAX_SIDE, { fit: 'inside', withoutEnlargement: true })
      .jpeg({ ...JPEG_OPTIONS, quality: 88 })
      .toBuffer()
    return { ok: true, jpeg }
  } catch (error) {
    return { ok: false, code: failureCode(error) }
  }
}
