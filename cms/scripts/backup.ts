import './requireNode'

import path from 'node:path'

import { getEnv } from '../env'
import { fileStamp } from '../lib/time'
import { makeBackup } from '../operations/backup'
import { DATA_DIR, MEDIA_DIR, ROOT } from '../paths'
import { fail } from './fail'

/**
 * `npm run backup [-- <folder>]`: a consistent copy of the running portal (database, uploads,
 * pass keys, local secret) into backups/<UTC time>/ or the folder given. Safe while both servers run.
 */
try {
  const target = process.argv[2]
    ? path.resolve(process.argv[2])
    : path.join(ROOT, 'backups', fileStamp(new Date()))
  const manifest = await makeBackup(getEnv(), { dataDir: DATA_DIR, mediaDir: MEDIA_DIR }, target)
  console.log(
    `✓ Backup in ${target}: ${manifest.parts.join(', ')} — ${manifest.files} files, ${(manifest.bytes / 1024 / 1024).toFixed(1)} MB, ${manifest.ms} ms.`,
  )
  console.log(
    '  It holds personal data and the signing keys: keep it encrypted and as access-controlled as the server.',
  )
} catch (error) {
  fail(error)
}
