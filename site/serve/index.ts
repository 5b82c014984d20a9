import '~/cms/scripts/requireNode'

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import path from 'node:path'
import type { Duplex } from 'node:stream'
import { pathToFileURL } from 'node:url'

import { getEnv } from '~/cms/env'
import { ROOT } from '~/cms/paths'
import { isPreviewPath } from '~/cms/lib/preview/previewToken'
import { answerClientError, answerSocket, refuseMethod } from '~/cms/serve/answers'
import { splitLocale } from '~/site/lib/i18n/locales'
import {
  isAllowedMethod,
  isBehindTls,
  methodNotAllowedHeaders,
  securityHeaders,
  SITE_METHODS,
} from '~/site/lib/securityHeaders'
import { normaliseUrl } from './cacheKey'
import { holdResponse } from './capture'
import {
  compressQuickly,
  type Encoding,
  encodingFor,
  isCompressible,
  MIN_COMPRESS_BYTES,
} from './encoding'
import { Representation, type Served } from './representation'
import {
  MAX_CACHED_BYTES,
  ResponseCache,
  requestMayUseCache,
  responseMayBeCached,
} from './responseCache'
import { liveStreams } from './live'
import { isStaticAsset, StaticFiles } from './staticFiles'

/**
 * The site process: Astro's built handler behind an in-memory cache of whole public responses.
 * Listens on PORT / HOST like Astro's own standalone server, which it replaces.
 */
process.env.ASTRO_NODE_AUTOSTART = 'disabled'
type Handler = (req: import('node:http').IncomingMessage, res: ServerResponse) => Promise<void>
const { handler } = (await import(
  pathToFileURL(path.join(ROOT, 'dist/site/server/entry.mjs')).href
)) as { handler: Handler }

const env = getEnv()
// One second is enough to turn a news spike into one render per page per second; the data below
// is itself cached PUBLIC_CACHE_SECONDS, and the two delays add up before a change is visible.
const cache = new ResponseCache<Representation>({
  freshMs: Math.min(1, env.PUBLIC_CACHE_SECONDS) * 1000,
  staleMs: 10 * 60 * 1000,
  maxBytes: env.SITE_CACHE_MB * 1024 * 1024,
})
// Live coverage streams (Server-Sent Events), answered here before the cache and Astro: never
// kept, never compressed.
const live = liveStreams({ trustProxy: env.TRUST_PROXY, maxPerClient: env.LIVE_STREAMS_PER_CLIENT })

// The security headers of both kinds of request (behind TLS or not), and of a preview (framable
// by the admin), computed once.
const SECURITY = { plain: securityHeaders(false), tls: securityHeaders(true) }
const withoutFraming = ({ 'X-Frame-Options': _framing, ...rest }: Record<string, string>) => rest
const FRAMABLE = { plain: withoutFraming(SECURITY.plain), tls: withoutFraming(SECURITY.tls) }
const HSTS = SECURITY.tls['Strict-Transport-Security']
const { 'Strict-Transport-Security': _hsts, ...STATIC_HEADERS } = SECURITY.tls
const staticFiles = new StaticFiles(path.join(ROOT, 'dist/site/client'), STATIC_HEADERS)

// Behind TLS for every request when the public address is https, for none when no proxy is
// trusted to say so: only a trusted proxy's X-Forwarded-Proto is read per request.
const ALWAYS_TLS = isBehindTls(env.SITE_URL, false, null)
function behindTls(req: IncomingMessage): boolean {
  if (ALWAYS_TLS || !env.TRUST_PROXY) return ALWAYS_TLS
  const proto = req.headers['x-forwarded-proto']
  return isBehindTls(
    env.SITE_URL,
    env.TRUST_PROXY,
    (Array.isArray(proto) ? proto[0] : proto) ?? null,
  )
}

/** The security headers of this request, whatever answers it. */
function headersFor(req: IncomingMessage): Record<string, string> {
  const tls = behindTls(req)
  // A preview may be framed by the admin's live-preview pane: its policy names the admin's origin
  // (site/middleware.ts), and X-Frame-Options, which cannot name one, is left out.
  const url = req.url ?? '/'
  if (url.includes('/preview/') && isPreviewPath(splitLocale(pathOf(url)).path))
    return tls ? FRAMABLE.tls : FRAMABLE.plain
  return tls ? SECURITY.tls : SECURITY.plain
}

const pathOf = (url: string) => {
  const mark = url.indexOf('?')
  return mark === -1 ? url : url.slice(0, mark)
}

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

