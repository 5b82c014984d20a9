import { createHash } from 'node:crypto'
import type { OutgoingHttpHeaders } from 'node:http'

import { compress, type Encoding, isCompressible } from './encoding'

/**
 * One cached answer in the forms it is sent: its identity body with a strong ETag (a hash of those
 * bytes, computed once) and Last-Modified, and its brotli and gzip bodies, each compressed once,
 * the first time a client asks for it. The header lists are built once per kind of answer (coding,
 * HSTS or not, 200 or 304, hit or not), so a cached answer is a lookup and one socket write.
 *
 * A re-render that gives the same bytes keeps the previous representation (`renew`): the same
 * ETag, Last-Modified and compressed bodies, so nothing is compressed again and browsers keep
 * getting 304s while the page has not changed.
 */

/** Headers of the render that are the server's business per answer, not the page's. */
const DROPPED = new Set([
  'age',
  'connection',
  'content-encoding',
  'content-length',
  'etag',
  'keep-alive',
  'last-modified',
  'strict-transport-security',
  'transfer-encoding',
  'vary',
  'x-cache',
])

/** What a 304 keeps (RFC 9110 15.4.5): the validators, the cache policy and the security headers. */
const NOT_MODIFIED_DROPS = new Set(['content-type', 'content-language', 'content-disposition'])

export type Head = (string | string[])[]

/** How an answer was found, sent as `X-Cache`: each is its own kind of header list. */
export type Served = 'HIT' | 'STALE' | 'MISS' | 'SHARED' | 'STATIC'

const SERVED_INDEX: Record<Served, number> = { HIT: 0, STALE: 1, MISS: 2, SHARED: 3, STATIC: 4 }
const CODING_INDEX: Record<Encoding, number> = { identity: 0, br: 1, gzip: 2 }

export class Representation {
  readonly etag: string
  readonly lastModified: string
  readonly compressible: boolean
  private readonly variants: Partial<Record<'br' | 'gzip', Buffer | Promise<Buffer>>> = {}
  /** The header lists built so far, by kind (`head`): at most 3 codings × 2 × 2 × 5. */
  private readonly heads: (Head | undefined)[] = []
  /** Per kind, the last list made for an answer older than a second. */
  private readonly aged: (Head | undefined)[] = []
  private readonly base: [string, string | string[]][]
  private readonly vary: string | undefined

  private constructor(
    readonly status: number,
    headers: OutgoingHttpHeaders,
    readonly body: Buffer,
    readonly hash: string,
    lastModified: Date,
  ) {
    this.base = Object.entries(headers).flatMap(([name, value]) =>
      value === undefined || DROPPED.has(name.toLowerCase())
        ? []
        : [[name, Array.isArray(value) ? value : String(value)] as [string, string | string[]]],
    )
    const named = (wanted: string) =>
      Object.entries(headers).find(([name]) => name.toLowerCase() === wanted)?.[1]
    const type = named('content-type')
    this.compressible = isCompressible(typeof type === 'string' ? type : undefined, body.length)
    const renderVary = named('vary')
    const varies = [renderVary, this.compressible ? 'Accept-Encoding' : undefined]
      .flat()
      .filter((v): v is string => typeof v === 'string' && v !== '')
    this.vary = varies.length ? varies.join(', ') : undefined
    this.etag = `"${hash}"`
    const own = named('last-modified')
    const given = typeof own === 'string' ? new Date(own) : undefined
    this.lastModified = (
      given && !Number.isNaN(given.getTime()) ? given : lastModified
    ).toUTCString()
  }

  /**
   * The representation of a fresh render. When `previous` (the cached one for the same key) has
   * the same status and bytes, it is returned itself: validators and compressed bodies carry over.
   */
  static renew(
    status: number,
    headers: OutgoingHttpHeaders,
    body: Buffer,
    previous: Representation | undefined,
    now: Date,
  ): Representation {
    const hash = createHash('sha256').update(body).digest('base64url').slice(0, 27)
    if (previous && previous.hash === hash && previous.status === status) return previous
    return new Representation(status, headers, body, hash, now)
  }

  /** What it costs the cache: the body, room for its two compressed forms, the headers. */
  get bytes(): number {
    return this.body.length + (this.compressible ? Math.ceil(this.body.length * 0.6) : 0) + 2048
  }

