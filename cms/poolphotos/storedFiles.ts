import { readdir, unlink } from 'node:fs/promises'
import path from 'node:path'

import { POOL_PHOTOS_DIR } from '~/cms/paths'

/**
 * Upload bytes reach the disk before the row commits, the original and each of its sizes
 * (`<name>-<w>x<h>.webp`): a rolled-back upload removes every file made from that stored name.
 */
export const removePoolFiles = (storedName: string) => async () => {
  const stem = path.basename(storedName, path.extname(storedName))
  const names = await readdir(POOL_PHOTOS_DIR).catch(() => [] as string[])
  await Promise.all(
    names
      .filter((name) => name === storedName || name.startsWith(`${stem}-`))
      .map((name) => unlink(path.join(POOL_PHOTOS_DIR, name)).catch(() => undefined)),
  )
}
