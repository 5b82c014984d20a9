import { APIError, type PayloadRequest } from 'payload'

import { nextNumber } from '~/cms/db/nextNumber'
import { liveRefusalMessage, LIVE_REFUSALS } from '~/cms/lib/live/liveRefusals'
import { LIVE_SEQ_COUNTER, type LiveRefusalCode } from '~/cms/lib/live/liveRules'
import { canEditContent } from '~/cms/lib/roles'
import type { LiveUpdate, Session } from '~/cms/payload-types'

/** A refusal of a live-coverage action: its 4xx and one sentence in the caller's language. */
export const liveRefusal = (req: PayloadRequest, code: LiveRefusalCode): APIError =>
  new APIError(
    liveRefusalMessage(code, req.i18n?.language ?? req.context.language),
    LIVE_REFUSALS[code].status,
    { refusal: code },
    true,
  )

/** Only editors and admins cover sessions live (journalists, officers, the door and the public never). */
export function mustBeLiveEditor(req: PayloadRequest): void {
  if (!canEditContent(req.user)) throw liveRefusal(req, 'not-allowed')
}

export async function findSession(req: PayloadRequest, id: number | string): Promise<Session> {
  const session = await req.payload
    .findByID({ collection: 'sessions', id, depth: 0, overrideAccess: true, req })
    .catch(() => null)
  if (!session) throw liveRefusal(req, 'session-not-found')
  return session
}

export async function findUpdate(req: PayloadRequest, id: number | string): Promise<LiveUpdate> {
  const update = await req.payload
    .findByID({ collection: 'live-updates', id, depth: 0, overrideAccess: true, req })
    .catch(() => null)
  if (!update) throw liveRefusal(req, 'update-not-found')
  return update
}

/**
 * The next `seq` (every post, correction, removal and pin of every update takes one), in the
 * caller's transaction. The counter first catches up with the highest seq stored, so rows written
 * another way (an import, a test) can never be handed the same number.
 */
export async function nextSeq(req: PayloadRequest): Promise<number> {
  const { docs } = await req.payload.find({
    collection: 'live-updates',
    sort: '-seq',
    limit: 1,
    depth: 0,
    pagination: false,
    select: { seq: true },
    overrideAccess: true,
    req,
  })
  return nextNumber(req, LIVE_SEQ_COUNTER, docs[0]?.seq ?? 0)
}

/** Writes a change of one update with its new seq (the only updates of existing rows). */
export function changeUpdate(
  req: PayloadRequest,
  id: number,
  data: Partial<Pick<LiveUpdate, 'text' | 'correction' | 'state' | 'pinned' | 'changedAt'>> & {
    seq: number
  },
): Promise<LiveUpdate> {
  return req.payload.update({
    collection: 'live-updates',
    id,
    data,
    depth: 0,
    overrideAccess: true,
    req,
  })
}

type LiveAuditAction = 'live-opened' | 'live-closed' | 'live-corrected' | 'live-deleted'

/** A line in the audit trail: who opened or closed coverage, corrected or removed an update. */
export async function recordLiveAudit(
  req: PayloadRequest,
  action: LiveAuditAction,
  facts: { session: Session | number; update?: LiveUpdate; note?: string | null },
): Promise<void> {
  const sessionId = typeof facts.session === 'number' ? facts.session : facts.session.id
  const title = typeof facts.session === 'number' ? `#${sessionId}` : facts.session.title
  const what = facts.update ? `#${facts.update.id} (seq ${facts.update.seq})` : ''
  await req.payload.create({
    collection: 'audit-entries',
    overrideAccess: true,
    req,
    data: {
      action,
      actorType: 'staff',
      actor: req.user && req.user.collection === 'users' ? req.user.id : undefined,
      actorLabel: (req.user as { name?: string; email?: string } | null)?.name ?? req.user?.email,
      message: facts.note ?? undefined,
      changedFields: { session: sessionId, ...(facts.update ? { update: facts.update.id } : {}) },
      summary: [title, what].filter(Boolean).join(' — ').slice(0, 300),
    },
  })
}
