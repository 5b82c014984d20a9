import {
  addDataAndFileToRequest,
  headersWithCors,
  type Endpoint,
  type PayloadRequest,
} from 'payload'
import { extractID } from 'payload/shared'

import { inTransaction } from '~/cms/db/inTransaction'
import type { LiveUpdate } from '~/cms/payload-types'
import { findUpdate, liveRefusal, mustBeLiveEditor } from './liveStore'
import { closeLiveCoverage } from './operations/closeLiveCoverage'
import { correctLiveUpdate } from './operations/correctLiveUpdate'
import { deleteLiveUpdate } from './operations/deleteLiveUpdate'
import { openLiveCoverage } from './operations/openLiveCoverage'
import { pinLiveUpdate } from './operations/pinLiveUpdate'
import { postLiveUpdate } from './operations/postLiveUpdate'

/**
 * REST and the admin's forms for live coverage. They only translate: each action is one operation
 * (cms/live/operations). Payload matches a collection's own endpoints before its built-in ones, so
 * `POST /api/live-updates` (the admin's "create") and `PATCH /api/live-updates/:id` (its "save")
 * land here and never write a row the operations did not check and number.
 */
type Body = Record<string, unknown>

const en = (req: PayloadRequest) => req.i18n?.language === 'en'
const text = (value: unknown) => (typeof value === 'string' ? value : null)
const idOf = (req: PayloadRequest) => String(req.routeParams?.id ?? '')
const answer = (req: PayloadRequest, body: unknown, status = 200) =>
  Response.json(body, { status, headers: headersWithCors({ headers: new Headers(), req }) })

async function bodyOf(req: PayloadRequest): Promise<Body> {
  await addDataAndFileToRequest(req)
  return (req.data ?? {}) as Body
}

const postUpdate: Endpoint = {
  path: '/',
  method: 'post',
  handler: async (req) => {
    // Who first: a caller without the right learns nothing about what the post lacks.
    mustBeLiveEditor(req)
    const data = await bodyOf(req)
    if (!data.session) throw liveRefusal(req, 'session-missing')
    const doc = await postLiveUpdate(req, {
      session: String(extractID(data.session as number)),
      kind: text(data.kind),
      text: text(data.text),
      credit: text(data.credit),
      speaker: text(data.speaker),
      pinned: data.pinned === true || data.pinned === 'true',
      language: data.language === 'en' ? 'en' : 'vi',
      photo: data.photo ? extractID(data.photo as number) : null,
      upload: req.file ? { data: req.file.data, name: req.file.name } : null,
    })
    return answer(req, { doc, message: en(req) ? 'Update posted.' : 'Đã đăng cập nhật.' }, 201)
  },
}

const same = (a: unknown, b: unknown) =>
  String((a && typeof a === 'object' ? extractID(a as unknown as number) : a) ?? '').trim() ===
  String((b && typeof b === 'object' ? extractID(b as unknown as number) : b) ?? '').trim()

/**
 * The admin's "save" of an update: a removal, a correction (new text with its note) and a pin
 * are each their operation, in one transaction; what a posted update cannot change is refused.
 */
const saveUpdate: Endpoint = {
  path: '/:id',
  method: 'patch',
  handler: async (req) => {
    mustBeLiveEditor(req)
    const data = await bodyOf(req)
    const doc = await inTransaction(req, async (req) => {
      const current = await findUpdate(req, idOf(req))
      for (const field of ['session', 'kind', 'photo', 'credit', 'speaker'] as const)
        if (field in data && !same(data[field], current[field]))
          throw liveRefusal(req, 'fixed-after-posting')
      let result: LiveUpdate = current
      if (data.state === 'deleted' && current.state !== 'deleted')
        return deleteLiveUpdate(req, { update: current.id })
      if ('text' in data && !same(data.text, current.text))
        result = await correctLiveUpdate(req, {
          update: current.id,
          text: text(data.text),
          correction: text(data.correction),
        })
      if ('pinned' in data && Boolean(data.pinned) !== Boolean(current.pinned))
        result = await pinLiveUpdate(req, { update: current.id, pinned: Boolean(data.pinned) })
      return result
    })
    return answer(req, { doc, message: en(req) ? 'Saved.' : 'Đã lưu.' })
  },
}

/** The list's bulk edit: each change is an action of its own on one update. */
const bulkEdit: Endpoint = {
  path: '/',
  method: 'patch',
  handler: async (req) => {
    mustBeLiveEditor(req)
    throw liveRefusal(req, 'one-at-a-time')
  },
}

const action = (
  path: string,
  run: (req: PayloadRequest, id: string, data: Body) => Promise<unknown>,
): Endpoint => ({
  path,
  method: 'post',
  handler: async (req) => {
    const doc = await run(req, idOf(req), await bodyOf(req))
    return answer(req, { doc, message: en(req) ? 'Done.' : 'Đã xong.' })
  },
})

/** POST /api/live-updates/:id/correct | delete | pin | unpin: the phone's and the admin's buttons. */
export const liveUpdateEndpoints: Endpoint[] = [
  postUpdate,
  saveUpdate,
  bulkEdit,
  action('/:id/correct', (req, update, data) =>
    correctLiveUpdate(req, { update, text: text(data.text), correction: text(data.correction) }),
  ),
  action('/:id/delete', (req, update) => deleteLiveUpdate(req, { update })),
  action('/:id/pin', (req, update) => pinLiveUpdate(req, { update, pinned: true })),
  action('/:id/unpin', (req, update) => pinLiveUpdate(req, { update, pinned: false })),
]

/** POST /api/sessions/:id/live/open | close: the session's "live coverage" buttons in the admin. */
export const liveSessionEndpoints: Endpoint[] = [
  action('/:id/live/open', (req, session) => openLiveCoverage(req, { session })),
  action('/:id/live/close', (req, session) => closeLiveCoverage(req, { session })),
]
