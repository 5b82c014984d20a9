import type { ServerResponse } from 'node:http'
import type { Duplex } from 'node:stream'

import { methodNotAllowedHeaders } from '../lib/securityHeaders.mjs'

/**
 * Answers both servers (site/serve, cms/serve) give before their framework sees the request, each
 * with the server's security headers.
 */
export function refuseMethod(
  res: ServerResponse,
  securityHeaders: Record<string, string>,
  allowed: readonly string[],
): void {
  res.writeHead(405, { ...securityHeaders, ...methodNotAllowedHeaders(allowed) })
  res.end(`Method not allowed. This server answers ${allowed.join(', ')}.\n`)
}

/** A raw answer on a socket Node hands over without a response object (CONNECT, unparsable requests). */
export function answerSocket(
  socket: Duplex,
  status: 400 | 405,
  headers: Record<string, string>,
): void {
  if (!socket.writable) return void socket.destroy()
  const reason = status === 405 ? 'Method Not Allowed' : 'Bad Request'
  const body = `${reason}\n`
  const all = {
    ...headers,
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Length': String(body.length),
    Connection: 'close',
  }
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\n${Object.entries(all)
      .map(([name, value]) => `${name}: ${value}`)
      .join('\r\n')}\r\n\r\n${body}`,
  )
}

/**
 * Node's parser refuses a request it cannot read before any handler runs: a method it does not
 * know (TRACK, FOO) is a 405 like any other method we do not answer, anything else a 400.
 */
export function answerClientError(
  error: NodeJS.ErrnoException,
  socket: Duplex,
  securityHeaders: Record<string, string>,
  allowed: readonly string[],
): void {
  if (error.code === 'ECONNRESET') return void socket.destroy()
  if (error.code === 'HPE_INVALID_METHOD')
    return answerSocket(socket, 405, { ...securityHeaders, ...methodNotAllowedHeaders(allowed) })
  answerSocket(socket, 400, securityHeaders)
}
