import type { ChildProcess } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { type RawResponse, spawnPinned } from './support'

/** Headers Node's http server writes itself (or that describe the connection, not the response). */
const OWN_HEADERS = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding'])

/** The site's keep-alive timeout (site/serve/index.ts): Node names it in every answer. */
const SITE_KEEP_ALIVE_MS = 65_000

/** The bare server's key of a request: its Accept-Encoding (empty when none) and its path. */
export const bareKey = (acceptEncoding: string, url: string) => `${acceptEncoding} ${url}`

/**
 * The ceiling for any Node server on this machine: a bare `http` server answering each request
 * with the bytes and headers the site gave for it (a Map lookup and a socket write), pinned to the
 * site's core, so the site's figures read as a share of it. The headers go out as the site sent
 * them (same names, case and order, as one list to `writeHead`, as the site does), with the same
 * keep-alive timeout, so both put the same bytes on the wire. `responses` is keyed by `bareKey`.
 */
export function startBareNode(port: number, responses: Map<string, RawResponse>): ChildProcess {
  const file = path.join(tmpdir(), `bench-bare-${port}.json`)
  const manifest = [...responses].map(([key, r]) => [
    key,
    r.status,
    r.rawHeaders.flatMap((value, i, all) =>
      i % 2 === 0 ? (OWN_HEADERS.has(value.toLowerCase()) ? [] : [value, all[i + 1]!]) : [],
    ),
    r.body.toString('base64'),
  ])
  writeFileSync(file, JSON.stringify(manifest))
  const code = `const m=new Map(JSON.parse(require('fs').readFileSync(${JSON.stringify(file)},'utf8')).map(([k,s,h,b])=>[k,[s,h,Buffer.from(b,'base64')]]))
const s=require('http').createServer((q,r)=>{if(q.url==='/health')return r.end('ok');const f=m.get((q.headers['accept-encoding']??'')+' '+q.url)
if(!f){r.writeHead(404).end();return}r.writeHead(f[0],f[1]).end(f[2])});s.keepAliveTimeout=${SITE_KEEP_ALIVE_MS};s.listen(${port},'127.0.0.1')`
  return spawnPinned(['-e', code])
}
