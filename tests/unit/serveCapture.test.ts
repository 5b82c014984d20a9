import assert from 'node:assert/strict'
import { createServer, get, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { describe, it } from 'node:test'

import { holdResponse } from '~/site/serve/capture'
import { isCompressible } from '~/site/serve/encoding'
import { responseMayBeCached } from '~/site/serve/responseCache'

/**
 * site/serve/capture.ts on a real Node server and socket: what may be kept is held whole, a
 * Server-Sent Events stream flows chunk by chunk, a large body is let go.
 */
async function serve(
  respond: (res: ServerResponse) => void,
  held: (body: Buffer, res: ServerResponse) => void,
  maxBytes = 1000,
) {
  const server = createServer((_req: IncomingMessage, res: ServerResponse) => {
    holdResponse(res, {
      maxBytes,
      // As site/serve does: what may be cached, or compressed.
      mayHold: (status, headers) =>
        responseMayBeCached(status, headers, 0) ||
        isCompressible(String(headers['content-type'] ?? ''), 1024),
      held: (_status, _headers, body) => held(body, res),
      passed: () => undefined,
      // As site/serve does for files it streams: the client's copy is good when it is as new.
      unchanged: (status, headers) =>
        status === 200 &&
        res.req.headers['if-modified-since'] !== undefined &&
        headers['last-modified'] === res.req.headers['if-modified-since'],
    })
    respond(res)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return { server, url: `http://127.0.0.1:${port}/` }
}

describe('holding answers back', () => {
  it('holds a public page whole, headers included, for the cache to answer', async () => {
    let seen: Buffer | undefined
    const { server, url } = await serve(
      (res) => {
        res.writeHead(200, { 'Content-Type': 'text/html', 'Cache-Control': 'public, max-age=5' })
        res.write('<h1>')
        res.write(Buffer.from('Tin'))
        res.end('</h1>')
      },
      (body, res) => {
        seen = body
        res.writeHead(200, { 'X-Held': String(body.length) })
        res.end(body)
      },
    )
    const response = await fetch(url)
    assert.equal(await response.text(), '<h1>Tin</h1>')
    assert.equal(response.headers.get('x-held'), '12')
    assert.equal(response.headers.get('cache-control'), 'public, max-age=5')
    assert.equal(seen?.toString(), '<h1>Tin</h1>')
    server.close()
  })

  it('lets an event stream flow as written, even marked public', async () => {
    let held = false
    let finish: (() => void) | undefined
    const { server, url } = await serve(
      (res) => {
        res.writeHead(200, {
          'Content-Type': 'text/event-stream',
          'Cache-Control': 'public, max-age=5',
        })
        res.write('data: first\n\n')
        finish = () => res.end('data: last\n\n')
      },
      () => {
        held = true
      },
    )
    const first = await new Promise<string>((resolve, reject) => {
      get(url, (res) => {
        res.once('data', (chunk: Buffer) => resolve(chunk.toString()))
        res.resume()
      }).on('error', reject)
    })
    assert.equal(first, 'data: first\n\n', 'the first event arrives while the stream is open')
    finish?.()
    assert.equal(held, false)
    server.close()
  })

  it('lets a body larger than the limit go out as it is, and never holds an image or a redirect', async () => {
    let held = 0
    const big = 'x'.repeat(3000)
    const { server, url } = await serve(
      (res) => {
        const path = res.req.url
        if (path === '/image') {
          res.writeHead(200, { 'Content-Type': 'image/jpeg' })
          return res.end(Buffer.alloc(10))
        }
        if (path === '/redirect') return res.writeHead(303, { Location: '/' }).end()
        res.writeHead(200, { 'Content-Type': 'text/html', 'Cache-Control': 'public' })
        res.write(big)
        res.end(big)
      },
      () => held++,
    )
    assert.equal((await (await fetch(url)).text()).length, 6000)
    assert.equal((await (await fetch(`${url}image`)).arrayBuffer()).byteLength, 10)
    assert.equal((await fetch(`${url}redirect`, { redirect: 'manual' })).status, 303)
    assert.equal(held, 0)
    server.close()
  })

  it('answers 304 for a streamed file the client already has, without its body', async () => {
    const modified = new Date(0).toUTCString()
    const { server, url } = await serve(
      (res) => {
        res.writeHead(200, {
          'Content-Type': 'image/jpeg',
          'Content-Length': '4',
          'Last-Modified': modified,
        })
        res.write(Buffer.alloc(2))
        res.end(Buffer.alloc(2))
      },
      () => undefined,
    )
    const fresh = await fetch(url)
    assert.equal(fresh.status, 200)
    assert.equal((await fresh.arrayBuffer()).byteLength, 4)
    const again = await fetch(url, { headers: { 'If-Modified-Since': modified } })
    assert.equal(again.status, 304)
    assert.equal(again.headers.get('content-type'), null)
    assert.equal(again.headers.get('last-modified'), modified)
    assert.equal((await again.arrayBuffer()).byteLength, 0)
    server.close()
  })
})
