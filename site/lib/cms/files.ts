import { randomUUID } from 'node:crypto'

import { judgeUpload, type UploadErrorCode, type UploadKind } from '~/cms/lib/files/judgeUpload'
import { normaliseInPool } from '~/cms/lib/files/imagePool'

export type PreparedFile = { data: Buffer; mimetype: string; name: string; size: number }
export type FileProblem = UploadErrorCode | 'missing' | 'too_small' | 'too_many_pixels'

/**
 * An uploaded form file made safe to keep: judged by its bytes, images re-encoded by sharp
 * (metadata dropped, portraits cut to 3:4) in the image processes, not on the thread that serves
 * pages (imagePool.ts), stored under a random name.
 */
export async function prepareUpload(
  file: FormDataEntryValue | null,
  kind: UploadKind,
): Promise<{ ok: true; file: PreparedFile } | { ok: false; code: FileProblem }> {
  if (!file || typeof file === 'string' || file.size === 0)
    return { ok: false, code: file && typeof file !== 'string' ? 'empty' : 'missing' }
  const bytes = new Uint8Array(await file.arrayBuffer())
  const verdict = await judgeUpload(bytes, kind)
  if (!verdict.ok) return verdict
  if (verdict.mime === 'application/pdf')
    return { ok: true, file: named(Buffer.from(bytes), 'application/pdf', 'pdf') }
  const image = await normaliseInPool(kind, bytes)
  if (!image.ok) return image
  return { ok: true, file: named(image.jpeg, 'image/jpeg', 'jpg') }
}

const named = (data: Buffer, mimetype: string, ext: string): PreparedFile => ({
  data,
  mimetype,
  name: `${randomUUID()}.${ext}`,
  size: data.length,
})
