import type { Payload } from 'payload'

import type { Zone } from '~/cms/lib/passes/zones'

let knownRules: { zones: Zone[]; until: number } | null = null

/** Called when the press office saves the rules: this process reads them afresh (others within 5 s). */
export const forgetCheckInRules = (): void => {
  knownRules = null
}

/**
 * The zones whose lists admit a pass again the same day (the press office's check-in rules). Kept
 * for 5 s: the rules change once or twice an event, a door scan happens several times a second.
 */
export async function reentryZones(payload: Payload): Promise<Zone[]> {
  if (knownRules && knownRules.until > Date.now()) return knownRules.zones
  const rules = await payload.findGlobal({ slug: 'check-in-rules', depth: 0, overrideAccess: true })
  knownRules = { zones: (rules.reentryZones ?? []) as Zone[], until: Date.now() + 5000 }
  return knownRules.zones
}
