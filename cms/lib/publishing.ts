import type { Where } from 'payload'

/** The publishing rule for the public: published, and its publication time has come. */
export type Publishable = { _status?: 'draft' | 'published' | null; publishedAt?: string | null }

export function isPublicNow(doc: Publishable, now: Date): boolean {
  if (doc._status !== 'published') return false
  if (!doc.publishedAt) return true
  return new Date(doc.publishedAt).getTime() <= now.getTime()
}

/** The same rule as a Payload query, for access control and lists. */
export function publicNowWhere(now: Date): Where {
  return {
    and: [
      { _status: { equals: 'published' } },
      {
        or: [
          { publishedAt: { less_than_equal: now.toISOString() } },
          { publishedAt: { exists: false } },
        ],
      },
    ],
  }
}
