import { type ChildProcess, spawn } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { canPin } from './support'

/**
 * The ceiling for any Node server on this machine: a bare `http` server returning the same bytes,
 * pinned to the same core as the site, so the site's figures can be read as a share of it.
 */
export function startBareNode(port: number, body: Buffer, contentType: string): ChildProcess {
  const file = path.join(tmpdir(), `bench-bare-${port}.bin`)
  writeFileSync(file, body)
  const code = `const b=require('fs').readFileSync(${JSON.stringify(file)});require('http').createServer((q,r)=>{r.writeHead(200,{'Content-Type':${JSON.stringify(contentType)},'Content-Length':b.length});r.end(b)}).listen(${port},'127.0.0.1')`
  const args = ['-e', code]
  return canPin
    ? spawn('taskset', ['-c', '0', process.execPath, ...args], { stdio: 'ignore' })
    : spawn(process.execPath, args, { stdio: 'ignore' })
}
