import { randomUUID } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import path from 'node:path'

import type { File, PayloadRequest } from 'payload'
import { extractID } from 'payload/shared'

import {
  submitApplication,
  type SubmitApplicationResult,
} from '~/cms/accreditation/operations/submitApplication'
import { inTransaction } from '~/cms/db/inTransaction'
import {
  applicationSchema,
  type FieldErrors,
  fieldErrors,
} from '~/cms/lib/accreditation/applicationSchema'
import { daysToCome, isAcceptingApplications } from '~/cms/lib/events/eventRules'
import { profileNeeds, type ProfileNeeds } from '~/cms/lib/profile/profileRules'
import { isRealDate, localDate, now } from '~/cms/lib/time'
import type { ApplicantFile, Event, Journalist } from '~/cms/payload-types'
import { APPLICANT_FILES_DIR } from '~/cms/paths'
import { journalistOf, refuseProfile } from '../caller'
import { journalistApplications } from '../journalistApplications'

/** What the one screen sends: corrections of the profile (if any), the days, the event's rules and consent. */
export type ApplyFromProfileInput = {
  event: number | string
  /** The profile's fields as shown on the screen, possibly corrected; the ID number is never among them. */
  profile: {
    fullName?: string
    dateOfBirth?: string
    nationality?: string
    pressCardNumber?: string
    outlet?: string
    outletOther?: string
    role?: string
    phone?: string
    language?: string
    equipment?: string
  }
  days: string[]
  rulesVersion: string
  acceptRules?: string
  consentData?: string
  idempotencyKey: string
  /** Asked for only when the profile does not know it or the ID expires before the event ends. */
  idExpiresAt?: string
  /** Uploads asked for on the same screen (stale portrait, no letter kept), already judged by their bytes. */
  portrait?: File
  letter?: File
}

export type ApplyFromProfileErrors = FieldErrors & { idExpiresAt?: string }

export type ApplyFromProfileResult =
  | { outcome: 'invalid'; errors: ApplyFromProfileErrors }
  | Exclude<SubmitApplicationResult, { outcome: 'duplicate' }>

