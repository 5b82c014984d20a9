import '../scripts/requireNode'

import { createServer, type IncomingMessage } from 'node:http'
import path from 'node:path'
import type { Duplex } from 'node:stream'

import next from 'next'

import {
  ADMIN_METHODS,
  adminSecurityHeaders,
  isAllowedMethod,
  methodNotAllowedHeaders,
} from '../lib/securityHeaders.mjs'
import { ROOT } from '../paths'
import { answerClientError, answerSocket, refuseMethod } from './answers'

/**
 * The admin process: Payload's Next app (the built cms/.next) behind a plain Node server that
 * answers methods the admin does not use with 405 before Next sees them. Next turns each request
 * into a fetch Request, which cannot carry TRACE, TRACK or CONNECT: Next itself would answer 500
 * without headers. Listens on PORT / HOST like `next start`, which it replaces.
 */
// What the admin renders on the server reads in the office's time zone, as the page does in the
// browser (cms/lib/adminTimeZone.ts); every stored time is UTC and every rule names its zone.
process.env.TZ = 'Asia/Ho_Chi_Minh'

const port = Number(process.env.PORT ?? 3000)
const hostname = process.env.HOST ?? 'localhost'
const app = next({ dir: path.join(ROOT, 'cms'), dev: false, hostname, port })
const handle = app.getRequestHandler()
await app.prepare()

const server = createServer((req, res) => {
  if (!isAllowedMethod(ADMIN_METHODS, req.method))
    return refuseMethod(res, adminSecurityHeaders(), ADMIN_METHODS)
  void handle(req, res)
})
server.on('connect', (_req: IncomingMessage, socket: Duplex) =>
  answerSocket(socket, 405, {
    ...adminSecurityHeaders(),
    ...methodNotAllowedHeaders(ADMIN_METHODS),
  }),
)
server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) =>
  answerClientError(error, socket, adminSecurityHeaders(), ADMIN_METHODS),
)
server.keepAliveTimeout = 65_000
server.listen(port, hostname, () => console.log(`admin listening on http://${hostname}:${port}`))
const stop = () => server.close(() => process.exit(0))
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
