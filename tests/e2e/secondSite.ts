import { get, type IncomingMessage } from 'node:http'

import { generatePassKeys } from '~/cms/lib/passes/passToken'
import { tempPortalEnv } from '../support/tempPortal'
import { E2E_CMS_URL, E2E_SITE_URL, E2E_TEMP_NAME } from './ports'

/**
 * The environment of a second site process on the e2e portal's database and addresses, listening
 * on `port` (the portal's own site keeps running for the other specs).
 */
export function secondSiteEnv(port: number, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const keys = generatePassKeys()
  return {
    ...process.env,
    NODE_ENV: 'production',
    ...tempPortalEnv(E2E_TEMP_NAME),
    SITE_URL: E2E_SITE_URL,
    CMS_URL: E2E_CMS_URL,
    PORT: String(port),
    HOST: '127.0.0.1',
    PASS_PRIVATE_KEY: keys.privateKeyPem,
    PASS_PUBLIC_KEY: keys.publicKeyPem,
    ...extra,
  }
}

/**
 * A raw live stream as an EventSource opens it, on a connection of its own; an X-Forwarded-For
 * header poses as a client behind the e2e portal's trusted proxy.
 */
export function stream(
  url: string,
  headers: Record<string, string>,
): Promise<{ res: IncomingMessage; text: () => string; ended: Promise<void> }> {
  return new Promise((resolve, reject) => {
    const request = get(
      url,
      { agent: false, headers: { Accept: 'text/event-stream', ...headers } },
      (res) => {
        let text = ''
        res.setEncoding('utf8')
        res.on('data', (chunk: string) => (text += chunk))
        const ended = new Promise<void>((done) => res.once('close', done))
        resolve({ res, text: () => text, ended })
      },
    )
    request.on('error', reject)
  })
}
