import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

import fontkit from '@pdf-lib/fontkit'
import { PDFDocument, type PDFFont, rgb } from 'pdf-lib'
import QRCode from 'qrcode'

/**
 * The printable badge: an A6 card with the portrait, name, outlet, role, days, zones and the
 * signed QR code. Vietnamese needs a full Unicode font, embedded (subset) from the DejaVu npm
 * package, so every diacritic prints on any machine.
 */
export type BadgeContent = {
  eventName: string
  title: string
  passNumber: string
  version: number
  fullName: string
  outlet: string
  role: string
  days: string
  zones: string
  portraitJpeg: Uint8Array
  qrToken: string
}

const A6 = { width: 297.64, height: 419.53 }
const BRAND = rgb(0.65, 0.106, 0.106)
const require = createRequire(import.meta.url)
let fonts: { regular: Uint8Array; bold: Uint8Array } | undefined

/** DejaVu Sans (regular and bold): every Vietnamese diacritic, embedded in the PDFs we make. */
export function fontBytes() {
  fonts ??= {
    regular: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')),
    bold: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf')),
  }
  return fonts
}

/** Shrinks a line until it fits the card's width. */
function fitted(font: PDFFont, text: string, size: number, maxWidth: number): number {
  let fitting = size
  while (fitting > 6 && font.widthOfTextAtSize(text, fitting) > maxWidth) fitting -= 0.5
  return fitting
}

export async function renderBadgePdf(content: BadgeContent): Promise<Uint8Array> {
  const pdf = await PDFDocument.create()
  pdf.registerFontkit(fontkit)
  pdf.setTitle(`${content.title} ${content.passNumber}`)
  pdf.setCreator('Congress Press Portal')
  const regular = await pdf.embedFont(fontBytes().regular, { subset: true })
  const bold = await pdf.embedFont(fontBytes().bold, { subset: true })
  const page = pdf.addPage([A6.width, A6.height])
  const margin = 18
  const width = A6.width - 2 * margin
  const centred = (
    text: string,
    y: number,
    font: PDFFont,
    size: number,
    color = rgb(0.1, 0.1, 0.1),
  ) => {
    const s = fitted(font, text, size, width)
    page.drawText(text, {
      x: (A6.width - font.widthOfTextAtSize(text, s)) / 2,
      y,
      size: s,
      font,
      color,
    })
  }

  page.drawRectangle({ x: 0, y: A6.height - 46, width: A6.width, height: 46, color: BRAND })
  centred(content.eventName, A6.height - 22, bold, 9, rgb(1, 1, 1))
  centred(
    `${content.title.toUpperCase()} · ${content.passNumber} · v${content.version}`,
    A6.height - 37,
    regular,
    8,
    rgb(1, 0.92, 0.6),
  )

  const portrait = await pdf.embedJpg(content.portraitJpeg)
  const photo = { width: 84, height: 112 }
  page.drawImage(portrait, { x: margin, y: A6.height - 60 - photo.height, ...photo })
  const qr = await pdf.embedPng(
    await QRCode.toBuffer(content.qrToken, {
      type: 'png',
      errorCorrectionLevel: 'M',
      margin: 1,
      scale: 6,
    }),
  )
  const qrSize = 150
  page.drawImage(qr, {
    x: A6.width - margin - qrSize,
    y: A6.height - 60 - qrSize,
    width: qrSize,
    height: qrSize,
  })

  let y = A6.height - 60 - qrSize - 28
  centred(content.fullName, y, bold, 16)
  y -= 20
  centred(content.outlet, y, regular, 10)
  y -= 16
  centred(content.role, y, bold, 11, BRAND)
  y -= 26
  centred(content.days, y, regular, 9)
  centred(content.zones, y - 14, regular, 9)
  return pdf.save()
}
