import { randomUUID } from 'node:crypto'

import type { PayloadRequest } from 'payload'
import { extractID } from 'payload/shared'

import { inTransaction } from '~/cms/db/inTransaction'
import { judgeUpload } from '~/cms/lib/files/judgeUpload'
import { normaliseInPool } from '~/cms/lib/files/imagePool'
import {
  POOL_PHOTO_MAX_BYTES,
  poolCaption,
  poolCredit,
  poolUploadRefusal,
  poolUploadWindow,
} from '~/cms/lib/poolPhotos/poolPhotoRules'
import { now } from '~/cms/lib/time'
import { journalistOf } from '~/cms/profile/caller'
import { passesOf } from '../pressPasses'
import { languageOf, type PoolFileProblem, poolPhotoMessage, refusePoolPhoto } from '../refusals'
import { removePoolFiles } from '../storedFiles'

export type PoolUploadFile = {
  /** The name on the photographer's device: shown back in the per-file answer, never stored. */
  name: string
  bytes: Uint8Array
  caption?: string | null
}

export type UploadPoolPhotosInput = {
  session: number | string
  files: PoolUploadFile[]
  /** The credit as the photographer typed it; their name and outlet when empty. */
  credit?: string | null
}

export type PoolUploadResult =
  | { name: string; ok: true; id: number | string }
  | { name: string; ok: false; problem: PoolFileProblem; message: string }

/**
 * A pool member sends photos of a session to its pool gallery. Who, when and how many are checked
 * first (poolUploadRefusal): a refusal there stores nothing and is thrown as a 4xx. Then each file
 * stands alone: judged by its bytes, re-encoded (orientation applied, metadata dropped), and
 * stored with its row in its own transaction, or refused with a sentence saying why; a file that
 * fails leaves nothing on disk. The caller is the signed-in journalist (`req.user`).
 */
export async function uploadPoolPhotos(
  req: PayloadRequest,
  input: UploadPoolPhotosInput,
): Promise<{ session: number | string; results: PoolUploadResult[] }> {
  if (req.user?.collection !== 'journalists') refusePoolPhoto(req, 'not-signed-in')
  const account = await journalistOf(req)
  const session = await req.payload
    .findByID({ collection: 'sessions', id: input.session, depth: 0, overrideAccess: true, req })
    .catch(() => null)
  if (!session) refusePoolPhoto(req, 'no-such-session')
  const passes = await passesOf(req, account)
  const { docs: memberships } = await req.payload.find({
    collection: 'pool-members',
    where: {
      session: { equals: session.id },
      pass: { in: passes.map((pass) => pass.id) },
    },
    depth: 0,
    limit: 10,
    overrideAccess: true,
    req,
  })
  const passesInPool = passes.filter((pass) =>
    memberships.some((member) => String(extractID(member.pass)) === String(pass.id)),
  )
  // Of several passes in the pool (never usual), a valid one counts.
  const pass = passesInPool.find((p) => p.status === 'active') ?? passesInPool[0] ?? null
  const refusal = poolUploadRefusal({
    passStatus: pass ? pass.status : null,
    window: poolUploadWindow(session, now()),
    files: input.files.length,
  })
  if (refusal) refusePoolPhoto(req, refusal)

  const outlet = account.outlet
    ? await req.payload
        .findByID({
          collection: 'outlets',
          id: extractID(account.outlet),
          depth: 0,
          overrideAccess: true,
          req,
        })
        .catch(() => null)
    : null
  const credit = poolCredit(input.credit, account.name, outlet?.name ?? account.outletOther ?? '')
  const language = languageOf(req)
  const results: PoolUploadResult[] = []
  for (const file of input.files) {
    const name = file.name.slice(0, 120)
    const prepared = await preparePoolPhoto(file.bytes)
    if (!prepared.ok) {
      results.push({
        name,
        ok: false,
        problem: prepared.code,
        message: poolPhotoMessage(language, prepared.code),
      })
      continue
    }
    const storedName = `${randomUUID()}.jpg`
    const doc = await inTransaction(
      req,
      (req) =>
        req.payload.create({
          collection: 'pool-photos',
          overrideAccess: true,
          req,
          data: {
            session: session.id,
            event: session.event == null ? null : extractID(session.event),
            journalist: account.id,
            pass: pass!.id,
            credit,
            caption: poolCaption(file.caption),
            released: false,
          },
          file: {
            data: prepared.jpeg,
            mimetype: 'image/jpeg',
            name: storedName,
            size: prepared.jpeg.length,
          },
        }),
      removePoolFiles(storedName),
    )
    results.push({ name, ok: true, id: doc.id })
  }
  return { session: session.id, results }
}

async function preparePoolPhoto(bytes: Uint8Array) {
  const verdict = await judgeUpload(bytes, 'portrait', POOL_PHOTO_MAX_BYTES)
  if (!verdict.ok) return verdict
  return normaliseInPool('poolPhoto', bytes)
}
