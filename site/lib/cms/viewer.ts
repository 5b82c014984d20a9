import type { AstroCookies } from 'astro'
import type { TypedUser } from 'payload'

import { isAccreditedJournalist } from '~/cms/access/isAccreditedJournalist'

import { cached } from './cache'
import { journalistFromToken, PRESS_COOKIE } from './journalist'

/**
 * Who is reading. Every content read passes `user` to the Local API with access control on, so
 * the CMS's own rules (embargo, press-only documents) decide. Only anonymous reads are cached:
 * a press-only answer is never stored where the public could be served it.
 */
export type Viewer = { user?: TypedUser | null }

export const PUBLIC_VIEWER: Viewer = { user: null }

export const isAnonymous = (viewer: Viewer): boolean => !viewer.user

/** Whether the reader is a journalist whose accreditation stands (the CMS's own rule). */
export const isAccreditedPress = (viewer: Viewer): boolean =>
  isAccreditedJournalist({ user: viewer.user ?? null })

export function readAs<T>(
  viewer: Viewer,
  key: string,
  loader: () => Promise<T>,
  mayServeStale?: (value: T) => boolean,
): Promise<T> {
  return isAnonymous(viewer) ? cached(key, loader, mayServeStale) : loader()
}

/** The reader of this request: the signed-in accredited journalist when there is one, else the public. */
export async function viewerFrom(cookies: AstroCookies): Promise<Viewer> {
  const journalist = await journalistFromToken(cookies.get(PRESS_COOKIE)?.value)
  return journalist
    ? { user: { ...journalist, collection: 'journalists' } as TypedUser }
    : PUBLIC_VIEWER
}
