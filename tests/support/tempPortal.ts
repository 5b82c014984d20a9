import { rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { generatePassKeys } from '~/cms/lib/passes/passToken'

/** The server secret of a throw-away portal (tests that sign a link the portal must accept use it too). */
export const tempPortalSecret = (name: string): string =>
  `${name}-secret-0123456789abcdef0123456789`

/** Where a throw-away portal keeps its data: its folders, its SQLite file and its secret. */
export function tempPortalEnv(name: string): Record<string, string> {
  const dir = path.join(tmpdir(), name)
  return {
    DATA_DIR: path.join(dir, 'data'),
    MEDIA_DIR: path.join(dir, 'media'),
    DATABASE_URI: `file:${path.join(dir, 'data', 'portal.db')}`,
    PAYLOAD_SECRET: tempPortalSecret(name),
  }
}

/**
 * Points this process at a fresh, throw-away portal (SQLite file and upload folder in the temp
 * directory) before the Payload config is loaded. Used by the end-to-end server and benchmarks.
 */
export function useTempPortal(
  name: string,
  urls: { site: string; cms: string },
  extra: Record<string, string> = {},
): string {
  const dir = path.join(tmpdir(), name)
  rmSync(dir, { recursive: true, force: true })
  const keys = generatePassKeys()
  Object.assign(process.env, {
    NODE_ENV: 'production',
    ...tempPortalEnv(name),
    SITE_URL: urls.site,
    CMS_URL: urls.cms,
    SITE_PORT: new URL(urls.site).port,
    CMS_PORT: new URL(urls.cms).port,
    PASS_PRIVATE_KEY: keys.privateKeyPem,
    PASS_PUBLIC_KEY: keys.publicKeyPem,
    ...extra,
  })
  return dir
}
