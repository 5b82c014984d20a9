import { APIError, createLocalReq } from 'payload'

import { confirmSubscription } from '~/cms/distribution/operations/confirmSubscription'
import { subscribe } from '~/cms/distribution/operations/subscribe'
import { unsubscribe } from '~/cms/distribution/operations/unsubscribe'
import { payloadClient } from './payload'

/** What a subscription page shows: done, or a refusal (a 4xx and its sentence in the page's language). */
export type SubscriptionOutcome = { ok: true } | { ok: false; status: number; message: string }

async function answer(work: () => Promise<unknown>): Promise<SubscriptionOutcome> {
  try {
    await work()
    return { ok: true }
  } catch (error) {
    if (error instanceof APIError && error.status >= 400 && error.status < 500)
      return { ok: false, status: error.status, message: error.message }
    throw error
  }
}

const anonymous = async () => createLocalReq({}, await payloadClient())

/** The public form: an address and its consent; the confirm link is e-mailed (double opt-in). */
export async function subscribeToReleases(
  email: string,
  consent: boolean,
  locale: 'vi' | 'en',
): Promise<SubscriptionOutcome> {
  return answer(async () => subscribe(await anonymous(), { email, consent, language: locale }))
}

/** The confirm link from the e-mail, once its button is pressed. */
export async function confirmReleaseSubscription(
  secret: string,
  locale: 'vi' | 'en',
): Promise<SubscriptionOutcome> {
  return answer(async () => confirmSubscription(await anonymous(), { secret, language: locale }))
}

/** The unsubscribe link of a release, once its button is pressed. */
export async function unsubscribeFromReleases(
  token: string,
  locale: 'vi' | 'en',
): Promise<SubscriptionOutcome> {
  return answer(async () => unsubscribe(await anonymous(), { token, language: locale }))
}
