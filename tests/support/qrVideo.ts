import { writeFileSync } from 'node:fs'

import QRCode from 'qrcode'
import sharp from 'sharp'

/**
 * A Y4M video (what Chromium's fake camera plays) showing a QR code: a real camera's view of a
 * phone pass, for scanning tests. 640×480, I420, a few identical frames.
 */
export async function writeQrVideo(file: string, text: string, frames = 10): Promise<void> {
  const width = 640
  const height = 480
  const qr = await QRCode.toBuffer(text, {
    type: 'png',
    margin: 4,
    width: 440,
    errorCorrectionLevel: 'M',
  })
  const { data } = await sharp({ create: { width, height, channels: 3, background: '#ffffff' } })
    .composite([{ input: qr, gravity: 'centre' }])
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true })
  const y = Buffer.alloc(width * height)
  const u = Buffer.alloc((width / 2) * (height / 2), 128)
  const v = Buffer.alloc((width / 2) * (height / 2), 128)
  for (let i = 0; i < width * height; i++) {
    const [r, g, b] = [data[i * 3]!, data[i * 3 + 1]!, data[i * 3 + 2]!]
    y[i] = Math.round(0.257 * r + 0.504 * g + 0.098 * b + 16)
  }
  const frame = Buffer.concat([Buffer.from('FRAME\n'), y, u, v])
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`)
  writeFileSync(file, Buffer.concat([header, ...Array.from({ length: frames }, () => frame)]))
}
