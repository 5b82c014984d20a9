import '~/cms/scripts/requireNode'

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import path from 'node:path'
import type { Duplex } from 'node:stream'
import { pathToFileURL } from 'node:url'

import { getEnv } from '~/cms/env'
import { ROOT } from '~/cms/paths'
import { answerClientError, answerSocket, refuseMethod } from '~/cms/serve/answers'
import {
  isAllowedMethod,
  methodNotAllowedHeaders,
  securityHeaders,
  SITE_METHODS,
} from '~/site/lib/securityHeaders'
import { answerOnce, keptAnswers, one, unchangedSince } from './answers'
import { normaliseUrl } from './cacheKey'
import { holdResponse } from './capture'
import { isCompressible, MIN_COMPRESS_BYTES } from './encoding'
import { Representation } from './representation'
import { requestSecurity, pathOf } from './requestSecurity'
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

const security = requestSecurity(env)
const { headersFor } = security
const staticFiles = new StaticFiles(path.join(ROOT, 'dist/site/client'), security.staticHeaders)

/** A kept answer (answers.ts), with HSTS when the request came over TLS. */
const answer = keptAnswers((req) => (security.behindTls(req) ? security.hsts : undefined))

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
