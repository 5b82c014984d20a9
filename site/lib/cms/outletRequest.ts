import { createLocalReq, type PayloadRequest, type TypedUser } from 'payload'

import type { OutletManager } from '~/cms/payload-types'
import type { Locale } from '../i18n/locales'
import { payloadClient } from './payload'

/** An operation's answer for a page: done, or the refusal's sentence (already in the visitor's language) and status. */
export type OutletOutcome<T = null> =
  { ok: true; value: T } | { ok: false; status: number; message: string }

/** A request as the manager (or nobody), in the visitor's language, for an operation. */
export async function requestFor(
  manager: OutletManager | null,
  locale: Locale,
  client?: string,
): Promise<PayloadRequest> {
  const user = manager
    ? ({ ...manager, collection: 'outlet-managers' } as unknown as TypedUser)
    : null
  return createLocalReq(
    { user: user ?? undefined, context: { language: locale, clientKey: client } },
    await payloadClient(),
  )
}

/** Runs an operation; a refusal (4xx) becomes the page's answer, anything else is thrown. */
export async function attempt<T>(work: () => Promise<T>): Promise<OutletOutcome<T>> {
  try {
    return { ok: true, value: await work() }
  } catch (error) {
    const { status, message } = error as { status?: number; message?: string }
    if (status && status >= 400 && status < 500)
      return { ok: false, status, message: message ?? '' }
    throw error
  }
}
