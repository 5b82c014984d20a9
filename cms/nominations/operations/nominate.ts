import type { File, PayloadRequest } from 'payload'

import { removeStoredFiles, storeApplicantFiles } from '~/cms/accreditation/operations/files'
import { languageOf } from '~/cms/auth/request'
import { inTransaction } from '~/cms/db/inTransaction'
import {
  checkNominee,
  type NomineeRow,
  PLACE_HOLDING,
  rolesOverQuota,
} from '~/cms/lib/nominations/nominationRules'
import { now } from '~/cms/lib/time'
import type { Event, Nomination } from '~/cms/payload-types'
import {
  auditNomination,
  fullNomination,
  type Id,
  inviteNominee,
  loadEvent,
  loadNomination,
  managerOf,
  outletNominees,
  quotaUse,
  writeNomination,
} from '../nominationStore'
import { refuseNomination } from '../refuse'

export type NominateInput = {
  event: Id
  /** Extend this nomination of the outlet's (same event) instead of opening a new one. */
  nomination?: Id | null
  /** The outlet's assignment letter (judged by its bytes by the caller): required for a new nomination. */
  letter?: File | null
  nominees: readonly { name: string; role: string; email: string }[]
}

/** The event takes nominations while it is open and its accreditation window has not closed. */
export function refuseUnlessOpen(req: PayloadRequest, event: Event): void {
  const at = now().getTime()
  const closes = event.accreditationClosesAt
    ? new Date(event.accreditationClosesAt).getTime()
    : null
  if (event.state !== 'open' || (closes !== null && at >= closes))
    refuseNomination(req, 'event-closed', 409)
}

/**
 * An outlet's media manager nominates people for an event: a new nomination with the outlet's
 * letter, or more names on one of its own. Every name is checked, nobody twice, every role within
 * the outlet's quota for the event; each nominee gets a personal link by e-mail (the outbox, same
 * transaction). The audit trail names the manager and the people nominated.
 */
export async function nominate(req: PayloadRequest, input: NominateInput): Promise<Nomination> {
  const { managerId, outletId } = managerOf(req)
  const event = await loadEvent(req, input.event)
  refuseUnlessOpen(req, event)
  const rows = input.nominees.map((raw, index) => checkNominee(raw, index + 1))
  const bad = rows.find((row) => 'problem' in row)
  if (bad && 'problem' in bad)
    refuseNomination(req, 'bad-nominee', 400, `#${bad.line} ${bad.problem}`)
  const people = rows as NomineeRow[]
  if (!people.length) refuseNomination(req, 'no-nominees', 400)

  const existing = input.nomination ? await loadNomination(req, input.nomination) : null
  if (existing && String(existing.event) !== String(event.id))
    refuseNomination(req, 'no-nomination', 404)
  if (existing?.state === 'withdrawn') refuseNomination(req, 'nomination-withdrawn', 409)
  if (!existing && !input.letter) refuseNomination(req, 'letter-required', 400)

  return inTransaction(
    req,
    async () => {
      const active = (await outletNominees(req, event.id, outletId)).filter((n) =>
        (PLACE_HOLDING as readonly string[]).includes(n.state),
      )
      const taken = new Set(active.map((n) => n.email.toLowerCase()))
      for (const person of people) {
        if (taken.has(person.email)) refuseNomination(req, 'already-nominated', 409, person.email)
        taken.add(person.email)
      }
      const quota = await quotaUse(req, event, outletId)
      const over = rolesOverQuota(
        Object.fromEntries(quota.map((q) => [q.role, q.used])) as never,
        people,
        (role) => quota.find((q) => q.role === role)!.limit,
      )
      if (over.length) refuseNomination(req, 'quota-full', 409, over.join(', '))

      const context = { event, outletId, language: languageOf(req) }
      const invited = []
      for (const person of people) invited.push(await inviteNominee(req, person, context))

      let saved: Nomination
      if (existing) {
        const full = await fullNomination(req, existing.id)
        saved = await writeNomination(req, existing.id, {
          nominees: [...(full.nominees ?? []), ...invited],
        })
      } else {
        req.context.applicant = { ...req.context.applicant, submitting: true }
        const { letter } = await storeApplicantFiles(req, { letter: input.letter! })
        saved = await writeNomination(req, null, {
          title: `${event.shortName || event.name}`.slice(0, 150),
          event: event.id as number,
          outlet: outletId as number,
          manager: managerId as number,
          letter,
          state: 'submitted',
          submittedAt: now().toISOString(),
          nominees: invited,
        })
      }
      await auditNomination(
        req,
        'nominated',
        `nomination ${saved.id}: nominated ${people.map((p) => `${p.name} (${p.role}, ${p.email})`).join('; ')} for event ${event.id}`,
      )
      return saved
    },
    removeStoredFiles([input.letter ?? undefined]),
  )
}