  /** The coding actually sent for what the client asked: identity for what is not worth it. */
  coding(asked: Encoding): Encoding {
    return this.compressible ? asked : 'identity'
  }

  /** The body in a coding: at once when it is ready, else the one compression all askers share. */
  bodyIn(coding: Encoding): Buffer | Promise<Buffer> {
    if (coding === 'identity') return this.body
    const ready = this.variants[coding]
    if (ready) return ready
    const pending = compress(this.body, coding).then(
      (compressed) => {
        this.variants[coding] = compressed
        return compressed
      },
      (error: unknown) => {
        delete this.variants[coding]
        throw error
      },
    )
    this.variants[coding] = pending
    return pending
  }

  /** A body compressed at build time (static files: the .br and .gz beside them). */
  provide(coding: 'br' | 'gzip', body: Buffer): void {
    this.variants[coding] = body
  }

  /** The ETag of the body in a coding: a different representation, a different strong tag. */
  etagIn(coding: Encoding): string {
    if (coding === 'identity') return this.etag
    return `"${this.hash}-${coding === 'br' ? 'br' : 'gz'}"`
  }

  /**
   * The header list (name, value, name, value…) of an answer: a 200 in a coding, or a 304; with
   * HSTS or not (`hsts`: the one value the server sends, or undefined); `Age` and `X-Cache` last.
   * Built once per kind and kept, so a hit allocates nothing: the list is handed to
   * `res.writeHead` as it is (Node only reads it). An answer older than a second (a stale one)
   * gets a copy with its own `Age`. `body` is the body sent (its length is the Content-Length).
   */
  head(
    coding: Encoding,
    body: Buffer,
    hsts: string | undefined,
    notModified: boolean,
    served: Served,
    ageSeconds: number,
  ): Head {
    const sentCoding = this.coding(coding)
    const kind =
      CODING_INDEX[sentCoding] * 32 + (hsts ? 16 : 0) + (notModified ? 8 : 0) + SERVED_INDEX[served]
    let list = this.heads[kind]
    if (!list) {
      list = []
      for (const [name, value] of this.base) {
        if (notModified && NOT_MODIFIED_DROPS.has(name.toLowerCase())) continue
        list.push(name, value)
      }
      if (hsts) list.push('Strict-Transport-Security', hsts)
      if (this.vary) list.push('Vary', this.vary)
      list.push('ETag', this.etagIn(sentCoding), 'Last-Modified', this.lastModified)
      if (!notModified) {
        if (sentCoding !== 'identity') list.push('Content-Encoding', sentCoding)
        list.push('Content-Length', String(body.length))
      }
      list.push('Age', '0', 'X-Cache', served)
      this.heads[kind] = list
    }
    if (ageSeconds === 0) return list
    // A stale answer: every one sent while the page re-renders has the same age, so the last
    // copy made for this kind is usually the one needed.
    const age = String(ageSeconds)
    const last = this.aged[kind]
    if (last && last[last.length - 3] === age) return last
    const aged = list.slice()
    aged[aged.length - 3] = age
    this.aged[kind] = aged
    return aged
  }

  /**
   * Whether a conditional GET or HEAD may be answered 304 (RFC 9110 13.2.2): If-None-Match, by weak
   * comparison against this body's tags in any coding (the content is the same); without it,
   * If-Modified-Since no earlier than Last-Modified.
   */
  notModified(ifNoneMatch: string | undefined, ifModifiedSince: string | undefined): boolean {
    if (this.status !== 200) return false
    if (ifNoneMatch !== undefined) return matchesTag(ifNoneMatch, this.hash)
    if (ifModifiedSince === undefined) return false
    const since = Date.parse(ifModifiedSince)
    return !Number.isNaN(since) && Date.parse(this.lastModified) <= since
  }
}

/** `*`, or one of the listed tags (W/ or not, any coding suffix of ours) is this hash. */
export function matchesTag(ifNoneMatch: string, hash: string): boolean {
  if (ifNoneMatch.trim() === '*') return true
  for (const raw of ifNoneMatch.split(',')) {
    const tag = raw
      .trim()
      .replace(/^W\//, '')
      .replace(/^"(.*)"$/, '$1')
    if (tag === hash || tag === `${hash}-br` || tag === `${hash}-gz`) return true
  }
  return false
}
