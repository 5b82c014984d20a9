import { createLocalReq } from 'payload'
import { extractID } from 'payload/shared'

import { daysToCome } from '~/cms/lib/events/eventRules'
import {
  applicationSchema,
  type FieldErrors,
  fieldErrors,
  formToObject,
} from '~/cms/lib/accreditation/applicationSchema'
import { linkVerdict, type LinkVerdict } from '~/cms/lib/nominations/nominationRules'
import { localDate, now } from '~/cms/lib/time'
import {
  completeNomination,
  findNomineeLink,
  refuseUnlessLinkOpen,
} from '~/cms/nominations/operations/completeNomination'
import { importNomineesCsv } from '~/cms/nominations/operations/importNomineesCsv'
import { nominate } from '~/cms/nominations/operations/nominate'
import { replaceNominee } from '~/cms/nominations/operations/replaceNominee'
import { withdrawNomination } from '~/cms/nominations/operations/withdrawNomination'
import { nominationMessage } from '~/cms/nominations/refuse'
import { outletOverview, type OutletOverview } from '~/cms/nominations/outletOverview'
import type { OutletManager } from '~/cms/payload-types'
import type { Locale } from '../i18n/locales'
import { prepareUpload } from './files'
import { attempt, type OutletOutcome, requestFor } from './outletRequest'
import { payloadClient } from './payload'

/** Events an outlet may nominate for: open, window not closed, newest first. */
export async function nominationEvents(locale: Locale) {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'events',
    where: { state: { equals: 'open' } },
    sort: 'startDate',
    depth: 0,
    locale,
    pagination: false,
    overrideAccess: false,
    user: null,
  })
  const at = now().getTime()
  return docs
    .filter((e) => !e.accreditationClosesAt || new Date(e.accreditationClosesAt).getTime() > at)
    .map((e) => ({ id: String(e.id), name: e.name, startDate: e.startDate }))
}

export async function getOutletOverview(
  manager: OutletManager,
  eventId: string,
  locale: Locale,
): Promise<OutletOverview | null> {
  const outcome = await attempt(async () =>
    outletOverview(await requestFor(manager, locale), eventId),
  )
  return outcome.ok ? outcome.value : null
}

/** The nominate form: typed rows (name[], role[], email[]) and/or a CSV file, with the letter for a new nomination. */
export async function nominateFromForm(
  manager: OutletManager,
  form: FormData,
  locale: Locale,
): Promise<OutletOutcome<{ nomination: string }>> {
  const event = String(form.get('event') ?? '')
  const nomination = String(form.get('nomination') ?? '') || null
  const names = form.getAll('name').map(String)
  const roles = form.getAll('role').map(String)
  const emails = form.getAll('email').map(String)
  const typed = names
    .map((name, i) => ({ name, role: roles[i] ?? '', email: emails[i] ?? '' }))
    .filter((row) => row.name.trim() || row.email.trim())
  const csvFile = form.get('csv')
  const csv =
    csvFile && typeof csvFile !== 'string' && csvFile.size > 0 && csvFile.size < 200_000
      ? await csvFile.text()
      : ''
  let letter = null
  const letterFile = form.get('letter')
  if (letterFile && typeof letterFile !== 'string' && letterFile.size > 0) {
    const prepared = await prepareUpload(letterFile, 'letter')
    if (!prepared.ok)
      return {
        ok: false,
        status: 400,
        message:
          locale === 'en'
            ? 'The letter is not a PDF or an image we can read.'
            : 'Công văn không phải tệp PDF hoặc ảnh hợp lệ.',
      }
    letter = prepared.file
  }
  return attempt(async () => {
    // Typed names first; a CSV list then extends the same nomination (the letter goes with the first).
    let target = nomination
    if (typed.length || !csv) {
      const saved = await nominate(await requestFor(manager, locale), {
        event,
        nomination: target,
        letter,
        nominees: typed,
      })
      target = String(saved.id)
    }
    if (csv) {
      const saved = await importNomineesCsv(await requestFor(manager, locale), {
        event,
        nomination: target,
        letter: target ? null : letter,
        csv,
      })
      target = String(saved.id)
    }
    return { nomination: String(target) }
  })
}