/** The stored files a new application starts from, and whether each must be uploaded again. */
export async function profileStart(req: PayloadRequest, account: Journalist, event: Event) {
  const applications = await journalistApplications(req, account)
  const fileIds = [
    account.portrait == null ? null : extractID(account.portrait),
    ...applications.map((a) => (a.letter == null ? null : extractID(a.letter))),
  ].filter((id): id is number => id != null)
  const { docs: files } = await req.payload.find({
    collection: 'applicant-files',
    where: { id: { in: fileIds }, purgedAt: { exists: false } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const byId = new Map(files.map((file) => [String(file.id), file]))
  const portrait =
    account.portrait == null ? undefined : byId.get(String(extractID(account.portrait)))
  // The most recent application's letter that the retention rules have not purged yet.
  const letter = applications
    .map((a) => (a.letter == null ? undefined : byId.get(String(extractID(a.letter)))))
    .find(Boolean)
  const needs: ProfileNeeds = profileNeeds(
    {
      hasPortrait: Boolean(portrait),
      portraitDate: account.portraitDate,
      idExpiresAt: account.idExpiresAt,
      hasLetter: Boolean(letter),
    },
    event.endDate,
    now(),
  )
  const applied = applications.some(
    (a) => a.event != null && String(extractID(a.event)) === String(event.id),
  )
  return { portrait, letter, needs, applied }
}

/** A stored file copied for a new application: same bytes, new random name, original date. */
async function copyOf(file: ApplicantFile): Promise<File> {
  const data = await readFile(path.join(APPLICANT_FILES_DIR, path.basename(file.filename ?? '')))
  const ext = path.extname(file.filename ?? '') || '.bin'
  return {
    data,
    mimetype: file.mimeType ?? 'application/octet-stream',
    name: `${randomUUID()}${ext}`,
    size: data.length,
  }
}

/**
 * A returning journalist applies to another event from /press/, on one screen: the profile as
 * kept (corrected where they changed it), the days they choose, that event's rules and consent.
 * The ID number comes from the profile and is never typed again; the portrait and assignment
 * letter are copied from the profile (keeping their dates) unless the screen asked for new ones:
 * a portrait older than PORTRAIT_MAX_AGE_DAYS, an ID expiring before the event's end, a letter
 * already purged. Corrections go to the new application only; the profile and any issued pass
 * change only when an officer approves it. Everything an application must be is then enforced
 * by submitApplication, the same operation as the public form.
 */
export async function applyFromProfile(
  req: PayloadRequest,
  input: ApplyFromProfileInput,
): Promise<ApplyFromProfileResult> {
  const account = await journalistOf(req)
  const event = await req.payload
    .findByID({ collection: 'events', id: input.event, depth: 0, overrideAccess: true, req })
    .catch(() => null)
  if (!event || !isAcceptingApplications(event, now())) refuseProfile(req, 'no-such-event', 404)
  if (!account.idType || !account.idNumber || !account.dateOfBirth)
    refuseProfile(req, 'profile-incomplete', 409)
  const start = await profileStart(req, account, event)
  if (start.applied) refuseProfile(req, 'already-applied', 409)

  const errors: ApplyFromProfileErrors = {}
  const expires = input.idExpiresAt?.trim() || null
  if (expires && !isRealDate(expires)) errors.idExpiresAt = 'id_expires_format'
  const idExpiresAt = expires ?? account.idExpiresAt ?? null
  if (
    start.needs.idDocument &&
    (!idExpiresAt || idExpiresAt.slice(0, 10) < localDate(event.endDate))
  )
    errors.idExpiresAt ??= expires ? 'id_expires_before_event' : 'id_expires_required'
  if (start.needs.portrait && !input.portrait) errors.portrait = 'portrait_stale'
  if (start.needs.letter && !input.letter) errors.letter = 'missing'

  const { docs: outlets } = await req.payload.find({
    collection: 'outlets',
    where: { active: { equals: true } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
    select: { name: true },
  })
  const kept = {
    fullName: account.name,
    dateOfBirth: account.dateOfBirth?.slice(0, 10),
    nationality: account.nationality ?? 'VN',
    pressCardNumber: account.pressCardNumber ?? '',
    outlet: account.outlet == null ? 'other' : String(extractID(account.outlet)),
    outletOther: account.outletOther ?? '',
    role: account.role ?? undefined,
    phone: account.phone ?? '',
    language: account.language ?? 'vi',
    equipment: '',
  }
  const given = Object.fromEntries(
    Object.entries(input.profile).filter(([, value]) => value !== undefined),
  )
  const parsed = applicationSchema({
    days: daysToCome(event, now()),
    outletIds: outlets.map((outlet) => String(outlet.id)),
    today: localDate(now()),
  }).safeParse({
    ...kept,
    ...given,
    idType: account.idType,
    idNumber: account.idNumber,
    email: account.email,
    days: input.days,
    rulesVersion: input.rulesVersion,
    acceptRules: input.acceptRules,
    consentData: input.consentData,
    idempotencyKey: input.idempotencyKey,
  })
  if (!parsed.success) Object.assign(errors, fieldErrors(parsed.error))
  if (parsed.success && event.pressRulesVersion && input.rulesVersion !== event.pressRulesVersion)
    errors.rulesVersion = 'accept_rules'
  if (!parsed.success || Object.keys(errors).length > 0) return { outcome: 'invalid', errors }

  const portrait = input.portrait ?? (await copyOf(start.portrait!))
  const letter = input.letter ?? (await copyOf(start.letter!))
  const filesTakenAt = {
    ...(input.portrait ? {} : { portrait: account.portraitDate ?? start.portrait?.takenAt ?? '' }),
    ...(input.letter ? {} : { letter: start.letter?.takenAt ?? start.letter?.createdAt ?? '' }),
  }
  req.context.applicant = { submitting: true, idempotencyKey: parsed.data.idempotencyKey }
  const result = await submitApplication(req, {
    application: parsed.data,
    portrait,
    letter,
    eventId: event.id,
    filesTakenAt,
  })
  if (result.outcome === 'duplicate') refuseProfile(req, 'already-applied', 409)
  // The ID document's expiry is the journalist's own declaration, kept for their next application.
  if (expires && expires !== account.idExpiresAt?.slice(0, 10))
    await inTransaction(req, () =>
      req.payload.update({
        collection: 'journalists',
        id: account.id,
        overrideAccess: true,
        req,
        data: { idExpiresAt: expires },
      }),
    )
  return result
}
