import { request as httpRequest, type IncomingHttpHeaders } from 'node:http'

import { E2E_SITE_URL } from './ports'

/** A response as it came over the wire: no client decoding or following anything for us. */
export type Raw = { status: number; headers: IncomingHttpHeaders; body: Buffer }

/** One raw HTTP request to the e2e site. */
export function raw(
  path: string,
  headers: Record<string, string> = {},
  method = 'GET',
): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(new URL(path, E2E_SITE_URL), { method, headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () =>
        resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
      )
    })
    req.on('error', reject)
    req.end()
  })
}
