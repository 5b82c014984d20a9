import { readFileSync } from 'node:fs'
import path from 'node:path'

import fontkit from '@pdf-lib/fontkit'
import { PDFDocument, type PDFFont, type PDFPage, rgb } from 'pdf-lib'
import QRCode from 'qrcode'

import { ROOT } from '~/cms/paths'

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
let fonts: { regular: Uint8Array; bold: Uint8Array } | undefined

/**
 * Where the DejaVu npm package keeps a font, found from the project root at run time: the admin's
 * bundler (Next) would otherwise try to bundle a path it can see, and knows no loader for TTF.
 */
const fontFile = (name: string) => path.join(ROOT, 'node_modules', 'dejavu-fonts-ttf', 'ttf', name)

/** DejaVu Sans (regular and bold): every Vietnamese diacritic, embedded in the PDFs we make. */
export function fontBytes() {
  fonts ??= {
    regular: readFileSync(fontFile('DejaVuSans.ttf')),
    bold: readFileSync(fontFile('DejaVuSans-Bold.ttf')),
  }
  return fonts
}

/** Shrinks a line until it fits the card's width. */
function fitted(font: PDFFont, text: string, size: number, maxWidth: number): number {
  let fitting = size
  while (fitting > 6 && font.widthOfTextAtSize(text, fitting) > maxWidth) fitting -= 0.5
  return fitting
}

type BadgeFonts = { regular: PDFFont; bold: PDFFont }

async function embedFonts(pdf: PDFDocument): Promise<BadgeFonts> {
  pdf.registerFontkit(fontkit)
  return {
    regular: await pdf.embedFont(fontBytes().regular, { subset: true }),
    bold: await pdf.embedFont(fontBytes().bold, { subset: true }),
  }
}

/**
 * The QR code as vector squares (one path, dark runs of each row merged), a one-module quiet zone
 * inside `size`: sharp at any printer's resolution, and ten times cheaper than a PNG, which pdf-lib
 * would decode and re-encode in JavaScript for every badge of a sheet.
 */
function drawQrCode(page: PDFPage, text: string, box: { x: number; top: number; size: number }) {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' })
  const count = modules.size
  let path = ''
  for (let row = 0; row < count; row += 1) {
    let col = 0
    while (col < count) {
      if (!modules.get(row, col)) {
        col += 1
        continue
      }
      const start = col
      while (col < count && modules.get(row, col)) col += 1
      path += `M${start + 1} ${row + 1}h${col - start}v1h${start - col}z`
    }
  }
  page.drawSvgPath(path, {
    x: box.x,
    y: box.top,
    scale: box.size / (count + 2),
    color: rgb(0, 0, 0),
    borderWidth: 0,
  })
}

/**
 * Draws one badge on a page, its lower-left corner at (x, y): the one layout of the badge, used by
 * the journalist's own A6 PDF (renderBadgePdf) and the press office's A4 sheets (renderBadgeSheet).
 */
async function drawBadge(
  pdf: PDFDocument,
  page: PDFPage,
  fonts: BadgeFonts,
  content: BadgeContent,
  at: { x: number; y: number } = { x: 0, y: 0 },
): Promise<void> {
  const { regular, bold } = fonts
  const margin = 18
  const width = A6.width - 2 * margin
  const top = at.y + A6.height
  const centred = (
    text: string,
    y: number,
    font: PDFFont,
    size: number,
    color = rgb(0.1, 0.1, 0.1),
  ) => {
    const s = fitted(font, text, size, width)
    page.drawText(text, {
      x: at.x + (A6.width - font.widthOfTextAtSize(text, s)) / 2,
      y,
      size: s,
      font,
      color,
    })
  }

  page.drawRectangle({ x: at.x, y: top - 46, width: A6.width, height: 46, color: BRAND })
  centred(content.eventName, top - 22, bold, 9, rgb(1, 1, 1))
  centred(
    `${content.title.toUpperCase()} · ${content.passNumber} · v${content.version}`,
    top - 37,
    regular,
    8,
    rgb(1, 0.92, 0.6),
  )

  const portrait = await pdf.embedJpg(content.portraitJpeg)
  const photo = { width: 84, height: 112 }
  page.drawImage(portrait, { x: at.x + margin, y: top - 60 - photo.height, ...photo })
  const qrSize = 150
  drawQrCode(page, content.qrToken, {
    x: at.x + A6.width - margin - qrSize,
    top: top - 60,
    size: qrSize,
  })

  let y = top - 60 - qrSize - 28
  centred(content.fullName, y, bold, 16)
  y -= 20
  centred(content.outlet, y, regular, 10)
  y -= 16
  centred(content.role, y, bold, 11, BRAND)
  y -= 26
  centred(content.days, y, regular, 9)
  centred(content.zones, y - 14, regular, 9)
}

