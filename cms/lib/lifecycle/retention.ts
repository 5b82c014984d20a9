/**
 * How long the portal keeps applicants' personal data (Vietnam's Personal Data Protection Law:
 * keep it only as long as the purpose needs it). Pure rules; `npm run purge` applies them.
 *
 * - Portraits and assignment letters: needed to decide and to check faces at the door, so they
 *   go `documentsDaysAfterEvent` days after THEIR event ends (each application's own event; an
 *   event still to come keeps its documents). A portrait that a journalist's kept profile uses
 *   stays with the profile.
 * - A press account's profile (and its portrait): kept for later events only when the journalist
 *   agreed (`keepProfile`); otherwise cleared `documentsDaysAfterEvent` days after the end of
 *   their last event.
 * - Rejected and withdrawn applications: kept `closedApplicationsDays` after they were closed
 *   (time to answer a complaint), then erased whole.
 * - Check-in logs: kept `checkInsDaysAfterEvent` days after their event ends.
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
  /** The end of the application's own event; when absent, planPurge's `end` stands in. */
  eventEnd?: Date | null
}

export type PurgePlan = {
  /** Applications whose portrait and letter go (the application itself stays). */
  documents: ApplicationFacts[]
  /** Rejected or withdrawn applications erased whole. */
  erase: ApplicationFacts[]
  /** Check-ins scanned before this moment go; null while the congress has not ended long enough. */
  checkInsBefore: Date | null
  /** The earliest moment a listed application's documents were due (for the report). */
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
  const dueAt = (app: ApplicationFacts) => {
    const ends = app.eventEnd !== undefined ? app.eventEnd : end
    return ends ? after(ends, policy.documentsDaysAfterEvent) : null
  }
  const documents = applications.filter((app) => {
    const due = dueAt(app)
    return app.hasDocuments && !erased.has(app.id) && due !== null && now >= due
  })
  const dues = documents.map((app) => dueAt(app)!.getTime())
  const documentsDueAt = dues.length
    ? new Date(Math.min(...dues))
    : end
      ? after(end, policy.documentsDaysAfterEvent)
      : null
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

/** An event's check-in logs are due this long after it ends; null while it has no end or is not due. */
export function checkInsDueAt(end: Date | null, policy: RetentionPolicy, now: Date): Date | null {
  const due = end ? after(end, policy.checkInsDaysAfterEvent) : null
  return due && now >= due ? due : null
}

export type ProfileFacts = {
  id: number | string
  keepProfile: boolean | null | undefined
  clearedAt: Date | null
  /** The end of the last event the journalist applied to. */
  lastEventEnd: Date | null
  hasPersonalData: boolean
}

/**
 * Profiles to clear at `now`: the journalist did not agree to keep theirs (or never answered), and
 * the retention period of their last event has passed. A kept profile stays until they withdraw
 * the agreement or ask for deletion.
 */
export function profilesToClear(
  profiles: ProfileFacts[],
  policy: RetentionPolicy,
  now: Date,
): ProfileFacts[] {
  return profiles.filter(
    (profile) =>
      profile.keepProfile !== true &&
      profile.hasPersonalData &&
      profile.lastEventEnd !== null &&
      now >= after(profile.lastEventEnd, policy.documentsDaysAfterEvent),
  )
}

/** The files of due applications that go: all but a portrait a kept profile uses. */
export const filesToPurge = <T extends { id: number | string; kind: string }>(
  files: T[],
  keptPortraits: ReadonlySet<string>,
): T[] => files.filter((file) => !(file.kind === 'portrait' && keptPortraits.has(String(file.id))))
