import { readdir, stat } from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'

import { APPLICANT_FILES_DIR } from '../paths'

const ORPHAN_AFTER_MS = 60 * 60 * 1000

/**
 * Files in the private folder that no row names and that are over an hour old (by the clock, not
 * the purge's `now`): an application
 * writes its files just before its transaction, so a process killed in between leaves them
 * behind (`npm run fault:kill` counts them). They hold personal data, so they go.
 */
export async function orphanFiles(payload: Payload): Promise<string[]> {
  const names = await readdir(APPLICANT_FILES_DIR).catch(() => [] as string[])
  if (names.length === 0) return []
  const { docs } = await payload.find({
    collection: 'applicant-files',
    overrideAccess: true,
    depth: 0,
    pagination: false,
    select: { filename: true },
  })
  const known = new Set(docs.map((doc) => doc.filename))
  const unknown = names.filter((name) => !known.has(name))
  const old = await Promise.all(
    unknown.map(async (name) =>
      (await stat(path.join(APPLICANT_FILES_DIR, name))).mtimeMs < Date.now() - ORPHAN_AFTER_MS
        ? name
        : null,
    ),
  )
  return old.filter((name): name is string => name !== null)
}