/**
 * A kept answer, in the coding the client asked for, or 304 when its copy is still good. The
 * headers are a list built once per kind of answer (Representation.head); the compressed body is
 * made on the first request that wants it and kept with the answer. A hit makes no promise and
 * no copy: a Map lookup (in encodingFor), the kept list, one write.
 */
function answer(
  req: IncomingMessage,
  res: ServerResponse,
  kept: Representation,
  served: Served,
  ageSeconds: number,
  headOnly: boolean,
): void {
  const hsts = behindTls(req) ? HSTS : undefined
  const { headers } = req
  const coding = kept.coding(encodingFor(headers['accept-encoding']))
  const ifNoneMatch = headers['if-none-match']
  const ifModifiedSince = headers['if-modified-since']
  if (
    (ifNoneMatch !== undefined || ifModifiedSince !== undefined) &&
    kept.notModified(ifNoneMatch, ifModifiedSince)
  ) {
    res.writeHead(304, kept.head(coding, kept.body, hsts, true, served, ageSeconds))
    res.end()
    return
  }
  const body = kept.bodyIn(coding)
  if (Buffer.isBuffer(body)) {
    res.writeHead(kept.status, kept.head(coding, body, hsts, false, served, ageSeconds))
    res.end(headOnly ? undefined : body)
    return
  }
  const write = (sent: Buffer, sentCoding: Encoding) => {
    res.writeHead(kept.status, kept.head(sentCoding, sent, hsts, false, served, ageSeconds))
    res.end(headOnly ? undefined : sent)
  }
  body.then(
    (compressed) => write(compressed, coding),
    (error: unknown) => {
      console.error('compression failed', error)
      write(kept.body, 'identity')
    },
  )
}

/**
 * An answer that is not kept (a private page, a form's page, a 404) but worth compressing: once,
 * for this request, at a quick setting.
 */
function answerOnce(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  headers: Record<string, unknown>,
  body: Buffer,
  headOnly: boolean,
): void {
  for (const name of ['content-length', 'transfer-encoding']) res.removeHeader(name)
  const type = headers['content-type']
  const compressible = isCompressible(typeof type === 'string' ? type : undefined, body.length)
  const coding = compressible ? encodingFor(one(req.headers['accept-encoding'])) : 'identity'
  const write = (sent: Buffer, sentCoding: typeof coding) => {
    if (sentCoding !== 'identity') res.setHeader('Content-Encoding', sentCoding)
    res.setHeader('Content-Length', String(sent.length))
    res.writeHead(status)
    res.end(headOnly ? undefined : sent)
  }
  if (compressible) {
    const vary = res.getHeader('vary')
    res.setHeader('Vary', vary ? `${String(vary)}, Accept-Encoding` : 'Accept-Encoding')
  }
  if (coding === 'identity') return write(body, 'identity')
  compressQuickly(body, coding).then(
    (compressed) => write(compressed, coding),
    () => write(body, 'identity'),
  )
}

/**
 * For a large file streamed as it is (an upload's original): `If-Modified-Since` against its own
 * Last-Modified (whole seconds, as HTTP dates are). Without If-None-Match only (RFC 9110 13.2.2).
 */
function unchangedSince(
  ifNoneMatch: string | undefined,
  ifModifiedSince: string | undefined,
  lastModified: unknown,
): boolean {
  if (ifNoneMatch !== undefined || !ifModifiedSince || typeof lastModified !== 'string')
    return false
  const since = Date.parse(ifModifiedSince)
  const modified = Date.parse(lastModified)
  return !Number.isNaN(since) && !Number.isNaN(modified) && modified <= since
}

/**
 * Static assets from memory (precompressed at build); every other request: the cache for an
 * anonymous reader's GET or HEAD, else Astro. Only GET and HEAD answers are held back (to be kept
 * or compressed); form posts go straight through.
 */
function handle(req: IncomingMessage, res: ServerResponse): void {
  const url = req.url ?? '/'
  const headOnly = req.method === 'HEAD'
  if ((req.method === 'GET' || headOnly) && isStaticAsset(url)) {
    const file = staticFiles.find(pathOf(url))
    if (file) return answer(req, res, file, 'STATIC', 0, headOnly)
  }
  const useCache =
    requestMayUseCache(req.method, url, req.headers.cookie) && env.PUBLIC_CACHE_SECONDS > 0
  let key = url
  if (useCache) {
    // The page renders the address it is kept under: parameters it does not read are gone.
    key = normaliseUrl(url)
    req.url = key
    const found = cache.lookup(key)
    if (found.kind !== 'render')
      return answer(
        req,
        res,
        found.value,
        found.kind === 'fresh' ? 'HIT' : 'STALE',
        found.ageSeconds,
        headOnly,
      )
    // Another request is rendering this address: its answer, else (not kept) a render of our own.
    const shared = cache.joinRender(key)
    if (shared) {
      shared.then(
        (kept) =>
          kept ? answer(req, res, kept, 'SHARED', 0, headOnly) : render(req, res, key, true),
        (error: unknown) => res.destroy(error as Error),
      )
      return
    }
  }
  render(req, res, key, useCache)
}

