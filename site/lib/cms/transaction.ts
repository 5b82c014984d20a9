import { unlink } from 'node:fs/promises'
import path from 'node:path'

import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest, type RequestContext } from 'payload'

import { APPLICANT_FILES_DIR } from '../../../cms/paths'
import type { PreparedFile } from './files'

/**
 * Runs an applicant's write (files + request) in one database transaction. Uploads are written to
 * disk before the database rows, so when the transaction fails their files are removed too:
 * nothing half-written stays behind.
 */
export async function inApplicantTransaction<T>(
  payload: Payload,
  context: RequestContext,
  files: PreparedFile[],
  work: (req: PayloadRequest) => Promise<T>,
): Promise<T> {
  const req = await createLocalReq({ context }, payload)
  await initTransaction(req)
  try {
    const result = await work(req)
    await commitTransaction(req)
    return result
  } catch (error) {
    await killTransaction(req)
    await Promise.all(files.map((file) => unlink(path.join(APPLICANT_FILES_DIR, file.name)).catch(() => undefined)))
    throw error
  }
}

/** The fields of a Payload validation error, e.g. ['identityKey'] for a unique-index clash. */
export function failedFields(error: unknown): string[] {
  const data = (error as { data?: { errors?: { path?: string }[] } }).data
  return data?.errors?.map((e) => e.path ?? '') ?? []
}

/** Lets the applicant of this write reference (and so read) files it has just created. */
export function grantFiles(req: PayloadRequest, ids: (number | string)[]): void {
  const grant = (req.context.applicant ??= {}) as { fileIds?: (number | string)[] }
  grant.fileIds = [...(grant.fileIds ?? []), ...ids]
}
