import { unlink } from 'node:fs/promises'
import path from 'node:path'

import { createLocalReq, type Payload } from 'payload'
import { extractID } from 'payload/shared'

import {
  type ApplicationFacts,
  checkInsDueAt,
  CLOSED_STATUSES,
  eventEnd,
  filesToPurge,
  planPurge,
  profilesToClear,
  type RetentionPolicy,
} from '../lib/lifecycle/retention'
import { PROFILE_PERSONAL_FIELDS } from '../lib/profile/profileRules'
import { APPLICANT_FILES_DIR } from '../paths'
import { journalistApplications } from '../profile/journalistApplications'
import { eraseApplicant } from './eraseApplicant'
import { orphanFiles } from './orphanFiles'
import type { Operator } from './operator'

export type PurgeResult = {
  ranAt: string
  applied: boolean
  policy: RetentionPolicy
  eventEnds: string | null
  documentsDueAt: string | null
  documentsDeleted: { referenceCode: string; files: string[] }[]
  applicationsErased: { referenceCode: string; status: string; closedAt: string | null }[]
  checkInsDeleted: number
  checkInsBefore: string | null
  /** Each event's end and when its documents and check-ins fall due. */
  events: { name: string; endsAt: string | null; documentsDueAt: string | null }[]
  /** Press accounts whose profile was cleared (the journalist did not agree to keep it). */
  profilesCleared: number
  /** Uploads of an application whose transaction never committed (the process was killed). */
  orphanFilesDeleted: number
}

const system = { overrideAccess: true, depth: 0, pagination: false } as const

/**
 * Applies the retention rules (cms/lib/lifecycle/retention.ts). Without `apply` it only reports
 * what is due (a dry run, the default of `npm run purge`). Portraits and letters lose their bytes
 * on disk and are marked purged (the rows, holding no personal data, keep the application whole);
 * rejected and withdrawn applications past their period are erased like an erasure request;
 * check-in logs past their period are deleted.
 */
export async function purge(
  payload: Payload,
  policy: RetentionPolicy,
  options: { apply: boolean; now?: Date; operator: Operator },
): Promise<PurgeResult> {
  const now = options.now ?? new Date()
  // Each application's documents are counted from ITS event's end; an event to come keeps them.
  const { docs: events } = await payload.find({
    collection: 'events',
    ...system,
    sort: 'endDate',
    select: { name: true, endDate: true },
  })
  const ends = new Map(events.map((event) => [String(event.id), eventEnd(event.endDate)]))
  const end = eventEnd(events.at(-1)?.endDate)
  const keptPortraits = await keptProfilePortraits(payload)
  const facts = await applicationFacts(payload, ends, end, keptPortraits)
  const plan = planPurge(
    facts.map((f) => f.facts),
    end,
    policy,
    now,
  )
  const dueEvents = events.flatMap((event) => {
    const due = checkInsDueAt(ends.get(String(event.id)) ?? null, policy, now)
    return due ? [{ id: event.id, due }] : []
  })
  const latestDue = dueEvents.map((e) => e.due).sort((a, b) => b.getTime() - a.getTime())[0]
  const result: PurgeResult = {
    ranAt: now.toISOString(),
    applied: options.apply,
    policy,
    eventEnds: end?.toISOString() ?? null,
    documentsDueAt: plan.documentsDueAt?.toISOString() ?? null,
    documentsDeleted: [],
    applicationsErased: plan.erase.map((app) => ({
      referenceCode: app.referenceCode,
      status: app.status,
      closedAt: app.closedAt?.toISOString() ?? null,
    })),
    checkInsDeleted: 0,
    checkInsBefore: latestDue?.toISOString() ?? null,
    events: events.map((event) => {
      const ends_ = ends.get(String(event.id)) ?? null
      return {
        name: event.name,
        endsAt: ends_?.toISOString() ?? null,
        documentsDueAt: ends_
          ? new Date(ends_.getTime() + policy.documentsDaysAfterEvent * 86_400_000).toISOString()
          : null,
      }
    }),
    profilesCleared: 0,
    orphanFilesDeleted: 0,
  }
  const filesOf = new Map(facts.map((f) => [f.facts.id, f.files]))
  for (const app of plan.documents) {
    const files = filesOf.get(app.id) ?? []
    result.documentsDeleted.push({
      referenceCode: app.referenceCode,
      files: files.map((file) => file.kind),
    })
    if (!options.apply) continue
    for (const file of files) {
      if (file.filename)
        await unlink(path.join(APPLICANT_FILES_DIR, file.filename)).catch(() => undefined)
      await payload.update({
        collection: 'applicant-files',
        id: file.id,
        overrideAccess: true,
        data: { purgedAt: now.toISOString() },
      })
    }
    await payload.create({
      collection: 'audit-entries',
      overrideAccess: true,
      data: {
        request: app.id as number,
        referenceCode: app.referenceCode,
        action: 'documents-purged',
        actorType: 'system',
        actorLabel: 'retention',
        summary: `${app.referenceCode}: ${files.map((file) => file.kind).join(' and ')} deleted (retention period)`,
      },
    })
  }
  for (const event of dueEvents) {
    const where = { event: { equals: event.id } }
    result.checkInsDeleted += (
      await payload.count({ collection: 'check-ins', overrideAccess: true, where })
    ).totalDocs
    if (options.apply)
      await payload.delete({ collection: 'check-ins', overrideAccess: true, where })
  }
  const profiles = await profilesDue(payload, ends, policy, now)
  result.profilesCleared = profiles.length
  if (options.apply)
    for (const id of profiles)
      await payload.update({
        collection: 'journalists',
        id,
        overrideAccess: true,
        data: {
          ...Object.fromEntries(PROFILE_PERSONAL_FIELDS.map((field) => [field, null])),
          profileClearedAt: now.toISOString(),
        },
      })
  if (options.apply)
    for (const app of plan.erase) await eraseApplicant(payload, app.referenceCode, options.operator)
  const orphans = await orphanFiles(payload)
  result.orphanFilesDeleted = orphans.length
  if (options.apply)
    await Promise.all(
      orphans.map((name) => unlink(path.join(APPLICANT_FILES_DIR, name)).catch(() => undefined)),
    )
  return result
}

