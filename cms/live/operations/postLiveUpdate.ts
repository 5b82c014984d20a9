import { randomBytes } from 'node:crypto'
import { unlink } from 'node:fs/promises'
import path from 'node:path'

import type { PayloadRequest } from 'payload'
import sharp from 'sharp'

import { inTransaction } from '~/cms/db/inTransaction'
import { judgeUpload, UPLOAD_MAX_BYTES } from '~/cms/lib/files/judgeUpload'
import { MAX_INPUT_PIXELS } from '~/cms/lib/files/normaliseImages'
import { checkNewUpdate } from '~/cms/lib/live/liveRules'
import { now } from '~/cms/lib/time'
import type { LiveUpdate, Media } from '~/cms/payload-types'
import { MEDIA_DIR } from '~/cms/paths'
import { findSession, liveRefusal, mustBeLiveEditor, nextSeq } from '../liveStore'

export type NewLiveUpdate = {
  session: number | string
  kind?: string | null
  text?: string | null
  credit?: string | null
  speaker?: string | null
  pinned?: boolean | null
  language?: 'vi' | 'en' | null
  /** A photo already in the media library (the admin's upload field). */
  photo?: number | string | null
  /** A photo's bytes as sent (the phone's camera): judged by its bytes, stored in `media`. */
  upload?: { data: Buffer; name?: string } | null
}

/**
 * Posts one update to a session's live coverage: editors and admins only, on a session that is
 * live now. A photo from the phone is judged by its bytes and stored in the media library, where
 * sharp re-encodes it (EXIF and GPS gone) and makes its web sizes; it carries the credit. The
 * update takes the next `seq` in the same transaction; a refusal leaves nothing behind.
 */
export async function postLiveUpdate(
  req: PayloadRequest,
  input: NewLiveUpdate,
): Promise<LiveUpdate> {
  mustBeLiveEditor(req)
  const upload = input.upload?.data.length ? input.upload : null
  const image = upload ? await judgeImage(req, upload.data) : null
  const stored: Media[] = []
  return inTransaction(
    req,
    async (req) => {
      const session = await findSession(req, input.session)
      const verdict = checkNewUpdate(session.liveState, {
        ...input,
        hasPhoto: Boolean(image || input.photo),
      })
      if (!verdict.ok) throw liveRefusal(req, verdict.code)
      const update = verdict.value
      let photo = input.photo ? Number(input.photo) : null
      if (upload && image) {
        const media = await req.payload.create({
          collection: 'media',
          data: { alt: update.text.slice(0, 200), credit: update.credit },
          file: {
            data: upload.data,
            mimetype: image.mime,
            name: `live-${randomBytes(8).toString('hex')}.${image.ext}`,
            size: upload.data.length,
          },
          depth: 0,
          overrideAccess: true,
          req,
        })
        stored.push(media)
        photo = media.id
      }
      const moment = now().toISOString()
      return req.payload.create({
        collection: 'live-updates',
        data: {
          session: session.id,
          ...update,
          photo,
          language: input.language === 'en' ? 'en' : 'vi',
          state: 'published',
          postedAt: moment,
          changedAt: moment,
          seq: await nextSeq(req),
          author: req.user?.collection === 'users' ? req.user.id : null,
        },
        depth: 0,
        overrideAccess: true,
        req,
      })
    },
    () => removeMediaFiles(stored),
  )
}

/** A raster image (JPEG, PNG, WebP) by its bytes, not its name, and not a pixel bomb. */
async function judgeImage(
  req: PayloadRequest,
  bytes: Buffer,
): Promise<{ mime: 'image/jpeg' | 'image/png' | 'image/webp'; ext: string }> {
  if (bytes.length > UPLOAD_MAX_BYTES) throw liveRefusal(req, 'image-too-large')
  const judged = await judgeUpload(bytes, 'portrait')
  if (!judged.ok || judged.mime === 'application/pdf') throw liveRefusal(req, 'not-an-image')
  const meta = await sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS })
    .metadata()
    .catch(() => null)
  if (!meta?.width || !meta.height) throw liveRefusal(req, 'not-an-image')
  return { mime: judged.mime, ext: judged.ext }
}

/** Upload bytes reach the disk before the rows commit: a rolled-back post removes them. */
const removeMediaFiles = (stored: Media[]) =>
  Promise.all(
    stored.flatMap((media) =>
      [media.filename, ...Object.values(media.sizes ?? {}).map((size) => size?.filename)]
        .filter((name): name is string => Boolean(name))
        .map((name) => unlink(path.join(MEDIA_DIR, path.basename(name))).catch(() => undefined)),
    ),
  )
