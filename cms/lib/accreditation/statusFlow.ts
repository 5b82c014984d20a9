/**
 * The life of an accreditation request. Staff move it through review; the applicant can only
 * answer a request for information or withdraw. Every other move is refused with a reason.
 */
export const STATUSES = [
  'submitted',
  'in-review',
  'needs-information',
  'approved',
  'rejected',
  'withdrawn',
  'waitlisted',
] as const
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
  submitted: ['in-review', 'needs-information', 'approved', 'rejected', 'waitlisted'],
  'in-review': ['needs-information', 'approved', 'rejected', 'waitlisted'],
  'needs-information': ['in-review', 'approved', 'rejected'],
  // A decision can be reopened (an appeal, a mistake); revoking a pass is a separate act.
  approved: ['in-review'],
  rejected: ['in-review'],
  withdrawn: [],
  // Out of the waiting list only by taking a free place (in arrival order), or by a refusal.
  waitlisted: ['approved', 'rejected'],
}

const APPLICANT_MOVES: Record<Status, readonly Status[]> = {
  submitted: ['withdrawn'],
  'in-review': ['withdrawn'],
  'needs-information': ['in-review', 'withdrawn'],
  approved: ['withdrawn'],
  rejected: [],
  withdrawn: [],
  waitlisted: ['withdrawn'],
}

export type TransitionError =
  'not-a-status' | 'not-allowed' | 'reason-required' | 'message-required'

export type TransitionRequest = {
  from: Status
  to: string
  actor: Actor
  reasonCode?: string | null
  message?: string | null
  /**
   * The decision stored on the request now (an earlier decision's reason and message). A form that
   * sends the whole request back (the admin's) carries them: the message must be this decision's own.
   */
  previous?: { reasonCode?: string | null; message?: string | null } | null
}

/** Whether `actor` may move a request from one status to another, and what must come with it. */
export function checkTransition(
  change: TransitionRequest,
): { ok: true; to: Status } | { ok: false; error: TransitionError } {
  if (!(STATUSES as readonly string[]).includes(change.to))
    return { ok: false, error: 'not-a-status' }
  const to = change.to as Status
  if (to === change.from) return { ok: true, to }
  const moves = change.actor === 'staff' ? STAFF_MOVES : APPLICANT_MOVES
  if (!moves[change.from].includes(to)) return { ok: false, error: 'not-allowed' }
  if (change.actor === 'staff' && needsReason(to)) {
    if (!change.reasonCode || !(REASON_CODES as readonly string[]).includes(change.reasonCode))
      return { ok: false, error: 'reason-required' }
    const message = change.message?.trim()
    if (!message) return { ok: false, error: 'message-required' }
    // An earlier decision's message re-sent as this one's would reach the applicant a second time.
    if (message === change.previous?.message?.trim())
      return { ok: false, error: 'message-required' }
  }
  return { ok: true, to }
}

export const nextStatuses = (from: Status, actor: Actor): readonly Status[] =>
  (actor === 'staff' ? STAFF_MOVES : APPLICANT_MOVES)[from]

/** Statuses that can still be decided (the vetting export lists these). */
export const OPEN_STATUSES = [
  'submitted',
  'in-review',
  'needs-information',
  'waitlisted',
] as const satisfies readonly Status[]

export const isOpen = (status: Status): boolean =>
  (OPEN_STATUSES as readonly Status[]).includes(status)

/**
 * Decisions that staff must explain: a reason code and a message to the applicant, given with
 * that decision (never one left over from an earlier decision). The applicant sees them only
 * while the request is in one of these statuses.
 */
export const DECISIONS_WITH_REASON = [
  'rejected',
  'needs-information',
] as const satisfies readonly Status[]

export const needsReason = (status: Status | string): boolean =>
  (DECISIONS_WITH_REASON as readonly string[]).includes(status)

/**
 * The reason and message a decision carries, from what was given with it: only a decision that
 * needs them has them (an approval, a reopening or a withdrawal carries none: never one left over).
 */
export const decisionNote = (
  status: Status | string,
  given: { reasonCode?: string | null; message?: string | null },
): { reasonCode: string | null; message: string | null } =>
  needsReason(status)
    ? { reasonCode: given.reasonCode ?? null, message: given.message?.trim() || null }
    : { reasonCode: null, message: null }

/** Whether the status link still shows the applicant's portrait and letter: never after a withdrawal. */
export const applicantSeesFiles = (status: Status): boolean => status !== 'withdrawn'

/** Whether the applicant may answer (a request for information): derived from the applicant's moves above. */
export const mayAnswer = (status: Status): boolean => APPLICANT_MOVES[status].includes('in-review')

/** Whether the applicant may still withdraw: derived from the applicant's moves above. */
export const mayWithdraw = (status: Status): boolean =>
  APPLICANT_MOVES[status].includes('withdrawn')
