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
import { compressQuickly, encodingFor, isCompressible, MIN_COMPRESS_BYTES } from './encoding'
import { Representation } from './representation'
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

// The security headers of both kinds of request (behind TLS or not), computed once.
const SECURITY = { plain: securityHeaders(false), tls: securityHeaders(true) }
const HSTS = SECURITY.tls['Strict-Transport-Security']
const { 'Strict-Transport-Security': _hsts, ...STATIC_HEADERS } = SECURITY.tls
const staticFiles = new StaticFiles(path.join(ROOT, 'dist/site/client'), STATIC_HEADERS)

function behindTls(req: IncomingMessage): boolean {
  const proto = req.headers['x-forwarded-proto']
  return isBehindTls(
    env.SITE_URL,
    env.TRUST_PROXY,
    (Array.isArray(proto) ? proto[0] : proto) ?? null,
  )
}

/** The security headers of this request, whatever answers it. */
function headersFor(req: IncomingMessage): Record<string, string> {
  const headers = behindTls(req) ? SECURITY.tls : SECURITY.plain
  // A preview may be framed by the admin's live-preview pane: its policy names the admin's origin
  // (site/middleware.ts), and X-Frame-Options, which cannot name one, is left out.
  const url = req.url ?? '/'
  if (url.includes('/preview/') && isPreviewPath(splitLocale(pathOf(url)).path)) {
    const { 'X-Frame-Options': _framing, ...framable } = headers
    return framable
  }
  return headers
}

const pathOf = (url: string) => {
  const mark = url.indexOf('?')
  return mark === -1 ? url : url.slice(0, mark)
}

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

/**
 * A kept answer, in the coding the client asked for, or 304 when its copy is still good. The
 * compressed body is made on the first request that wants it and kept with the answer.
 */
function answer(
  req: IncomingMessage,
  res: ServerResponse,
  kept: Representation,
  how: string,
  ageSeconds: number,
  headOnly: boolean,
): void {
  const hsts = behindTls(req) ? HSTS : undefined
  const extra = ['Age', String(ageSeconds), 'X-Cache', how]
  const coding = kept.coding(encodingFor(one(req.headers['accept-encoding'])))
  if (kept.notModified(one(req.headers['if-none-match']), one(req.headers['if-modified-since']))) {
    res.writeHead(304, [...kept.head(coding, kept.body, hsts, true), ...extra])
    res.end()
    return
  }
  const write = (body: Buffer, sent: typeof coding) => {
    res.writeHead(kept.status, [...kept.head(sent, body, hsts, false), ...extra])
    res.end(headOnly ? undefined : body)
  }
  const body = kept.bodyIn(coding)
  if (Buffer.isBuffer(body)) return write(body, coding)
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
  }
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
