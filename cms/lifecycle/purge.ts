import { readdir, stat, unlink } from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'
import { extractID } from 'payload/shared'

import {
  type ApplicationFacts,
  CLOSED_STATUSES,
  eventEnd,
  planPurge,
  type RetentionPolicy,
} from '../lib/lifecycle/retention'
import { APPLICANT_FILES_DIR } from '../paths'
import { eraseApplicant } from './eraseApplicant'
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
  // The latest end among the events: documents are never purged before every event is over.
  const { docs: latest } = await payload.find({
    collection: 'events',
    ...system,
    sort: '-endDate',
    limit: 1,
    pagination: true,
  })
  const end = eventEnd(latest[0]?.endDate)
  const facts = await applicationFacts(payload)
  const plan = planPurge(
    facts.map((f) => f.facts),
    end,
    policy,
    now,
  )
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
    checkInsBefore: plan.checkInsBefore?.toISOString() ?? null,
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
        summary: `${app.referenceCode}: portrait and letter deleted (retention period)`,
      },
    })
  }
  if (plan.checkInsBefore) {
    const where = { scannedAt: { less_than: plan.checkInsBefore.toISOString() } }
    result.checkInsDeleted = (
      await payload.count({ collection: 'check-ins', overrideAccess: true, where })
    ).totalDocs
    if (options.apply)
      await payload.delete({ collection: 'check-ins', overrideAccess: true, where })
  }
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

const ORPHAN_AFTER_MS = 60 * 60 * 1000

/**
 * Files in the private folder that no row names and that are over an hour old (by the clock, not
 * the purge's `now`): an application
 * writes its files just before its transaction, so a process killed in between leaves them
 * behind (`npm run fault:kill` counts them). They hold personal data, so they go.
 */
async function orphanFiles(payload: Payload): Promise<string[]> {
  const names = await readdir(APPLICANT_FILES_DIR).catch(() => [] as string[])
  if (names.length === 0) return []
  const { docs } = await payload.find({
    collection: 'applicant-files',
    ...system,
    select: { filename: true },
  })
  const known = new Set(docs.map((doc) => doc.filename))
  const unknown = names.filter((name) => !known.has(name))
  const old = await Promise.all(
    unknown.map(async (name) =>
      (await stat(path.join(APPLICANT_FILES_DIR, name))).mtimeMs < Date.now() - ORPHAN_AFTER_MS
        ? name
        : null,
    ),
  )
  return old.filter((name): name is string => name !== null)
}

type FileFacts = { id: number; kind: string; filename: string | null }

/** Each application with its files still on disk, and when it was closed (the audit entry that closed it). */
async function applicationFacts(
  payload: Payload,
): Promise<{ facts: ApplicationFacts; files: FileFacts[] }[]> {
  const [requests, files, closings] = await Promise.all([
    payload.find({
      collection: 'accreditation-requests',
      ...system,
      select: { referenceCode: true, status: true, portrait: true, letter: true, updatedAt: true },
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
    const held = ids.flatMap((id) => liveFiles.get(id) ?? [])
    const closed = closedAt.get(request.id) ?? request.updatedAt
    return {
      facts: {
        id: request.id,
        referenceCode: request.referenceCode ?? String(request.id),
        status: request.status,
        closedAt: closed ? new Date(closed) : null,
        hasDocuments: held.length > 0,
      },
      files: held,
    }
  })
}
