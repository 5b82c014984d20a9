import { unlink } from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'

import { type ApplicationFacts, CLOSED_STATUSES, eventEnd, planPurge, type RetentionPolicy } from '../lib/lifecycle/retention'
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
}

const system = { overrideAccess: true, depth: 0, pagination: false } as const

/**
 * Applies the retention rules (cms/lib/lifecycle/retention.ts). Without `apply` it only reports
 * what is due (a dry run, the default of `npm run purge`). Portraits and letters lose their bytes
 * on disk and are marked purged (the rows, holding no personal data, keep the application whole);
 * rejected and withdrawn applications past their period are erased like an erasure request;
 * check-in logs past their period are deleted.
 */
export async function purge(payload: Payload, policy: RetentionPolicy, options: { apply: boolean; now?: Date; operator: Operator }): Promise<PurgeResult> {
  const now = options.now ?? new Date()
  const event = await payload.findGlobal({ slug: 'event', overrideAccess: true, depth: 0 })
  const end = eventEnd(event.endDate)
  const facts = await applicationFacts(payload)
  const plan = planPurge(facts.map((f) => f.facts), end, policy, now)
  const result: PurgeResult = {
    ranAt: now.toISOString(),
    applied: options.apply,
    policy,
    eventEnds: end?.toISOString() ?? null,
    documentsDueAt: plan.documentsDueAt?.toISOString() ?? null,
    documentsDeleted: [],
    applicationsErased: plan.erase.map((app) => ({ referenceCode: app.referenceCode, status: app.status, closedAt: app.closedAt?.toISOString() ?? null })),
    checkInsDeleted: 0,
    checkInsBefore: plan.checkInsBefore?.toISOString() ?? null,
  }
  const filesOf = new Map(facts.map((f) => [f.facts.id, f.files]))
  for (const app of plan.documents) {
    const files = filesOf.get(app.id) ?? []
    result.documentsDeleted.push({ referenceCode: app.referenceCode, files: files.map((file) => file.kind) })
    if (!options.apply) continue
    for (const file of files) {
      if (file.filename) await unlink(path.join(APPLICANT_FILES_DIR, file.filename)).catch(() => undefined)
      await payload.update({ collection: 'applicant-files', id: file.id, overrideAccess: true, data: { purgedAt: now.toISOString() } })
    }
    await payload.create({ collection: 'audit-entries', overrideAccess: true, data: { request: app.id as number, referenceCode: app.referenceCode, action: 'documents-purged', actorType: 'system', actorLabel: 'retention', summary: `${app.referenceCode}: portrait and letter deleted (retention period)` } })
  }
  if (plan.checkInsBefore) {
    const where = { scannedAt: { less_than: plan.checkInsBefore.toISOString() } }
    result.checkInsDeleted = (await payload.count({ collection: 'check-ins', overrideAccess: true, where })).totalDocs
    if (options.apply) await payload.delete({ collection: 'check-ins', overrideAccess: true, where })
  }
  if (options.apply) for (const app of plan.erase) await eraseApplicant(payload, app.referenceCode, options.operator)
  return result
}

type FileFacts = { id: number; kind: string; filename: string | null }

/** Each application with its files still on disk, and when it was closed (the audit entry that closed it). */
async function applicationFacts(payload: Payload): Promise<{ facts: ApplicationFacts; files: FileFacts[] }[]> {
  const [requests, files, closings] = await Promise.all([
    payload.find({ collection: 'accreditation-requests', ...system, select: { referenceCode: true, status: true, portrait: true, letter: true, updatedAt: true }, context: { lifecycle: true } }),
    payload.find({ collection: 'applicant-files', ...system, where: { purgedAt: { exists: false } }, select: { kind: true, filename: true } }),
    payload.find({ collection: 'audit-entries', ...system, where: { toStatus: { in: [...CLOSED_STATUSES] } }, sort: 'createdAt', select: { request: true, createdAt: true } }),
  ])
  const liveFiles = new Map(files.docs.map((file) => [file.id, { id: file.id, kind: file.kind, filename: file.filename ?? null }]))
  const closedAt = new Map(closings.docs.map((entry) => [typeof entry.request === 'object' ? entry.request?.id : entry.request, entry.createdAt]))
  return requests.docs.map((request) => {
    const ids = [request.portrait, request.letter].map((file) => (typeof file === 'object' ? file.id : file))
    const held = ids.flatMap((id) => liveFiles.get(id) ?? [])
    const closed = closedAt.get(request.id) ?? request.updatedAt
    return {
      facts: { id: request.id, referenceCode: request.referenceCode ?? String(request.id), status: request.status, closedAt: closed ? new Date(closed) : null, hasDocuments: held.length > 0 },
      files: held,
    }
  })
}
