import jsQR from 'jsqr'
import sharp from 'sharp'

/** Reads the QR code in an SVG the way a scanner would: rendered to pixels, decoded by jsQR. */
export async function decodeQrSvg(svg: string): Promise<string | null> {
  const { data, info } = await sharp(Buffer.from(svg))
    .resize(400, 400)
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true })
  return (
    jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height)
      ?.data ?? null
  )
}
