import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import { writeAudit } from '~/cms/collections/AccreditationRequests/hooks/recordAudit'
import { planAccessSwitch } from '~/cms/lib/schedule/accessSwitch'
import { now } from '~/cms/lib/time'
import type { Session } from '~/cms/payload-types'
import { sessionRefusal } from './refusals'

const SWITCHED = 'sessionAccessSwitched'

/**
 * Every write to a session passes here, whichever door it came through (switchSessionAccess, the
 * admin form, REST, bulk edit, a script): its press access follows the one rule
 * (cms/lib/schedule/accessSwitch). A change by a role without the right is refused at the field;
 * an allowed change stamps `pressAccessChangedAt`, which nobody sets by hand.
 */
export const enforceAccessSwitch: CollectionBeforeChangeHook<Session> = ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  const plan = planAccessSwitch({
    user: req.user as Parameters<typeof planAccessSwitch>[0]['user'],
    operation: operation === 'create' || !originalDoc ? 'create' : 'update',
    from: originalDoc?.pressAccess,
    to: data.pressAccess,
    now: now(),
  })
  if (!plan.ok) throw sessionRefusal(req, plan.problem)
  const kept = { ...data, pressAccessChangedAt: originalDoc?.pressAccessChangedAt ?? null }
  if (!plan.changed) return kept
  req.context[`${SWITCHED}:${originalDoc!.id}`] = { from: plan.from, to: plan.to }
  return { ...kept, pressAccessChangedAt: plan.at }
}

/**
 * The audit trail of a switch (who, from what to what, when), in the same transaction as the
 * change: written for every door, so the admin form and REST leave the same entry as the phone page.
 */
export const recordAccessSwitch: CollectionAfterChangeHook<Session> = async ({ doc, req }) => {
  const key = `${SWITCHED}:${doc.id}`
  const change = req.context[key] as { from: string | null; to: string } | undefined
  if (!change) return doc
  delete req.context[key]
  await writeAudit(req, {
    session: doc.id,
    referenceCode: `S${doc.id}`,
    action: 'session-access-changed',
    changedFields: { pressAccess: { from: change.from, to: change.to } },
    summary: `${doc.title}: ${change.from ?? '—'} → ${change.to}`,
  })
  return doc
}
