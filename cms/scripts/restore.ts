import './requireNode'

import path from 'node:path'

import { ConfigError, getEnv } from '../env'
import { restoreBackup } from '../operations/restore'
import { DATA_DIR, MEDIA_DIR } from '../paths'
import { fail } from './fail'

/**
 * `npm run restore -- <backup folder>`: into the portal that DATA_DIR, MEDIA_DIR and DATABASE_URI
 * name, which must be fresh (no database, no uploads). Then `npm start` serves the restored portal.
 */
try {
  if (!process.argv[2])
    throw new ConfigError('Name the backup folder: npm run restore -- backups/<time>.')
  const result = await restoreBackup(
    getEnv(),
    { dataDir: DATA_DIR, mediaDir: MEDIA_DIR },
    path.resolve(process.argv[2]),
  )
  if (result.integrity !== 'ok')
    throw new Error(`The restored database fails its integrity check: ${result.integrity}`)
  console.log(
    `✓ Restored the backup of ${result.manifest.createdAt} into ${DATA_DIR} and ${MEDIA_DIR} in ${result.ms} ms (integrity check: ok).`,
  )
} catch (error) {
  fail(error)
}
