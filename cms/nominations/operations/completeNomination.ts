import { randomUUID } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import path from 'node:path'

import type { File, PayloadRequest } from 'payload'
import { extractID } from 'payload/shared'

import { submitApplication } from '~/cms/accreditation/operations/submitApplication'
import { inTransaction } from '~/cms/db/inTransaction'
import type { ApplicationInput } from '~/cms/lib/accreditation/applicationSchema'
import {
  hashNomineeSecret,
  linkVerdict,
  looksLikeNomineeSecret,
} from '~/cms/lib/nominations/nominationRules'
import { now } from '~/cms/lib/time'
import type { Event, Nomination } from '~/cms/payload-types'
import { APPLICANT_FILES_DIR } from '~/cms/paths'
import { type Nominee, writeNomination } from '../nominationStore'
import { refuseNomination } from '../refuse'

export type NomineeLink = { nomination: Nomination; nominee: Nominee; event: Event }

/**
 * The nomination and nominee behind a personal link, whatever its state (the caller judges it with
 * linkVerdict); null for a link that names nobody. Past access control: the secret is the grant.
 */
export async function findNomineeLink(
  req: PayloadRequest,
  secret: string,
): Promise<NomineeLink | null> {
  if (!looksLikeNomineeSecret(secret)) return null
  const hash = hashNomineeSecret(secret)
  const { docs } = await req.payload.find({
    collection: 'nominations',
    where: { 'nominees.linkHash': { equals: hash } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const nomination = docs[0]
  const nominee = nomination?.nominees?.find((n) => n.linkHash === hash)
  if (!nomination || !nominee) return null
  const event = await req.payload.findByID({
    collection: 'events',
    id: extractID(nomination.event),
    depth: 0,
    overrideAccess: true,
    req,
  })
  return { nomination, nominee, event }
}

/** Why a link cannot be used now, as a refusal (4xx): used, replaced, withdrawn, outside the window. */
export function refuseUnlessLinkOpen(req: PayloadRequest, link: NomineeLink | null): NomineeLink {
  const verdict = linkVerdict({
    nominee: link?.nominee,
    nominationState: link?.nomination.state,
    opensAt: link?.event.accreditationOpensAt,
    closesAt: link?.event.accreditationClosesAt,
    eventState: link?.event.state,
    at: now(),
  })
  if (verdict === 'open') return link!
  if (verdict === 'unknown') refuseNomination(req, 'link-unknown', 404)
  refuseNomination(req, `link-${verdict}`, verdict === 'not-yet-open' ? 409 : 410)
}

/**
 * A nominee completes their own application through their personal link: their portrait, ID and
 * consent, typed by nobody else. The outlet, role, e-mail, event and assignment letter come from
 * the nomination. The application is the ordinary one (submitApplication: reference, status link,
 * e-mail, review); the link is spent in the same transaction, so it works once.
 */
export async function completeNomination(
  req: PayloadRequest,
  input: { secret: string; application: ApplicationInput; portrait: File },
): Promise<{ referenceCode: string; statusToken: string }> {
  const link = refuseUnlessLinkOpen(req, await findNomineeLink(req, input.secret))
  const { nomination, nominee, event } = link
  const application: ApplicationInput = {
    ...input.application,
    outlet: String(extractID(nomination.outlet)),
    outletOther: '',
    role: nominee.role,
    email: nominee.email,
  }
  const letter = await copyOfLetter(req, nomination)
  req.context.applicant = { submitting: true, idempotencyKey: application.idempotencyKey }
  return inTransaction(req, async () => {
    // Spent first: a second use of the link waits for this write and then finds it used.
    const fresh = await req.payload.findByID({
      collection: 'nominations',
      id: nomination.id,
      depth: 0,
      overrideAccess: true,
      req,
    })
    const row = fresh.nominees?.find((n) => n.id === nominee.id)
    refuseUnlessLinkOpen(req, row ? { ...link, nomination: fresh, nominee: row } : null)
    const result = await submitApplication(req, {
      application,
      portrait: input.portrait,
      letter,
      eventId: event.id,
    })
    if (result.outcome === 'duplicate') refuseNomination(req, 'already-applied', 409)
    await writeNomination(req, fresh.id, {
      nominees: (fresh.nominees ?? []).map((n) =>
        n.id === nominee.id
          ? {
              ...n,
              state: 'completed' as const,
              request: result.id as number,
              completedAt: now().toISOString(),
            }
          : n,
      ),
    })
    return { referenceCode: result.referenceCode, statusToken: result.statusToken }
  })
}

/** Each request keeps its own copy of the outlet's letter, so erasing one application never takes another's. */
async function copyOfLetter(req: PayloadRequest, nomination: Nomination): Promise<File> {
  const file = await req.payload.findByID({
    collection: 'applicant-files',
    id: extractID(nomination.letter!),
    depth: 0,
    overrideAccess: true,
    req,
  })
  const data = await readFile(path.join(APPLICANT_FILES_DIR, path.basename(file.filename ?? '')))
  const ext = file.mimeType === 'application/pdf' ? 'pdf' : 'jpg'
  return {
    data,
    mimetype: file.mimeType ?? 'application/pdf',
    name: `${randomUUID()}.${ext}`,
    size: data.length,
  }
}
