import type { ApplicantGrant } from './access/applicant'
import type { SignInTicket } from './lib/auth/signInThrottle'

/**
 * What the portal's own code passes between an operation and the hooks it runs, in
 * `req.context` (REST and admin callers cannot set it). Declared once, so every hook reads it
 * typed. Where one hook reads what another wrote, the order is the collection's hook list and is
 * named here.
 */
declare module 'payload' {
  export interface RequestContext {
    /** The applicant's grant: submitting a form, or acting through their status link (cms/access/applicant.ts). */
    applicant?: ApplicantGrant
    /**
     * Written by `openPressAccount`, read by `notifyApplicant` for the approval e-mail's press
     * links: both are afterChange hooks of accreditation requests, in that order.
     */
    pressAccount?: { setPasswordToken: string | null }
    /** Where a sign-in or reset came from, and in which language to answer (cms/auth/request.ts). */
    clientKey?: string
    language?: 'vi' | 'en'
    /** Payload's own login: the brake's ticket, from beforeOperation to afterLogin (cms/auth/hooks/guardPayloadLogin.ts). */
    signInTicket?: SignInTicket
    /** The demo seed and data backfills: no e-mails to mailboxes that do not exist. */
    seeding?: boolean
    silent?: boolean
    /** A line for the audit trail of a change that is not a decision (e.g. a vetting import). */
    auditNote?: string
    /** The site's form for an outlet's media manager account (cms/nominations/operations/applyForOutletManager.ts). */
    outletManagerApplication?: boolean
    /** Set by the nomination operations once they have checked the caller: the only writes to `nominations`. */
    nominationWrite?: boolean
    /** Set by the interview operations once they have checked the caller: the only writes to `interview-requests`. */
    interviewWrite?: boolean
  }
}

export {}
