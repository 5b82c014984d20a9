import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import { actorLabel, actorOf } from '~/cms/accreditation/actor'
import { needsReason } from '~/cms/lib/accreditation/statusFlow'
import type { AccreditationRequest, AuditEntry } from '~/cms/payload-types'

/** Fields whose changes the trail names (never their values: they are personal data). */
const TRACKED = [
  'fullName',
  'dateOfBirth',
  'nationality',
  'idType',
  'idNumber',
  'pressCardNumber',
  'outlet',
  'outletOther',
  'role',
  'days',
  'email',
  'phone',
  'equipment',
  'language',
  'portrait',
  'letter',
  'applicantAnswer',
  'reasonCode',
  'decisionMessage',
  'vetting',
] as const

const comparable = (value: unknown) =>
  JSON.stringify(
    value && typeof value === 'object' && 'id' in value
      ? (value as { id: unknown }).id
      : (value ?? null),
  )

export function changedFields(
  before: Partial<AccreditationRequest>,
  after: Partial<AccreditationRequest>,
): string[] {
  return TRACKED.filter((field) => comparable(before[field]) !== comparable(after[field]))
}

export async function writeAudit(
  req: PayloadRequest,
  entry: Omit<AuditEntry, 'id' | 'createdAt' | 'updatedAt' | 'actorType' | 'actorLabel'> &
    Partial<Pick<AuditEntry, 'actorType' | 'actorLabel'>>,
) {
  const actorType =
    entry.actorType ??
    (actorOf(req) === 'staff' ? 'staff' : actorOf(req) === 'applicant' ? 'applicant' : 'system')
  await req.payload.create({
    collection: 'audit-entries',
    overrideAccess: true,
    req,
    data: {
      ...entry,
      actorType,
      actorLabel: entry.actorLabel ?? actorLabel(req),
      actor: actorType === 'staff' ? (req.user?.id as number | undefined) : undefined,
    },
  })
}

/** Every change to a request leaves an entry: who, when, what changed and why, in the same transaction. */
export const recordAudit: CollectionAfterChangeHook<AccreditationRequest> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (operation === 'create') {
    await writeAudit(req, {
      request: doc.id,
      referenceCode: doc.referenceCode,
      action: 'submitted',
      toStatus: doc.status,
      summary:
        doc.status === 'waitlisted'
          ? `${doc.referenceCode} submitted, joined the waiting list`
          : `${doc.referenceCode} submitted`,
    })
    return doc
  }
  const fields = changedFields(previousDoc, doc)
  const statusChanged = previousDoc.status !== doc.status
  if (!statusChanged && fields.length === 0) return doc
  const byApplicant = actorOf(req) === 'applicant'
  const action = statusChanged
    ? doc.status === 'withdrawn'
      ? 'withdrawn'
      : byApplicant
        ? 'answered'
        : 'status-changed'
    : byApplicant
      ? 'answered'
      : fields.some((f) => f === 'vetting')
        ? 'vetting-imported'
        : 'updated'
  const deciding = statusChanged && needsReason(doc.status)
  await writeAudit(req, {
    request: doc.id,
    referenceCode: doc.referenceCode,
    action,
    fromStatus: statusChanged ? previousDoc.status : undefined,
    toStatus: statusChanged ? doc.status : undefined,
    reasonCode: deciding ? doc.reasonCode : undefined,
    message: deciding
      ? doc.decisionMessage
      : byApplicant
        ? doc.applicantAnswer
        : (req.context.auditNote ?? undefined),
    changedFields: fields,
    summary: statusChanged
      ? `${doc.referenceCode}: ${previousDoc.status} → ${doc.status}`
      : `${doc.referenceCode}: ${fields.join(', ')}`,
  })
  return doc
}