/** The journalist's own badge: one A6 page. */
export async function renderBadgePdf(content: BadgeContent): Promise<Uint8Array> {
  const pdf = await PDFDocument.create()
  pdf.setTitle(`${content.title} ${content.passNumber}`)
  pdf.setCreator('Congress Press Portal')
  const fonts = await embedFonts(pdf)
  const page = pdf.addPage([A6.width, A6.height])
  await drawBadge(pdf, page, fonts, content)
  return pdf.save()
}

const A4 = { width: 595.28, height: 841.89 }
/** Where the four badges of a sheet sit (2 × 2, in reading order); A4 is 1 mm taller than two A6. */
const SLOTS = (() => {
  const bottom = (A4.height - 2 * A6.height) / 2
  return [
    { x: 0, y: bottom + A6.height },
    { x: A6.width, y: bottom + A6.height },
    { x: 0, y: bottom },
    { x: A6.width, y: bottom },
  ]
})()

/**
 * Crop marks on the cut lines between the four badges: ticks at the sheet's edges and a cross
 * where the cuts meet, black on a white halo so they show on the red band as on paper.
 */
function drawCropMarks(page: PDFPage): void {
  const bottom = SLOTS[2]!.y
  const middle = { x: A6.width, y: bottom + A6.height }
  const tick = 14
  const lines: [number, number, number, number][] = [
    // The vertical cut, at the top and bottom edges, and the horizontal one, at the left and right.
    [middle.x, A4.height, middle.x, A4.height - tick],
    [middle.x, 0, middle.x, tick],
    [0, middle.y, tick, middle.y],
    [A4.width, middle.y, A4.width - tick, middle.y],
    // The cross in the middle.
    [middle.x - tick / 2, middle.y, middle.x + tick / 2, middle.y],
    [middle.x, middle.y - tick / 2, middle.x, middle.y + tick / 2],
    // The outer cuts (1 mm above and below the badges), at the sheet's corners.
    ...[bottom, bottom + 2 * A6.height].flatMap((y): [number, number, number, number][] => [
      [0, y, tick, y],
      [A4.width, y, A4.width - tick, y],
    ]),
  ]
  for (const [thickness, color] of [
    [2, rgb(1, 1, 1)],
    [0.5, rgb(0, 0, 0)],
  ] as const)
    for (const [x1, y1, x2, y2] of lines)
      page.drawLine({ start: { x: x1, y: y1 }, end: { x: x2, y: y2 }, thickness, color })
}

export type SheetOptions = {
  title: string
  /** Passes left out and why: listed on a last page (as the request's language reads it). */
  skipped?: { heading: string; lines: string[] }
}

/**
 * The press office's print run: four A6 badges per A4 sheet (2 × 2, portrait, print at 100 %),
 * crop marks on the cut lines, the fonts embedded once for the whole document.
 */
export async function renderBadgeSheet(
  badges: BadgeContent[],
  options: SheetOptions,
): Promise<Uint8Array> {
  const pdf = await PDFDocument.create()
  pdf.setTitle(options.title)
  pdf.setCreator('Congress Press Portal')
  const fonts = await embedFonts(pdf)
  let page: PDFPage | null = null
  for (const [index, badge] of badges.entries()) {
    if (index % 4 === 0) {
      if (page) drawCropMarks(page)
      page = pdf.addPage([A4.width, A4.height])
    }
    await drawBadge(pdf, page!, fonts, badge, SLOTS[index % 4])
  }
  if (page) drawCropMarks(page)
  if (options.skipped?.lines.length) {
    let list = pdf.addPage([A4.width, A4.height])
    let y = A4.height - 60
    list.drawText(options.skipped.heading, { x: 50, y, size: 14, font: fonts.bold })
    for (const line of options.skipped.lines) {
      y -= 18
      if (y < 50) {
        list = pdf.addPage([A4.width, A4.height])
        y = A4.height - 60
      }
      list.drawText(line, { x: 50, y, size: 10, font: fonts.regular })
    }
  }
  return pdf.save()
}
