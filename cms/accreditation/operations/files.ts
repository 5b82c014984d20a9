import { unlink } from 'node:fs/promises'
import path from 'node:path'

import type { File, PayloadRequest } from 'payload'

import { APPLICANT_FILES_DIR } from '~/cms/paths'
import { grantFiles } from '../grant'

export type ApplicantFileKind = 'portrait' | 'letter'

/** Stores the applicant's judged files as applicant-files rows the same caller may then reference. */
export async function storeApplicantFiles(
  req: PayloadRequest,
  files: Partial<Record<ApplicantFileKind, File>>,
  takenAt: Partial<Record<ApplicantFileKind, string>> = {},
): Promise<Partial<Record<ApplicantFileKind, number>>> {
  const ids: Partial<Record<ApplicantFileKind, number>> = {}
  for (const [kind, file] of Object.entries(files) as [ApplicantFileKind, File | undefined][]) {
    if (!file) continue
    const created = await req.payload.create({
      collection: 'applicant-files',
      data: { kind, ...(takenAt[kind] ? { takenAt: takenAt[kind] } : {}) },
      file,
      overrideAccess: false,
      req,
    })
    ids[kind] = created.id
    // The request may point only at files the applicant can read: the ones just made.
    grantFiles(req, [created.id])
  }
  return ids
}

/** Upload bytes reach the disk before the rows commit: a rolled-back action removes them. */
export const removeStoredFiles = (files: (File | undefined)[]) => () =>
  Promise.all(
    files
      .filter((file): file is File => Boolean(file))
      .map((file) =>
        unlink(path.join(APPLICANT_FILES_DIR, path.basename(file.name))).catch(() => undefined),
      ),
  )
