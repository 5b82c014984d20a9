import fontkit from '@pdf-lib/fontkit'
import { PDFDocument, rgb } from 'pdf-lib'

import { fontBytes } from '../lib/passes/badgePdf'

/** A small A4 PDF with a title and paragraphs, for demo documents (DejaVu Sans for Vietnamese). */
export async function renderDemoPdf(title: string, paragraphs: readonly string[]): Promise<Buffer> {
  const pdf = await PDFDocument.create()
  pdf.registerFontkit(fontkit)
  pdf.setTitle(title)
  pdf.setCreator('Congress Press Portal (demo)')
  const regular = await pdf.embedFont(fontBytes().regular, { subset: true })
  const bold = await pdf.embedFont(fontBytes().bold, { subset: true })
  const page = pdf.addPage([595.28, 841.89])
  const margin = 56
  const width = 595.28 - 2 * margin
  let y = 841.89 - margin
  const write = (text: string, font = regular, size = 11) => {
    let line = ''
    for (const word of text.split(' ')) {
      const next = line ? `${line} ${word}` : word
      if (font.widthOfTextAtSize(next, size) > width && line) {
        page.drawText(line, { x: margin, y, size, font, color: rgb(0.1, 0.1, 0.1) })
        y -= size * 1.5
        line = word
      } else line = next
    }
    if (line) page.drawText(line, { x: margin, y, size, font, color: rgb(0.1, 0.1, 0.1) })
    y -= size * 2
  }
  write(title, bold, 16)
  for (const paragraph of paragraphs) write(paragraph)
  return Buffer.from(await pdf.save())
}
