import { fileTypeFromBuffer } from 'file-type'

/**
 * What an uploaded file really is, decided from its bytes alone. A file's name and the type the
 * browser declares are chosen by the sender, so neither is an input here.
 */
export type UploadKind = 'portrait' | 'letter'
export type UploadErrorCode =
  'empty' | 'too_large' | 'heic' | 'svg' | 'html' | 'not_image' | 'not_pdf_or_image'

export const UPLOAD_MAX_BYTES = 10 * 1024 * 1024

type AcceptedMime = 'image/jpeg' | 'image/png' | 'image/webp' | 'application/pdf'
type AcceptedExt = 'jpg' | 'png' | 'webp' | 'pdf'

const IMAGE_TYPES: Record<string, AcceptedExt> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
}

// Brands of HEIF stills (iPhone photos). AVIF shares the container but has its own brand and is
// simply not accepted, so it gets the ordinary "not an image we take" answer.
const HEIF_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'mif1', 'msf1'])

export async function judgeUpload(
  bytes: Uint8Array,
  kind: UploadKind,
  maxBytes: number = UPLOAD_MAX_BYTES,
): Promise<
  | {
      ok: true
      mime: 'image/jpeg' | 'image/png' | 'image/webp' | 'application/pdf'
      ext: 'jpg' | 'png' | 'webp' | 'pdf'
    }
  | { ok: false; code: UploadErrorCode }
> {
  if (bytes.length === 0) return { ok: false, code: 'empty' }
  if (bytes.length > maxBytes) return { ok: false, code: 'too_large' }

  // Markup first: file-type calls any `<?xml` file "application/xml" and says nothing about SVG or HTML.
  const markup = sniffMarkup(bytes)
  if (markup) return { ok: false, code: markup }

  const detected = await fileTypeFromBuffer(bytes)
  const mime = detected?.mime as string | undefined
  if (mime === 'image/heic' || mime === 'image/heif' || isHeifContainer(bytes))
    return { ok: false, code: 'heic' }

  const imageExt = mime ? IMAGE_TYPES[mime] : undefined
  if (mime && imageExt) return { ok: true, mime: mime as AcceptedMime, ext: imageExt }
  if (mime === 'application/pdf' && kind === 'letter')
    return { ok: true, mime: 'application/pdf', ext: 'pdf' }
  return { ok: false, code: kind === 'portrait' ? 'not_image' : 'not_pdf_or_image' }
}

/** An ISO-BMFF file whose `ftyp` box names a HEIF brand, also when file-type would call it something else. */
function isHeifContainer(bytes: Uint8Array): boolean {
  if (bytes.length < 12 || latin1(bytes, 4, 8) !== 'ftyp') return false
  return HEIF_BRANDS.has(latin1(bytes, 8, 12))
}

// Element names after which WHATWG MIME sniffing makes a browser render the bytes as HTML.
const HTML_START =
  /^<(?:!doctype\s+html|html|head|body|script|iframe|style|title|div|table|font|br|p|a|b|h1)[\s>/]/
const SVG_START = /^<(?:svg|!doctype\s+svg)[\s>/]/

/** 'svg' or 'html' when the file is markup a browser could run script from; null otherwise. */
function sniffMarkup(bytes: Uint8Array): 'svg' | 'html' | null {
  let text = decodeHead(bytes).replace(/^\s+/, '').toLowerCase()
  if (!text.startsWith('<')) return null
  const isXml = text.startsWith('<?xml')
  // Skip the XML declaration and comments to reach the first element.
  for (;;) {
    const skipped = text.replace(/^<\?[\s\S]*?\?>\s*/, '').replace(/^<!--[\s\S]*?-->\s*/, '')
    if (skipped === text) break
    text = skipped
  }
  if (SVG_START.test(text)) return 'svg'
  if (HTML_START.test(text)) return 'html'
  if (isXml && /<svg[\s>/]/.test(text)) return 'svg'
  if (isXml && /<html[\s>/]/.test(text)) return 'html'
  return null
}

/** The first 4 KB as text; TextDecoder drops a matching byte-order mark itself. */
function decodeHead(bytes: Uint8Array): string {
  const head = bytes.subarray(0, 4096)
  const encoding =
    head[0] === 0xfe && head[1] === 0xff
      ? 'utf-16be'
      : head[0] === 0xff && head[1] === 0xfe
        ? 'utf-16le'
        : 'utf-8'
  return new TextDecoder(encoding).decode(head)
}

function latin1(bytes: Uint8Array, start: number, end: number): string {
  return String.fromCharCode(...bytes.subarray(start, end))
}
