import { INTERVIEW_EMAIL_KINDS } from '../lib/interviews/interviewLabels'

/**
 * The e-mail outbox's vocabulary, shared by the collection, the operation that queues a message
 * and the task that sends it.
 */

/** What a message is about: the applicant e-mails, pass notices, and password links. */
export const EMAIL_KINDS = [
  'submitted',
  'waitlisted',
  'needs-information',
  'approved',
  'rejected',
  'withdrawn',
  'reminder-link',
  'password-reset',
  // The holder's pass changed under them (cms/passes/notifyPassHolder.ts).
  'pass-revoked',
  'pass-changed',
  'pass-reissued',
  // Staff sent the status link again (cms/accreditation/operations/sendStatusLink.ts).
  'status-link',
  // Named in a session's press pool (cms/pool/notifyPoolMember.ts).
  'pool-turn',
  'release',
  'subscription',
  // Interview requests with delegations (cms/interviews).
  ...INTERVIEW_EMAIL_KINDS,
  'other',
] as const
export type EmailKind = (typeof EMAIL_KINDS)[number]

/** queued: not tried yet · retrying: the mail server failed, another attempt is due · sent · failed: gave up. */
export const EMAIL_STATES = ['queued', 'retrying', 'sent', 'failed'] as const
export type EmailState = (typeof EMAIL_STATES)[number]

/** The jobs queue the outbox uses, apart from scheduled publishing's `default` queue. */
export const EMAIL_QUEUE = 'email'
export const SEND_EMAIL_TASK = 'sendEmail'

/**
 * Press-release distribution: its messages wait in their own queue, which the admin process runs
 * paced (DISTRIBUTION_RATE messages a second), so a list of thousands never floods the mail
 * server nor delays an applicant's e-mail. The same `sendEmail` task sends them.
 */
export const DISTRIBUTION_EMAIL_QUEUE = 'email-bulk'

/** Attempts per message before it is marked failed (the first try included). */
export const MAX_EMAIL_ATTEMPTS = 10

/**
 * Pause before the n-th retry: 15 s, 30 s, 1 min, 2 min ... doubling; the ten attempts span about
 * two hours, enough to ride out a mail server's restart or a short outage at the venue.
 */
export const EMAIL_RETRY_DELAY_MS = 15_000

/** When the attempt after `attempts` failed ones is due (the jobs queue computes the same time). */
export const nextAttemptAt = (attempts: number, now: Date): Date =>
  new Date(now.getTime() + 2 ** Math.max(0, attempts - 1) * EMAIL_RETRY_DELAY_MS)

/** An SMTP reply in the 500s is final; a refused connection, a timeout or a 4xx is worth a retry. */
export function isPermanentSmtpFailure(error: unknown): boolean {
  const code = (error as { responseCode?: unknown } | null)?.responseCode
  return typeof code === 'number' && code >= 500 && code < 600
}

/**
 * Payload's own forgot-password operation sends its e-mail itself, inside its transaction. The
 * portal queues that e-mail in the outbox instead (cms/email/forgotPassword.ts) and hands Payload
 * this body, which the e-mail adapter recognises and drops (cms/email.ts).
 */
export const QUEUED_IN_OUTBOX = '<!-- queued in the portal outbox -->'