export async function replaceFromForm(manager: OutletManager, form: FormData, locale: Locale) {
  return attempt(async () => {
    await replaceNominee(await requestFor(manager, locale), {
      nomination: String(form.get('nomination') ?? ''),
      nominee: String(form.get('nominee') ?? ''),
      replacement: {
        name: String(form.get('name') ?? ''),
        role: String(form.get('role') ?? ''),
        email: String(form.get('email') ?? ''),
      },
    })
    return null
  })
}

export async function withdrawFromForm(manager: OutletManager, form: FormData, locale: Locale) {
  return attempt(async () => {
    await withdrawNomination(await requestFor(manager, locale), {
      nomination: String(form.get('nomination') ?? ''),
    })
    return null
  })
}

export type NomineeLinkView = {
  verdict: LinkVerdict
  /** Why the link cannot be used now, in the visitor's language; null while it can. */
  refusal: string | null
  name: string
  role: string
  email: string
  outletName: string
  eventName: string
  days: string[]
  rulesVersion: string
}

/** What a nominee's link page shows: whose link it is and whether it can still be used. */
export async function openNomineeLink(secret: string, locale: Locale): Promise<NomineeLinkView> {
  const payload = await payloadClient()
  const req = await createLocalReq({ context: { language: locale } }, payload)
  const link = await findNomineeLink(req, secret)
  const verdict = linkVerdict({
    nominee: link?.nominee,
    nominationState: link?.nomination.state,
    opensAt: link?.event.accreditationOpensAt,
    closesAt: link?.event.accreditationClosesAt,
    eventState: link?.event.state,
    at: now(),
  })
  const refusal = verdict === 'open' ? null : nominationMessage(locale, `link-${verdict}`)
  if (!link)
    return {
      verdict,
      refusal,
      name: '',
      role: '',
      email: '',
      outletName: '',
      eventName: '',
      days: [],
      rulesVersion: '',
    }
  const [outlet, event, rules] = await Promise.all([
    payload.findByID({
      collection: 'outlets',
      id: extractID(link.nomination.outlet),
      depth: 0,
      overrideAccess: true,
    }),
    payload.findByID({
      collection: 'events',
      id: link.event.id,
      depth: 0,
      locale,
      overrideAccess: true,
    }),
    payload.findGlobal({
      slug: 'press-rules',
      depth: 0,
      overrideAccess: true,
      select: { version: true },
    }),
  ])
  return {
    verdict,
    refusal,
    name: link.nominee.name,
    role: link.nominee.role,
    email: link.nominee.email,
    outletName: outlet.name,
    eventName: event.name,
    days: daysToCome(event, now()),
    rulesVersion: event.pressRulesVersion || rules.version || '',
  }
}

/** A nominee's own application through their link: the shared form rules, the portrait judged, then completeNomination. */
export async function completeFromForm(
  secret: string,
  form: FormData,
  locale: Locale,
): Promise<
  | { ok: true; referenceCode: string; statusToken: string }
  | { ok: false; status: number; errors: FieldErrors; message?: string }
> {
  const view = await openNomineeLink(secret, locale)
  const payload = await payloadClient()
  const req = await createLocalReq({ context: { language: locale } }, payload)
  const link = await findNomineeLink(req, secret)
  // A link that cannot be used says so before any field problem.
  const usable = await attempt(async () => refuseUnlessLinkOpen(req, link))
  if (!usable.ok) return { ok: false, status: usable.status, errors: {}, message: usable.message }
  const values = {
    ...formToObject(form),
    outlet: link ? String(extractID(link.nomination.outlet)) : '',
    outletOther: '',
    role: view.role,
    email: view.email,
    rulesVersion: view.rulesVersion,
  }
  const parsed = applicationSchema({
    days: view.days,
    outletIds: [values.outlet],
    today: localDate(now()),
  }).safeParse(values)
  const errors: FieldErrors = parsed.success ? {} : fieldErrors(parsed.error)
  const portrait = await prepareUpload(form.get('portrait'), 'portrait')
  if (!portrait.ok) errors.portrait = portrait.code
  if (!parsed.success || !portrait.ok) {
    return { ok: false, status: errors.portrait === 'too_large' ? 413 : 400, errors }
  }
  const outcome = await attempt(() =>
    completeNomination(req, { secret, application: parsed.data, portrait: portrait.file }),
  )
  if (!outcome.ok)
    return { ok: false, status: outcome.status, errors: {}, message: outcome.message }
  return { ok: true, ...outcome.value }
}
