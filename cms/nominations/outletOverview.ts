import type { PayloadRequest } from 'payload'
import { extractID } from 'payload/shared'

import { shownState, type NomineeState } from '~/cms/lib/nominations/nominationRules'
import { loadEvent, managerOf, type QuotaUse, quotaUse } from './nominationStore'

export type OutletOverview = {
  quota: QuotaUse
  nominations: {
    id: number | string
    state: string
    submittedAt: string | null
    nominees: { id: string; name: string; role: string; email: string; state: NomineeState }[]
  }[]
}

/**
 * What a media manager sees for an event: the outlet's quota in use per role, and each nominee's
 * state (following the officer's decision on their application). Names, roles, e-mails and
 * states only: never an ID number, a portrait or the application itself.
 */
export async function outletOverview(
  req: PayloadRequest,
  eventId: unknown,
): Promise<OutletOverview> {
  const { outletId } = managerOf(req)
  const event = await loadEvent(req, eventId)
  const { docs } = await req.payload.find({
    collection: 'nominations',
    where: { event: { equals: event.id } },
    sort: '-submittedAt',
    depth: 0,
    pagination: false,
    overrideAccess: false,
    user: req.user,
    req,
  })
  // The statuses of the outlet's own nominees' requests, read past access (status only).
  // Only the nominations the manager was allowed to list (none: nothing more to read).
  const full = docs.length
    ? await req.payload.find({
        collection: 'nominations',
        where: { id: { in: docs.map((d) => d.id) } },
        depth: 0,
        pagination: false,
        overrideAccess: true,
        req,
      })
    : { docs: [] }
  const requestIds = full.docs.flatMap((d) =>
    (d.nominees ?? []).map((n) => n.request).filter(Boolean),
  )
  const statuses = new Map<string, string>()
  if (requestIds.length) {
    const requests = await req.payload.find({
      collection: 'accreditation-requests',
      where: { id: { in: requestIds.map((r) => extractID(r!)) } },
      select: { status: true },
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    for (const r of requests.docs) statuses.set(String(r.id), r.status)
  }
  const requestOf = new Map(
    full.docs.flatMap((d) =>
      (d.nominees ?? []).map((n) => [n.id, n.request ? String(extractID(n.request)) : null]),
    ),
  )
  return {
    quota: await quotaUse(req, event, outletId),
    nominations: docs.map((doc) => ({
      id: doc.id,
      state: doc.state ?? 'submitted',
      submittedAt: doc.submittedAt ?? null,
      nominees: (doc.nominees ?? []).map((n) => ({
        id: n.id ?? '',
        name: n.name,
        role: n.role,
        email: n.email,
        state: shownState(n, statuses.get(requestOf.get(n.id) ?? '') ?? null),
      })),
    })),
  }
}
