import type { AstroCookies } from 'astro'
import type { TypedUser } from 'payload'

import { cached } from './cache'

/**
 * Who is reading. Every content read passes `user` to the Local API with access control on, so
 * the CMS's own rules (embargo, press-only documents) decide. Only anonymous reads are cached:
 * a press-only answer is never stored where the public could be served it.
 */
export type Viewer = { user?: TypedUser | null }

export const PUBLIC_VIEWER: Viewer = { user: null }

export const isAnonymous = (viewer: Viewer): boolean => !viewer.user

export function readAs<T>(viewer: Viewer, key: string, loader: () => Promise<T>): Promise<T> {
  return isAnonymous(viewer) ? cached(key, loader) : loader()
}

/** The reader of this request: the signed-in journalist when there is one, else the public. */
export async function viewerFrom(_cookies: AstroCookies): Promise<Viewer> {
  return PUBLIC_VIEWER
}
