import { addDataAndFileToRequest, type Endpoint, headersWithCors } from 'payload'

import { releasePoolPhotos } from './operations/releasePoolPhotos'
import { uploadPoolPhotos, type PoolUploadFile } from './operations/uploadPoolPhotos'
import { withdrawPoolPhoto } from './operations/withdrawPoolPhoto'

const json = (req: Parameters<Endpoint['handler']>[0], body: unknown, status = 200) =>
  Response.json(body, { status, headers: headersWithCors({ headers: new Headers(), req }) })

/**
 * `POST /api/pool-photos/upload` (multipart: `session`, `credit`, one or more `photos`, a `caption`
 * per photo in the same order): a pool member's batch (uploadPoolPhotos). 201 when at least one
 * photo was stored, 400 when none was; each file's outcome is in `results`.
 */
const uploadEndpoint: Endpoint = {
  path: '/upload',
  method: 'post',
  handler: async (req) => {
    // A body that is not a form is an empty batch: the operation refuses it (or the caller) in words.
    const form = (await req.formData?.().catch(() => null)) ?? new FormData()
    const captions = form.getAll('caption').map(String)
    const files: PoolUploadFile[] = []
    for (const [index, entry] of form.getAll('photos').entries()) {
      if (typeof entry === 'string' || entry.size === 0) continue
      files.push({
        name: entry.name,
        bytes: new Uint8Array(await entry.arrayBuffer()),
        caption: captions[index],
      })
    }
    const outcome = await uploadPoolPhotos(req, {
      session: String(form.get('session') ?? ''),
      credit: typeof form.get('credit') === 'string' ? String(form.get('credit')) : null,
      files,
    })
    return json(req, outcome, outcome.results.some((r) => r.ok) ? 201 : 400)
  },
}

/** `POST /api/pool-photos/release` with `{ "ids": [...] }`: an editor releases photos (releasePoolPhotos). */
const releaseEndpoint: Endpoint = {
  path: '/release',
  method: 'post',
  handler: async (req) => {
    await addDataAndFileToRequest(req)
    const ids = (req.data as { ids?: unknown } | undefined)?.ids
    const result = await releasePoolPhotos(req, {
      ids: Array.isArray(ids)
        ? ids.filter((id) => typeof id === 'string' || typeof id === 'number')
        : [],
    })
    return json(req, result)
  },
}

/** `POST /api/pool-photos/:id/withdraw`: the photographer before release, or an editor (withdrawPoolPhoto). */
const withdrawEndpoint: Endpoint = {
  path: '/:id/withdraw',
  method: 'post',
  handler: async (req) =>
    json(req, await withdrawPoolPhoto(req, { id: String(req.routeParams?.id ?? '') })),
}

export const poolPhotoEndpoints: Endpoint[] = [uploadEndpoint, releaseEndpoint, withdrawEndpoint]
