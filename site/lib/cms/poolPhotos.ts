import path from 'node:path'

import { createLocalReq, type PayloadRequest } from 'payload'

import type { Journalist } from '~/cms/payload-types'
import { POOL_PHOTOS_DIR } from '~/cms/paths'
import { poolArea, type PoolArea } from '~/cms/poolphotos/poolArea'
import {
  type PoolUploadFile,
  type PoolUploadResult,
  uploadPoolPhotos,
} from '~/cms/poolphotos/operations/uploadPoolPhotos'
import { withdrawPoolPhoto } from '~/cms/poolphotos/operations/withdrawPoolPhoto'
import type { Locale } from '../i18n/locales'
import { type MediaFile, openFile } from './media'
import { payloadClient } from './payload'

export type { PoolArea, PoolGalleryView, PoolPhotoView } from '~/cms/poolphotos/poolArea'
export type { PoolUploadResult } from '~/cms/poolphotos/operations/uploadPoolPhotos'

async function journalistRequest(journalist: Journalist, locale: Locale): Promise<PayloadRequest> {
  return createLocalReq(
    { user: { ...journalist, collection: 'journalists' }, context: { language: locale } },
    await payloadClient(),
  )
}

/** A refusal the page shows as it is (a 4xx with a sentence in the journalist's language). */
const refusal = (error: unknown): { status: number; message: string } | null => {
  const { status, message } = error as { status?: number; message?: string }
  return status && status >= 400 && status < 500 ? { status, message: message ?? '' } : null
}

/** The press area's pool section for this journalist. */
export async function getPoolArea(journalist: Journalist, locale: Locale): Promise<PoolArea> {
  return poolArea(await journalistRequest(journalist, locale), locale)
}

export type PoolFormOutcome =
  | { ok: true; status: number; results: PoolUploadResult[]; message?: string }
  | { ok: false; status: number; message: string; results?: PoolUploadResult[] }

/**
 * The pool form translated to its operation: `intent=upload` (session, credit, several `photos`
 * with a `caption` each) or `intent=withdraw` (photo). 200 when something was stored, 400 when
 * every file was refused, the operation's 4xx for a refusal of the whole form.
 */
export async function poolPhotosFromForm(
  journalist: Journalist,
  form: FormData,
  locale: Locale,
): Promise<PoolFormOutcome> {
  const req = await journalistRequest(journalist, locale)
  try {
    if (form.get('intent') === 'withdraw') {
      await withdrawPoolPhoto(req, { id: String(form.get('photo') ?? '') })
      return { ok: true, status: 200, results: [] }
    }
    const captions = form.getAll('caption').map(String)
    const files: PoolUploadFile[] = []
    for (const [index, entry] of form.getAll('photos').entries()) {
      if (typeof entry === 'string' || entry.size === 0) continue
      files.push({
        name: entry.name,
        bytes: new Uint8Array(await entry.arrayBuffer()),
        caption: captions[index] ?? captions[0],
      })
    }
    const { results } = await uploadPoolPhotos(req, {
      session: String(form.get('session') ?? ''),
      credit: String(form.get('credit') ?? ''),
      files,
    })
    return { ok: true, status: results.some((r) => r.ok) ? 200 : 400, results }
  } catch (error) {
    const refused = refusal(error)
    if (!refused) throw error
    return { ok: false, ...refused }
  }
}

const FILE_KINDS = ['original', 'preview', 'thumbnail'] as const
export type PoolFileKind = (typeof FILE_KINDS)[number]
export const isPoolFileKind = (value: string | undefined): value is PoolFileKind =>
  (FILE_KINDS as readonly string[]).includes(value ?? '')

/**
 * A pool photo's original or preview for the signed-in journalist, read with access on: only the
 * accredited press of its event get it. Never cached; null for anyone else.
 */
export async function readPoolPhotoFile(
  journalist: Journalist | null,
  id: string,
  kind: PoolFileKind,
): Promise<(MediaFile & { filename: string }) | null> {
  if (!journalist || !/^\d{1,12}$|^[0-9a-f]{24}$/.test(id)) return null
  const payload = await payloadClient()
  const photo = await payload
    .findByID({
      collection: 'pool-photos',
      id,
      depth: 0,
      overrideAccess: false,
      user: { ...journalist, collection: 'journalists' },
      disableErrors: true,
    })
    .catch(() => null)
  const filename = kind === 'original' ? photo?.filename : photo?.sizes?.[kind]?.filename
  if (!filename) return null
  const type = kind === 'original' ? 'image/jpeg' : 'image/webp'
  const file = await openFile(path.join(POOL_PHOTOS_DIR, path.basename(filename)), type)
  return file ? { ...file, filename } : null
}
