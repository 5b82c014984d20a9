import type { PayloadRequest } from 'payload'
import { extractID } from 'payload/shared'

import { inTransaction } from '~/cms/db/inTransaction'
import { findApplicantRecords } from '~/cms/lifecycle/applicantRecords'
import { eraseRecords, recordErasure } from '~/cms/lifecycle/eraseApplicant'
import { canHandleAccreditation } from '~/cms/lib/roles'
import { now } from '~/cms/lib/time'
import { refuseProfile } from '../caller'
import { journalistApplications } from '../journalistApplications'

export type DataRequestOutcome = {
  status: 'done' | 'refused'
  applicationsErased: string[]
  pressAccountDeleted: boolean
}

/**
 * An officer answers a data request. For a deletion marked done, everything held about the
 * journalist goes in one transaction, through the erasure of each of their applications
 * (cms/lifecycle/eraseApplicant.ts: files, passes, check-in links, e-mails, audit messages) and
 * then their press account and profile; the request row stays, naming no one, as the proof.
 * `refused` records why (the notes) and erases nothing.
 */
export async function completeDataRequest(
  req: PayloadRequest,
  input: { id: number | string; outcome: 'done' | 'refused' | unknown; notes?: string },
): Promise<DataRequestOutcome> {
  const staff = req.user
  if (staff?.collection !== 'users' || !canHandleAccreditation(staff))
    refuseProfile(req, 'not-staff', 403)
  const outcome = input.outcome
  if (outcome !== 'done' && outcome !== 'refused') refuseProfile(req, 'no-outcome', 400)
  const operator = { userId: staff.id, label: staff.email }
  const erased: Awaited<ReturnType<typeof findApplicantRecords>>[] = []
  const answer = await inTransaction(req, async () => {
    const request = await req.payload
      .findByID({ collection: 'data-requests', id: input.id, depth: 0, overrideAccess: true, req })
      .catch(() => null)
    if (!request) refuseProfile(req, 'no-such-request', 404)
    if (request.status !== 'received') refuseProfile(req, 'already-handled', 409)
    const journalistId = request.journalist == null ? null : extractID(request.journalist)
    const account = journalistId
      ? await req.payload
          .findByID({ collection: 'journalists', id: journalistId, overrideAccess: true, req })
          .catch(() => null)
      : null
    const result: DataRequestOutcome = {
      status: outcome,
      applicationsErased: [],
      pressAccountDeleted: false,
    }
    if (outcome === 'done' && request.kind === 'deletion' && account) {
      // Their other requests (downloads) stay as proof too (before the account goes: its link is then emptied), naming no one.
      await req.payload.update({
        collection: 'data-requests',
        where: { journalist: { equals: account.id } },
        data: { subject: `#${account.id} (erased)` },
        overrideAccess: true,
        req,
      })
      for (const application of await journalistApplications(req, account)) {
        const records = await findApplicantRecords(
          req.payload,
          application.referenceCode ?? '',
          req,
        )
        if (!records) continue
        await eraseRecords(req, records, operator)
        erased.push(records)
        result.applicationsErased.push(records.request.referenceCode ?? '')
      }
      const left = await req.payload.count({
        collection: 'journalists',
        where: { id: { equals: account.id } },
        overrideAccess: true,
        req,
      })
      // A profile portrait that is no application's own file goes with the account.
      const portrait = account.portrait == null ? null : extractID(account.portrait)
      if (left.totalDocs > 0)
        await req.payload.delete({
          collection: 'journalists',
          id: account.id,
          overrideAccess: true,
          req,
        })
      if (portrait)
        await req.payload.delete({
          collection: 'applicant-files',
          where: { id: { equals: portrait } },
          overrideAccess: true,
          req,
        })
      result.pressAccountDeleted = true
    }
    const note = [
      request.notes,
      input.notes,
      result.applicationsErased.length
        ? `Đã xoá / Erased: ${result.applicationsErased.join(', ')}`
        : '',
    ]
      .filter(Boolean)
      .join('\n')
    await req.payload.update({
      collection: 'data-requests',
      id: request.id,
      overrideAccess: true,
      req,
      data: {
        status: outcome,
        handledAt: now().toISOString(),
        handledBy: staff.id,
        notes: note || null,
        ...(result.pressAccountDeleted ? { subject: `#${journalistId} (erased)` } : {}),
      },
    })
    return result
  })
  for (const records of erased) if (records) await recordErasure(req.payload, operator, records)
  return answer
}
