import { purposeMac, sameSignature } from '../signing'

/**
 * The editor's preview link: shows the latest draft of ONE document on the site, for a short
 * while, to whoever holds the link (the editor's browser tab, the admin's live-preview pane).
 * Bound to the collection, the document and the editor who asked for it (the site reads the
 * draft as that editor, so a link dies with their role), and to an expiry.
 * Format: `<collection>.<document id>.<editor id>.<expiry, epoch s>.<HMAC-SHA256>`.
 *
 * The language is not bound: the same draft in the other language discloses nothing more.
 */
export const PREVIEW_COLLECTIONS = ['news', 'press-releases', 'galleries', 'sessions'] as const
export type PreviewCollection = (typeof PREVIEW_COLLECTIONS)[number]

export const isPreviewCollection = (value: unknown): value is PreviewCollection =>
  PREVIEW_COLLECTIONS.includes(value as PreviewCollection)

/** A link lives at least this long… */
export const PREVIEW_LINK_MINUTES = 20
/**
 * …and ends on a step of this many minutes, so every save within a step gives the admin's
 * live-preview pane the same address (it reloads on the save message, not on a new address).
 */
export const PREVIEW_STEP_MINUTES = 5

/** When a link made now expires: 20 to 25 minutes ahead, on a 5-minute step. */
export function previewExpiry(now: Date): Date {
  const step = PREVIEW_STEP_MINUTES * 60_000
  return new Date(Math.ceil((now.getTime() + PREVIEW_LINK_MINUTES * 60_000) / step) * step)
}

export type PreviewGrant = {
  collection: PreviewCollection
  id: number | string
  editorId: number | string
  expiresAt: Date
}

export type PreviewProblem = 'missing' | 'malformed' | 'forged' | 'expired' | 'other-document'

const mac = (secret: string, body: string) => purposeMac(secret, 'content-preview-link')(body)
const ID = '[0-9a-f]{1,24}'
const SHAPE = new RegExp(`^([a-z-]{1,40})\\.(${ID})\\.(${ID})\\.(\\d{1,12})\\.([A-Za-z0-9_-]{43})$`)

export function signPreviewToken(secret: string, grant: PreviewGrant): string {
  const expiry = Math.floor(grant.expiresAt.getTime() / 1000)
  const body = `${grant.collection}.${grant.id}.${grant.editorId}.${expiry}`
  return `${body}.${mac(secret, body)}`
}

/**
 * Whether a link opens this document now: the editor it names and its expiry when it does; the
 * reason when it does not (never a throw, whatever the input).
 */
export function verifyPreviewToken(
  secret: string,
  token: string | null | undefined,
  wanted: { collection: string; id: string },
  now: Date,
): { ok: true; editorId: string; expiresAt: Date } | { ok: false; problem: PreviewProblem } {
  if (token === null || token === undefined || token === '')
    return { ok: false, problem: 'missing' }
  const match = typeof token === 'string' && token.length <= 200 ? SHAPE.exec(token) : null
  if (!match) return { ok: false, problem: 'malformed' }
  const [, collection, id, editorId, expiry, signature] = match as unknown as string[]
  if (!sameSignature(mac(secret, `${collection}.${id}.${editorId}.${expiry}`), signature!))
    return { ok: false, problem: 'forged' }
  if (collection !== wanted.collection || id !== wanted.id)
    return { ok: false, problem: 'other-document' }
  const expiresAt = new Date(Number(expiry) * 1000)
  if (expiresAt.getTime() <= now.getTime()) return { ok: false, problem: 'expired' }
  return { ok: true, editorId: editorId!, expiresAt }
}

/** Whether a site path (without the language prefix) is a preview: the admin may frame those only. */
export const isPreviewPath = (path: string): boolean => path.startsWith('/preview/')

/** The site path of a preview (without the language prefix); the token goes in `?t=`. */
export const previewPath = (collection: PreviewCollection, id: number | string): string =>
  `/preview/${collection}/${id}/`
