import { brotliCompress, constants, gzip } from 'node:zlib'

/**
 * Which content-coding a client gets, and which bodies are worth compressing. Pure rules, unit
 * tested (tests/unit/serveEncoding.test.ts); site/serve applies them to cached responses and
 * static files.
 */
export type Encoding = 'br' | 'gzip' | 'identity'

/** Our preference when the client likes several equally: brotli is the smaller. */
const PREFERENCE: readonly Encoding[] = ['br', 'gzip', 'identity']

/**
 * The coding to send for an `Accept-Encoding` header (RFC 9110 12.5.3): the highest q-value among
 * br, gzip (and its alias x-gzip) and identity, `*` standing for the ones not named; ties go to
 * br, then gzip. A coding we do not know (zstd, compress, anything) is ignored, so the client gets
 * identity. Identity is always the fallback, even when the header refuses it: a body the client
 * may not decode helps no one more than a 406 would.
 */
export function chooseEncoding(header: string | undefined): Encoding {
  if (!header) return 'identity'
  const known = new Map<Encoding, number>()
  let wildcard: number | undefined
  for (const part of header.split(',')) {
    const [rawName, ...params] = part.split(';')
    const name = rawName!.trim().toLowerCase()
    if (!name) continue
    let q = 1
    for (const param of params) {
      const [key, value] = param.split('=')
      if (key?.trim().toLowerCase() !== 'q') continue
      const parsed = Number(value?.trim())
      q = Number.isFinite(parsed) && parsed >= 0 && parsed <= 1 ? parsed : 0
    }
    if (name === '*') wildcard = q
    else if (name === 'br' || name === 'gzip' || name === 'identity')
      known.set(name, Math.max(q, known.get(name) ?? 0))
    else if (name === 'x-gzip') known.set('gzip', Math.max(q, known.get('gzip') ?? 0))
  }
  let best: Encoding = 'identity'
  let bestQ = 0
  for (const coding of PREFERENCE) {
    // Identity not named is the fallback: acceptable (unless `*;q=0`), but never preferred.
    const q = known.get(coding) ?? wildcard ?? (coding === 'identity' ? 0.0001 : 0)
    if (q > bestQ) {
      best = coding
      bestQ = q
    }
  }
  return best
}

/**
 * The same, remembered per header value: browsers send a handful of distinct headers, and this is
 * on every cached answer. Bounded, so a client sending random headers costs only the parse.
 */
export function encodingFor(header: string | undefined): Encoding {
  const key = header ?? ''
  const known = negotiated.get(key)
  if (known) return known
  const chosen = chooseEncoding(header)
  if (negotiated.size < 256) negotiated.set(key, chosen)
  return chosen
}
const negotiated = new Map<string, Encoding>()

/** Below this, compression saves less than a packet and costs a decode. */
export const MIN_COMPRESS_BYTES = 1024

const COMPRESSIBLE =
  /^(?:text\/(?!event-stream)[\w.+-]+|application\/(?:[\w.-]+\+)?(?:json|xml|javascript|ecmascript|manifest\+json|x-javascript)|image\/svg\+xml|image\/x-icon|image\/vnd\.microsoft\.icon|font\/(?:ttf|otf)|application\/(?:x-font-ttf|font-sfnt|vnd\.ms-fontobject))(?:\s*;|$)/i

/**
 * Text-like bodies of some size. Images (but SVG), PDFs, archives, woff/woff2 fonts are already
 * compressed; a Server-Sent Events stream is never buffered, let alone compressed.
 */
export function isCompressible(contentType: string | undefined, bytes: number): boolean {
  return (
    bytes >= MIN_COMPRESS_BYTES && typeof contentType === 'string' && COMPRESSIBLE.test(contentType)
  )
}

/**
 * One body in one coding, off the event loop (zlib runs in libuv's thread pool). Brotli at its
 * best quality: each distinct body is compressed once (site/serve/responseCache.ts keeps the
 * variants while a re-render gives the same bytes), so the cost is paid per change, not per reader.
 */
export function compress(body: Buffer, coding: 'br' | 'gzip'): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const done = (error: Error | null, result: Buffer) => (error ? reject(error) : resolve(result))
    if (coding === 'br')
      brotliCompress(
        body,
        {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: 11,
            [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
            [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          },
        },
        done,
      )
    else gzip(body, { level: 9 }, done)
  })
}

/**
 * An answer that is not kept (a signed-in reader's page, a form): compressed for this request
 * only, at settings that cost about a millisecond for a page.
 */
export function compressQuickly(body: Buffer, coding: 'br' | 'gzip'): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const done = (error: Error | null, result: Buffer) => (error ? reject(error) : resolve(result))
    if (coding === 'br')
      brotliCompress(
        body,
        {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: 4,
            [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
          },
        },
        done,
      )
    else gzip(body, { level: 6 }, done)
  })
}
