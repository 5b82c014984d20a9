/**
 * The rules of the pool gallery: who may upload to a session's pool, when, how much at once, and
 * who may withdraw a photo. Pure functions: the operations (cms/poolphotos/operations) apply them.
 *
 * Every member of a session's pool may upload, whatever their role: a pool is a handful of passes
 * and a reporter's phone photo of a closed room is pool material too; the officers choose the
 * photographers when they name the pool.
 */

/** Photographers may send their pictures from an hour before the session... */
export const POOL_UPLOAD_OPENS_BEFORE_MS = 60 * 60 * 1000
/** ...until a day after it ends (the evening's editing, a late train). */
export const POOL_UPLOAD_CLOSES_AFTER_MS = 24 * 60 * 60 * 1000
/** One form: a burst from a phone, not a whole card. */
export const POOL_BATCH_MAX = 20
/** A camera original (a 45-megapixel JPEG stays under it). */
export const POOL_PHOTO_MAX_BYTES = 25 * 1024 * 1024
export const POOL_CAPTION_MAX = 400
export const POOL_CREDIT_MAX = 120

export type UploadWindow = 'not-yet-open' | 'open' | 'closed'

type Timed = { startsAt: string; endsAt?: string | null }

/** Whether a session's pool takes photos at a moment. */
export function poolUploadWindow(session: Timed, at: Date): UploadWindow {
  const start = new Date(session.startsAt).getTime()
  const end = new Date(session.endsAt ?? session.startsAt).getTime()
  if (at.getTime() < start - POOL_UPLOAD_OPENS_BEFORE_MS) return 'not-yet-open'
  if (at.getTime() > end + POOL_UPLOAD_CLOSES_AFTER_MS) return 'closed'
  return 'open'
}

/** When the window closes, to tell the photographer. */
export const poolUploadClosesAt = (session: Timed): Date =>
  new Date(new Date(session.endsAt ?? session.startsAt).getTime() + POOL_UPLOAD_CLOSES_AFTER_MS)

export type PoolUploadRefusal =
  | 'not-in-pool'
  | 'pass-revoked'
  | 'upload-not-open'
  | 'upload-closed'
  | 'no-files'
  | 'too-many-files'

/**
 * Why a journalist may not upload to a session's pool now, or null when they may. `passStatus` is
 * the status of the pass named in the pool (null: none of their passes is in this pool).
 */
export function poolUploadRefusal(input: {
  passStatus: string | null
  window: UploadWindow
  files: number
}): PoolUploadRefusal | null {
  if (input.passStatus === null) return 'not-in-pool'
  if (input.passStatus !== 'active') return 'pass-revoked'
  if (input.window === 'not-yet-open') return 'upload-not-open'
  if (input.window === 'closed') return 'upload-closed'
  if (input.files === 0) return 'no-files'
  if (input.files > POOL_BATCH_MAX) return 'too-many-files'
  return null
}

/** The uploader withdraws their own photo before it is released; an editor withdraws any. */
export function mayWithdrawPoolPhoto(input: {
  isEditor: boolean
  isUploader: boolean
  released: boolean
}): boolean {
  return input.isEditor || (input.isUploader && !input.released)
}

/** "Name / Outlet", the credit a released photo carries; what the photographer typed wins. */
export function poolCredit(typed: string | null | undefined, name: string, outlet: string): string {
  const own = (typed ?? '').replace(/\s+/g, ' ').trim()
  const fallback = [name.trim(), outlet.trim()].filter(Boolean).join(' / ')
  return (own || fallback).slice(0, POOL_CREDIT_MAX)
}

/** A caption as kept: one line of plain text, trimmed to the limit. */
export const poolCaption = (typed: string | null | undefined): string =>
  (typeof typed === 'string' ? typed : '').replace(/\s+/g, ' ').trim().slice(0, POOL_CAPTION_MAX)

/** The title of a session's public pool gallery. */
export const poolGalleryTitle = (sessionTitle: string, locale: 'vi' | 'en'): string =>
  `${locale === 'en' ? 'Pool photos' : 'Ảnh pool'}: ${sessionTitle}`
