/**
 * How long the portal keeps applicants' personal data (Vietnam's Personal Data Protection Law:
 * keep it only as long as the purpose needs it). Pure rules; `npm run purge` applies them.
 *
 * - Portraits and assignment letters: needed to decide and to check faces at the door, so they
 *   go `documentsDaysAfterEvent` days after the congress ends.
 * - Rejected and withdrawn applications: kept `closedApplicationsDays` after they were closed
 *   (time to answer a complaint), then erased whole.
 * - Check-in logs: kept `checkInsDaysAfterEvent` days after the congress ends.
 */
export type RetentionPolicy = {
  documentsDaysAfterEvent: number
  closedApplicationsDays: number
  checkInsDaysAfterEvent: number
}

export type RetentionEnv = {
  RETENTION_DOCUMENTS_DAYS_AFTER_EVENT: number
  RETENTION_CLOSED_APPLICATIONS_DAYS: number
  RETENTION_CHECKINS_DAYS_AFTER_EVENT: number
}

export const policyFromEnv = (env: RetentionEnv): RetentionPolicy => ({
  documentsDaysAfterEvent: env.RETENTION_DOCUMENTS_DAYS_AFTER_EVENT,
  closedApplicationsDays: env.RETENTION_CLOSED_APPLICATIONS_DAYS,
  checkInsDaysAfterEvent: env.RETENTION_CHECKINS_DAYS_AFTER_EVENT,
})

const DAY_MS = 24 * 60 * 60 * 1000
const after = (from: Date, days: number) => new Date(from.getTime() + days * DAY_MS)

export const CLOSED_STATUSES = ['rejected', 'withdrawn'] as const

export type ApplicationFacts = {
  id: number | string
  referenceCode: string
  status: string
  closedAt: Date | null
  hasDocuments: boolean
}

export type PurgePlan = {
  /** Applications whose portrait and letter go (the application itself stays). */
  documents: ApplicationFacts[]
  /** Rejected or withdrawn applications erased whole. */
  erase: ApplicationFacts[]
  /** Check-ins scanned before this moment go; null while the congress has not ended long enough. */
  checkInsBefore: Date | null
  documentsDueAt: Date | null
}

/** The end of the congress: the last day's end, or null while no dates are set. */
export function eventEnd(endDate: string | null | undefined): Date | null {
  if (!endDate) return null
  const end = new Date(endDate)
  return Number.isNaN(end.getTime()) ? null : after(end, 1)
}

/** What is due for deletion at `now`. An application erased whole is not listed for documents too. */
export function planPurge(
  applications: ApplicationFacts[],
  end: Date | null,
  policy: RetentionPolicy,
  now: Date,
): PurgePlan {
  const erase = applications.filter(
    (app) =>
      isClosed(app.status) &&
      app.closedAt !== null &&
      now >= after(app.closedAt, policy.closedApplicationsDays),
  )
  const erased = new Set(erase.map((app) => app.id))
  const documentsDueAt = end ? after(end, policy.documentsDaysAfterEvent) : null
  const documents =
    documentsDueAt && now >= documentsDueAt
      ? applications.filter((app) => app.hasDocuments && !erased.has(app.id))
      : []
  const checkInsDueAt = end ? after(end, policy.checkInsDaysAfterEvent) : null
  return {
    documents,
    erase,
    checkInsBefore: checkInsDueAt && now >= checkInsDueAt ? checkInsDueAt : null,
    documentsDueAt,
  }
}

export const isClosed = (status: string): boolean =>
  (CLOSED_STATUSES as readonly string[]).includes(status)
