/**
 * The life of an accreditation request. Staff move it through review; the applicant can only
 * answer a request for information or withdraw. Every other move is refused with a reason.
 */
export const STATUSES = ['submitted', 'in-review', 'needs-information', 'approved', 'rejected', 'withdrawn'] as const
export type Status = (typeof STATUSES)[number]

export const REASON_CODES = [
  'incomplete-documents',
  'photo-unsuitable',
  'not-a-journalist',
  'outlet-not-eligible',
  'quota-reached',
  'security-vetting',
  'duplicate',
  'other',
] as const
export type ReasonCode = (typeof REASON_CODES)[number]

export type Actor = 'staff' | 'applicant'

const STAFF_MOVES: Record<Status, readonly Status[]> = {
  submitted: ['in-review', 'needs-information', 'approved', 'rejected'],
  'in-review': ['needs-information', 'approved', 'rejected'],
  'needs-information': ['in-review', 'approved', 'rejected'],
  // A decision can be reopened (an appeal, a mistake); revoking a pass is a separate act.
  approved: ['in-review'],
  rejected: ['in-review'],
  withdrawn: [],
}

const APPLICANT_MOVES: Record<Status, readonly Status[]> = {
  submitted: ['withdrawn'],
  'in-review': ['withdrawn'],
  'needs-information': ['in-review', 'withdrawn'],
  approved: ['withdrawn'],
  rejected: [],
  withdrawn: [],
}

export type TransitionError = 'not-a-status' | 'not-allowed' | 'reason-required' | 'message-required'

export type TransitionRequest = {
  from: Status
  to: string
  actor: Actor
  reasonCode?: string | null
  message?: string | null
}

/** Whether `actor` may move a request from one status to another, and what must come with it. */
export function checkTransition(change: TransitionRequest): { ok: true; to: Status } | { ok: false; error: TransitionError } {
  if (!(STATUSES as readonly string[]).includes(change.to)) return { ok: false, error: 'not-a-status' }
  const to = change.to as Status
  if (to === change.from) return { ok: true, to }
  const moves = change.actor === 'staff' ? STAFF_MOVES : APPLICANT_MOVES
  if (!moves[change.from].includes(to)) return { ok: false, error: 'not-allowed' }
  if (change.actor === 'staff' && (to === 'rejected' || to === 'needs-information')) {
    if (!change.reasonCode || !(REASON_CODES as readonly string[]).includes(change.reasonCode)) return { ok: false, error: 'reason-required' }
    if (!change.message?.trim()) return { ok: false, error: 'message-required' }
  }
  return { ok: true, to }
}

export const nextStatuses = (from: Status, actor: Actor): readonly Status[] => (actor === 'staff' ? STAFF_MOVES : APPLICANT_MOVES)[from]

/** Statuses that still hold a place in an outlet's quota or can still be decided. */
export const isOpen = (status: Status): boolean => status === 'submitted' || status === 'in-review' || status === 'needs-information'
