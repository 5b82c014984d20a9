import { readFile } from 'node:fs/promises'
import path from 'node:path'

import type { PayloadRequest, Where } from 'payload'
import { extractID } from 'payload/shared'

import { roleLabels, zoneLabels } from '~/cms/lib/labels'
import { inTransaction } from '~/cms/db/inTransaction'
import { logStaffAccess } from '~/cms/hooks/logStaffAccess'
import { outletDisplayName } from '~/cms/lib/accreditation/outletName'
import { type BadgeContent, renderBadgeSheet } from '~/cms/lib/passes/badgePdf'
import {
  badgeSkipReason,
  MAX_BADGES_PER_RUN,
  SKIP_LABELS,
  type SkipReason,
  skippedSummary,
} from '~/cms/lib/passes/badgeRun'
import { signPassToken } from '~/cms/lib/passes/passToken'
import { canHandleAccreditation } from '~/cms/lib/roles'
import { loadPassKeys } from '~/cms/passKeys'
import { APPLICANT_FILES_DIR } from '~/cms/paths'
import type { ApplicantFile, Event } from '~/cms/payload-types'
import { passRefusal } from '../refusals'

export type BadgeRun = {
  pdf: Uint8Array
  printed: { id: number | string; passNumber: string }[]
  skipped: { id: number | string; passNumber: string; reason: SkipReason }[]
  /** The skipped passes counted by reason, in the caller's language ("" when none). */
  skippedText: string
}

const TITLE = { vi: 'Thẻ tác nghiệp', en: 'Press pass' }
const dayText = (day: string) => day.split('-').reverse().join('/')

/**
 * The press office prints badges in a batch: the passes the officer selected in the admin's list
 * (or every pass its filter matches, e.g. one event or one outlet), as ONE PDF of A4 sheets with
 * four A6 badges each (cms/lib/passes/badgePdf: the same badge as the journalist's own pass.pdf).
 * Only accreditation staff may print; passes are read with the caller's own access. Revoked passes
 * and those of requests no longer approved are left out, and the PDF's last page and the result
 * say which and why. Each printed badge is written to the staff access log (it shows a portrait).
 */
export async function printBadges(
  req: PayloadRequest,
  input: { where?: Where | null; locale?: 'vi' | 'en' },
): Promise<BadgeRun> {
  if (!canHandleAccreditation(req.user)) throw passRefusal(req, 'not-allowed-print')
  const locale = input.locale ?? (req.i18n?.language === 'en' ? 'en' : 'vi')
  const { docs: passes } = await req.payload.find({
    collection: 'passes',
    where: input.where ?? {},
    sort: 'passNumber',
    limit: MAX_BADGES_PER_RUN + 1,
    depth: 0,
    overrideAccess: false,
    user: req.user,
    req,
  })
  if (passes.length > MAX_BADGES_PER_RUN) throw passRefusal(req, 'too-many-badges')
  if (!passes.length) throw passRefusal(req, 'nothing-to-print')

  const requestIds = passes.map((pass) => extractID(pass.request))
  const eventIds = [...new Set(passes.map((pass) => extractID(pass.event as number | Event)))]
  const [requests, events] = await Promise.all([
    req.payload.find({
      collection: 'accreditation-requests',
      where: { id: { in: requestIds } },
      pagination: false,
      depth: 1,
      overrideAccess: false,
      user: req.user,
      req,
      select: {
        fullName: true,
        outlet: true,
        outletOther: true,
        role: true,
        status: true,
        portrait: true,
        referenceCode: true,
      },
    }),
    req.payload.find({
      collection: 'events',
      where: { id: { in: eventIds } },
      pagination: false,
      depth: 0,
      locale,
      overrideAccess: true,
      req,
      select: { name: true, shortName: true },
    }),
  ])
  const requestOf = new Map(requests.docs.map((doc) => [String(doc.id), doc]))
  const eventOf = new Map(events.docs.map((doc) => [String(doc.id), doc]))
  const privateKey = loadPassKeys().privateKey

  const printed: (BadgeContent & { id: number | string; referenceCode?: string | null })[] = []
  const skipped: BadgeRun['skipped'] = []
  for (const pass of passes) {
    const request = requestOf.get(String(extractID(pass.request)))
    const file = request?.portrait as ApplicantFile | null | undefined
    const portrait =
      file?.filename && !file.purgedAt
        ? await readFile(path.join(APPLICANT_FILES_DIR, path.basename(file.filename))).catch(
            () => null,
          )
        : null
    const reason = badgeSkipReason({
      status: pass.status,
      serial: pass.serial,
      requestStatus: request?.status,
      hasPortrait: Boolean(portrait),
    })
    if (reason || !request || !portrait || !pass.serial) {
      skipped.push({ id: pass.id, passNumber: pass.passNumber, reason: reason ?? 'not-approved' })
      continue
    }
    const eventId = String(extractID(pass.event as number | Event))
    const event = eventOf.get(eventId)
    const days = pass.days ?? []
    const zones = pass.zones ?? []
    printed.push({
      id: pass.id,
      referenceCode: request.referenceCode,
      eventName: event ? event.shortName || event.name : '',
      title: TITLE[locale],
      passNumber: pass.passNumber,
      version: pass.version,
      fullName: request.fullName,
      outlet: outletDisplayName(request, locale),
      role: roleLabels[request.role]?.[locale] ?? request.role,
      days: days.map(dayText).join(' · '),
      zones: zones.map((zone) => zoneLabels[zone]?.[locale] ?? zone).join(' · '),
      portraitJpeg: portrait,
      // The same signed code as the journalist's own pass (site/lib/cms/phonePass).
      qrToken: signPassToken(privateKey, {
        p: pass.serial,
        v: pass.version,
        d: days,
        z: zones,
        e: eventId,
      }),
    })
  }
  const skippedText = skippedSummary(skipped, locale)
  if (!printed.length) {
    const refusal = passRefusal(req, 'nothing-to-print')
    refusal.message = `${refusal.message} ${skippedText}`
    throw refusal
  }

  const pdf = await renderBadgeSheet(printed, {
    title: `${TITLE[locale]} · ${printed.length}`,
    skipped: skipped.length
      ? {
          heading:
            locale === 'en'
              ? `Left out: ${skipped.length} (${skippedText})`
              : `Không in: ${skipped.length} thẻ (${skippedText})`,
          lines: skipped.map((s) => `${s.passNumber} — ${SKIP_LABELS[s.reason][locale]}`),
        }
      : undefined,
  })
  await inTransaction(req, async (req) => {
    for (const badge of printed)
      await logStaffAccess(req, {
        action: 'printed-badge',
        collectionSlug: 'passes',
        documentId: String(badge.id),
        referenceCode: badge.referenceCode,
      })
  })
  return {
    pdf,
    printed: printed.map(({ id, passNumber }) => ({ id, passNumber })),
    skipped,
    skippedText,
  }
}