/** Astro renders the request; its answer kept (`useCache`) when it may be, compressed when worth it. */
function render(req: IncomingMessage, res: ServerResponse, key: string, useCache: boolean): void {
  const headOnly = req.method === 'HEAD'
  for (const [name, value] of Object.entries(headersFor(req))) res.setHeader(name, value)
  if (req.method !== 'GET' && !headOnly) return void handler(req, res)
  // A HEAD renders the GET (Node sends no body for it): it is kept, and the next GET is a hit.
  if (headOnly) req.method = 'GET'
  res.setHeader('X-Cache', useCache ? 'MISS' : 'PASS')
  holdResponse(res, {
    maxBytes: MAX_CACHED_BYTES,
    mayHold: (status, headers) =>
      // A file that says it is larger than what is kept is streamed at once.
      Number(headers['content-length'] ?? 0) <= MAX_CACHED_BYTES &&
      ((useCache && responseMayBeCached(status, headers, 0)) ||
        (status !== 304 &&
          status !== 204 &&
          isCompressible(String(headers['content-type'] ?? ''), MIN_COMPRESS_BYTES))),
    unchanged: (status, headers) =>
      status === 200 &&
      unchangedSince(
        req.headers['if-none-match'],
        one(req.headers['if-modified-since']),
        headers['last-modified'],
      ),
    held: (status, headers, body) => {
      if (useCache && responseMayBeCached(status, headers, body.length)) {
        const kept = Representation.renew(status, headers, body, cache.peek(key), new Date())
        cache.store(key, kept, kept.bytes)
        for (const name of res.getHeaderNames()) res.removeHeader(name)
        return answer(req, res, kept, 'MISS', 0, headOnly)
      }
      if (useCache) cache.release(key)
      answerOnce(req, res, status, headers, body, headOnly)
    },
    passed: () => {
      if (useCache) cache.release(key)
    },
  })
  // A render that ends with no answer (the client gone) lets the requests waiting for it go on.
  if (useCache) res.once('close', () => cache.release(key))
  void handler(req, res)
}

/** A live coverage stream, with the security headers every answer carries. */
function isLiveStream(req: IncomingMessage, res: ServerResponse): boolean {
  const headers = headersFor(req)
  for (const name of Object.keys(headers)) res.setHeader(name, headers[name]!)
  if (live.answers(req, res)) return true
  for (const name of Object.keys(headers)) res.removeHeader(name)
  return false
}

const server = createServer((req, res) => {
  if (!isAllowedMethod(SITE_METHODS, req.method)) {
    refuseMethod(res, headersFor(req), SITE_METHODS)
    return
  }
  if (req.url?.includes('/live/') && isLiveStream(req, res)) return
  handle(req, res)
})

// Node answers CONNECT and requests it cannot parse outside the handler above: with the same headers.
server.on('connect', (req: IncomingMessage, socket: Duplex) =>
  answerSocket(socket, 405, { ...headersFor(req), ...methodNotAllowedHeaders(SITE_METHODS) }),
)
server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) =>
  answerClientError(
    error,
    socket,
    securityHeaders(env.SITE_URL.startsWith('https:')),
    SITE_METHODS,
  ),
)
server.keepAliveTimeout = 65_000
server.listen(Number(process.env.PORT ?? env.SITE_PORT), process.env.HOST ?? env.SITE_HOST, () => {
  setTimeout(() => live.warm(), 1000).unref()
  // One of SITE_PROCESSES workers (site/serve/primary.ts) says which; the primary logs its pid.
  const worker = process.env.SITE_WORKER ? ` (worker ${process.env.SITE_WORKER})` : ''
  console.log(
    `site listening on http://${process.env.HOST ?? env.SITE_HOST}:${process.env.PORT ?? env.SITE_PORT}${worker}`,
  )
})
// Once: a worker gets Ctrl-C's SIGINT from the terminal and the same signal from its primary.
let stopping = false
const stop = () => {
  if (stopping) return
  stopping = true
  live.close()
  server.close(() => process.exit(0))
}
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
