import type { AstroGlobal } from 'astro'

import {
  confirmReleaseSubscription,
  type SubscriptionOutcome,
  unlessDatabaseDown,
  unsubscribeFromReleases,
} from './cms'
import { createT } from './i18n/t'
import { markPrivate } from './privatePage'

export type SubscriptionLinkAnswer = { done: boolean; refusal: string | null }

const ACTIONS = { confirm: confirmReleaseSubscription, unsubscribe: unsubscribeFromReleases }

/**
 * A release e-mail's link (confirm, unsubscribe): a GET shows the button, its POST acts. Sets the
 * answer's status (a refusal's 4xx, 503 while the database is down) before the page renders.
 */
export async function answerSubscriptionLink(
  Astro: AstroGlobal,
  kind: keyof typeof ACTIONS,
): Promise<SubscriptionLinkAnswer> {
  const { locale } = Astro.locals
  markPrivate(Astro.response.headers)
  if (Astro.request.method !== 'POST') return { done: false, refusal: null }
  const outcome: SubscriptionOutcome | null = await unlessDatabaseDown(
    ACTIONS[kind](Astro.params.token ?? '', locale),
  )
  if (!outcome) {
    Astro.response.status = 503
    return { done: false, refusal: createT(locale)('subscribe.paused') }
  }
  if (outcome.ok) return { done: true, refusal: null }
  Astro.response.status = outcome.status
  return { done: false, refusal: outcome.message }
}
