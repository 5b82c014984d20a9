import { decoder, failureCode, inspect } from './normaliseImages'

/** Below this a pool photo is a thumbnail, not a picture anyone could print. */
export const POOL_PHOTO_MIN_SIDE = 320

/**
 * A pool photographer's picture as the press will get it: full resolution, the orientation the
 * camera recorded applied to the pixels, EXIF (GPS position, serial numbers) and ICC comments
 * dropped, re-encoded as a high-quality JPEG we made ourselves.
 */
export async function normalisePoolPhoto(
  bytes: Uint8Array,
): Promise<
  | { ok: true; jpeg: Buffer; width: number; height: number }
  | { ok: false; code: 'too_small' | 'too_many_pixels' | 'not_image' }
> {
  const inspection = await inspect(bytes)
  if (!inspection.ok) return inspection
  if (Math.min(inspection.width, inspection.height) < POOL_PHOTO_MIN_SIDE)
    return { ok: false, code: 'too_small' }
  try {
    const jpeg = await decoder(bytes, inspection.hasAlpha)
      .jpeg({ quality: 92, mozjpeg: true })
      .toBuffer()
    return { ok: true, jpeg, width: inspection.width, height: inspection.height }
  } catch (error) {
    return { ok: false, code: failureCode(error) }
  }
}