type FileFacts = { id: number; kind: string; filename: string | null }

/** Each application with its files still on disk, and when it was closed (the audit entry that closed it). */
async function applicationFacts(
  payload: Payload,
  ends: Map<string, Date | null>,
  latestEnd: Date | null,
  keptPortraits: ReadonlySet<string>,
): Promise<{ facts: ApplicationFacts; files: FileFacts[] }[]> {
  const [requests, files, closings] = await Promise.all([
    payload.find({
      collection: 'accreditation-requests',
      ...system,
      select: {
        referenceCode: true,
        status: true,
        portrait: true,
        letter: true,
        updatedAt: true,
        event: true,
      },
      context: { lifecycle: true },
    }),
    payload.find({
      collection: 'applicant-files',
      ...system,
      where: { purgedAt: { exists: false } },
      select: { kind: true, filename: true },
    }),
    payload.find({
      collection: 'audit-entries',
      ...system,
      where: { toStatus: { in: [...CLOSED_STATUSES] } },
      sort: 'createdAt',
      select: { request: true, createdAt: true },
    }),
  ])
  const liveFiles = new Map(
    files.docs.map((file) => [
      file.id,
      { id: file.id, kind: file.kind, filename: file.filename ?? null },
    ]),
  )
  const closedAt = new Map(
    closings.docs.map((entry) => [
      entry.request == null ? null : extractID(entry.request),
      entry.createdAt,
    ]),
  )
  return requests.docs.map((request) => {
    const ids = [request.portrait, request.letter].map((file) => extractID(file))
    const held = filesToPurge(
      ids.flatMap((id) => liveFiles.get(id) ?? []),
      keptPortraits,
    )
    const closed = closedAt.get(request.id) ?? request.updatedAt
    return {
      facts: {
        id: request.id,
        referenceCode: request.referenceCode ?? String(request.id),
        status: request.status,
        closedAt: closed ? new Date(closed) : null,
        hasDocuments: held.length > 0,
        eventEnd:
          request.event == null ? latestEnd : (ends.get(String(extractID(request.event))) ?? null),
      },
      files: held,
    }
  })
}

/** Portraits that a journalist agreed to keep with their profile: the documents purge leaves them. */
async function keptProfilePortraits(payload: Payload): Promise<Set<string>> {
  const { docs } = await payload.find({
    collection: 'journalists',
    ...system,
    where: { keepProfile: { equals: true }, portrait: { exists: true } },
    select: { portrait: true },
  })
  return new Set(
    docs.flatMap((doc) => (doc.portrait == null ? [] : [String(extractID(doc.portrait))])),
  )
}

/** Press accounts whose profile is due for clearing (profilesToClear), by id. */
async function profilesDue(
  payload: Payload,
  ends: Map<string, Date | null>,
  policy: RetentionPolicy,
  now: Date,
): Promise<(number | string)[]> {
  const { docs } = await payload.find({
    collection: 'journalists',
    ...system,
    where: {
      // Not agreed, or never answered (NULL is not "not equal" to true in SQL).
      or: [{ keepProfile: { equals: false } }, { keepProfile: { exists: false } }],
      profileClearedAt: { exists: false },
    },
  })
  if (docs.length === 0) return []
  const req = await createLocalReq({}, payload)
  const facts = await Promise.all(
    docs.map(async (account) => {
      const applications = await journalistApplications(req, account)
      const lastEnd = applications
        .map((a) => (a.event == null ? null : (ends.get(String(extractID(a.event))) ?? null)))
        .filter((d): d is Date => d !== null)
        .sort((a, b) => b.getTime() - a.getTime())[0]
      return {
        id: account.id,
        keepProfile: account.keepProfile,
        clearedAt: null,
        lastEventEnd: lastEnd ?? null,
        hasPersonalData: PROFILE_PERSONAL_FIELDS.some((field) => account[field] != null),
      }
    }),
  )
  return profilesToClear(facts, policy, now).map((profile) => profile.id)
}
