import { localDate } from '../time'

/**
 * A returning journalist's profile: what it needs before it can serve another application, and
 * how it is shown. Pure rules; the operations in cms/profile apply them.
 */

/** A portrait older than this (in days, about two years) no longer shows the face at the door. */
export const PORTRAIT_MAX_AGE_DAYS = 730

/** The profile fields an application fills and a later application starts from. */
export type ProfileFacts = {
  portraitDate?: string | null
  hasPortrait: boolean
  idExpiresAt?: string | null
  hasLetter: boolean
}

export type ProfileNeeds = {
  /** No portrait kept, or taken more than PORTRAIT_MAX_AGE_DAYS before the event ends. */
  portrait: boolean
  /** The ID document expires before the event's last day (its expiry date must be given again). */
  idDocument: boolean
  /** No assignment letter is kept from an earlier application (purged, or never there). */
  letter: boolean
}

const DAY_MS = 24 * 60 * 60 * 1000

/** What the journalist must upload or give again, on the same screen, to apply to an event ending at `eventEnd`. */
export function profileNeeds(profile: ProfileFacts, eventEnd: string, now: Date): ProfileNeeds {
  const lastDay = localDate(eventEnd)
  const portraitAge = profile.portraitDate
    ? (now.getTime() - new Date(profile.portraitDate).getTime()) / DAY_MS
    : Infinity
  return {
    portrait: !profile.hasPortrait || portraitAge > PORTRAIT_MAX_AGE_DAYS,
    idDocument: !profile.idExpiresAt || localDate(profile.idExpiresAt) < lastDay,
    letter: !profile.hasLetter,
  }
}

/** The ID number as the journalist sees it on screen: all but the last three characters hidden. */
export function maskIdNumber(idNumber: string | null | undefined): string {
  const id = (idNumber ?? '').trim()
  if (id.length <= 3) return '•'.repeat(id.length)
  return `${'•'.repeat(id.length - 3)}${id.slice(-3)}`
}

/**
 * Decree 13/2023/ND-CP (Art. 14 and 16): personal data is provided, or deleted, within 72 hours
 * of the data subject's request. The office's deadline for a data request.
 */
export const DATA_REQUEST_HOURS = 72

export const dataRequestDeadline = (receivedAt: Date): Date =>
  new Date(receivedAt.getTime() + DATA_REQUEST_HOURS * 60 * 60 * 1000)

export const DATA_REQUEST_KINDS = ['access', 'deletion'] as const
export type DataRequestKind = (typeof DATA_REQUEST_KINDS)[number]
export const DATA_REQUEST_STATUSES = ['received', 'done', 'refused'] as const
export type DataRequestStatus = (typeof DATA_REQUEST_STATUSES)[number]

/** The profile fields that hold personal data: cleared together when the profile is not kept. */
export const PROFILE_PERSONAL_FIELDS = [
  'dateOfBirth',
  'nationality',
  'idType',
  'idNumber',
  'idExpiresAt',
  'pressCardNumber',
  'outlet',
  'outletOther',
  'role',
  'phone',
  'portrait',
  'portraitDate',
] as const
