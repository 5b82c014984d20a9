import type { Where } from 'payload'

import { isPublicNow, type Publishable, publicNowWhere } from './publishing'

/**
 * Who reads: staff who edit content see everything; accredited journalists see what is published,
 * embargoed or not; everyone else sees what is published and no longer under embargo.
 */
export type Audience = 'staff' | 'press' | 'public'

export type Embargoable = Publishable & { embargoUntil?: string | null }

export const isUnderEmbargo = (doc: { embargoUntil?: string | null }, now: Date): boolean =>
  Boolean(doc.embargoUntil) && new Date(doc.embargoUntil!).getTime() > now.getTime()

/** The embargo rule for press releases, checked at read time. */
export function canSeeRelease(doc: Embargoable, audience: Audience, now: Date): boolean {
  if (audience === 'staff') return true
  if (!isPublicNow(doc, now)) return false
  return audience === 'press' || !isUnderEmbargo(doc, now)
}

const embargoLiftedWhere = (now: Date): Where => ({
  or: [
    { embargoUntil: { exists: false } },
    { embargoUntil: { equals: null } },
    { embargoUntil: { less_than_equal: now.toISOString() } },
  ],
})

/** The same rule as a Payload query, for access control and lists. */
export function releaseReadWhere(audience: Audience, now: Date): Where | true {
  if (audience === 'staff') return true
  if (audience === 'press') return publicNowWhere(now)
  return { and: [publicNowWhere(now), embargoLiftedWhere(now)] }
}

/** Documents: for everyone, for accredited press only, or for the press until an embargo lifts and then for everyone. */
export const DOCUMENT_AUDIENCES = ['public', 'press', 'embargoed'] as const
export type DocumentAudience = (typeof DOCUMENT_AUDIENCES)[number]

export function canSeeDocument(
  doc: { audience?: DocumentAudience | null; embargoUntil?: string | null },
  audience: Audience,
  now: Date,
): boolean {
  if (audience !== 'public') return true
  if (doc.audience === 'public') return true
  return doc.audience === 'embargoed' && !isUnderEmbargo(doc, now)
}

export function documentReadWhere(audience: Audience, now: Date): Where | true {
  if (audience !== 'public') return true
  return {
    or: [
      { audience: { equals: 'public' } },
      {
        and: [
          { audience: { equals: 'embargoed' } },
          { embargoUntil: { less_than_equal: now.toISOString() } },
        ],
      },
    ],
  }
}
