import { createLocalReq, type PayloadRequest } from 'payload'
import { extractID } from 'payload/shared'

import { consentLinkState } from '~/cms/interviews/consentLink'
import { daysOf, passForEvent } from '~/cms/interviews/interviewParties'
import { answerInterviewConsent } from '~/cms/interviews/operations/answerInterviewConsent'
import { requestInterview } from '~/cms/interviews/operations/requestInterview'
import { getEnv } from '~/cms/env'
import { interviewCalendar } from '~/cms/lib/interviews/interviewEmails'
import { interviewStatusLabels } from '~/cms/lib/interviews/interviewLabels'
import type { InterviewStatus, Window } from '~/cms/lib/interviews/interviewRules'
import { now } from '~/cms/lib/time'
import type { Journalist } from '~/cms/payload-types'
import type { Locale } from '../i18n/locales'
import { payloadClient } from './payload'

/** A request as the journalist (or nobody, for a consent link), in the visitor's language. */
async function requestAs(journalist: Journalist | null, locale: Locale): Promise<PayloadRequest> {
  return createLocalReq(
    {
      user: journalist ? { ...journalist, collection: 'journalists' } : undefined,
      context: { language: locale },
    },
    await payloadClient(),
  )
}

export type InterviewOutcome =
  { ok: true } | { ok: false; status: number; message: string; field?: string }

/** A refusal (4xx) becomes the page's answer with the field it concerns; anything else is thrown. */
function refused(error: unknown): InterviewOutcome {
  const { status, message, data } = error as {
    status?: number
    message?: string
    data?: { errors?: { path?: string }[] }
  }
  if (status && status >= 400 && status < 500)
    return { ok: false, status, message: message ?? '', field: data?.errors?.[0]?.path }
  throw error
}

export type DelegationChoice = {
  id: string
  name: string
  delegates: { id: string; name: string; position: string | null }[]
}
export type InterviewEventChoice = {
  id: string
  name: string
  days: string[]
  delegations: DelegationChoice[]
}
export type MyInterview = {
  id: string
  title: string
  topic: string
  status: InterviewStatus
  statusLabel: string
  windows: Window[]
  slotStart: string | null
  slotEnd: string | null
  room: string | null
  eventName: string
}
export type PressInterviews = { events: InterviewEventChoice[]; requests: MyInterview[] }

/**
 * The press area's interview section: the delegations the journalist may ask for (those of the
 * events they hold an active pass for; names and named delegates only, never the contacts) and
 * their own requests, read as themselves (access lets a journalist see no one else's).
 */
export async function getPressInterviews(
  journalist: Journalist,
  locale: Locale,
): Promise<PressInterviews> {
  const req = await requestAs(journalist, locale)
  const { payload } = req
  const { docs: delegations } = await payload.find({
    collection: 'delegations',
    depth: 0,
    pagination: false,
    sort: 'number',
    overrideAccess: true,
    req,
  })
  const eventIds = [...new Set(delegations.map((d) => String(extractID(d.event))))]
  const events: InterviewEventChoice[] = []
  for (const id of eventIds) {
    if (!(await passForEvent(req, journalist, id))) continue
    const event = await payload.findByID({
      collection: 'events',
      id,
      depth: 0,
      overrideAccess: true,
      locale,
      req,
    })
    events.push({
      id,
      name: event.name,
      days: daysOf(event),
      delegations: delegations
        .filter((d) => String(extractID(d.event)) === id)
        .map((d) => ({
          id: String(d.id),
          name: locale === 'en' && d.nameEn ? d.nameEn : d.name,
          delegates: (d.delegates ?? []).map((row) => ({
            id: row.id ?? '',
            name: row.name,
            position: row.position ?? null,
          })),
        })),
    })
  }
  const { docs } = await payload.find({
    collection: 'interview-requests',
    depth: 1,
    pagination: false,
    sort: '-createdAt',
    overrideAccess: false,
    user: req.user,
    locale,
    req,
  })
  const requests = docs.map((doc) => ({
    id: String(doc.id),
    title: doc.delegateName
      ? `${doc.delegationName} (${doc.delegateName})`
      : (doc.delegationName ?? ''),
    topic: doc.topic,
    status: doc.status,
    statusLabel: interviewStatusLabels[doc.status][locale === 'en' ? 'en' : 'vi'],
    windows: doc.windows ?? [],
    slotStart: doc.status === 'scheduled' ? (doc.slotStart ?? null) : null,
    slotEnd: doc.status === 'scheduled' ? (doc.slotEnd ?? null) : null,
    room: doc.status === 'scheduled' ? (doc.room ?? null) : null,
    eventName: typeof doc.event === 'object' && doc.event ? doc.event.name : '',
  }))
  return { events, requests }
}

/** The phone form's fields, translated to requestInterview: "whom" is `<delegation>` or `<delegation>:<delegate row>`. */
export async function requestInterviewFromForm(
  journalist: Journalist,
  form: FormData,
  locale: Locale,
): Promise<InterviewOutcome> {
  const text = (name: string) => {
    const value = form.get(name)
    return typeof value === 'string' ? value.trim() : ''
  }
  const [delegation, delegate] = text('whom').split(':')
  const windows: Window[] = [0, 1, 2]
    .map((i) => ({ day: text(`day${i}`), from: text(`from${i}`), to: text(`to${i}`) }))
    .filter((w, i) => i === 0 || w.from || w.to)
  try {
    await requestInterview(await requestAs(journalist, locale), {
      delegation: delegation || null,
      delegate: delegate || null,
      topic: text('topic'),
      questions: text('questions'),
      windows,
    })
    return { ok: true }
  } catch (error) {
    return refused(error)
  }
}

/** The .ics of the journalist's own scheduled interview, or null (not theirs, or not scheduled). */
export async function myInterviewCalendar(
  journalist: Journalist,
  id: string,
  locale: Locale,
): Promise<string | null> {
  if (!/^\w+$/.test(id)) return null
  const req = await requestAs(journalist, locale)
  const doc = await req.payload.findByID({
    collection: 'interview-requests',
    id,
    depth: 0,
    overrideAccess: false,
    user: req.user,
    req,
    disableErrors: true,
  })
  if (!doc || doc.status !== 'scheduled' || !doc.slotStart || !doc.slotEnd) return null
  return interviewCalendar({
    id: doc.id,
    host: new URL(getEnv().SITE_URL).hostname,
    locale: locale === 'en' ? 'en' : 'vi',
    delegationName: doc.delegationName ?? '',
    delegateName: doc.delegateName,
    journalistName: doc.journalistName ?? journalist.name,
    topic: doc.topic,
    start: doc.slotStart,
    end: doc.slotEnd,
    room: doc.room ?? '',
    stamp: now(),
  })
}

export type ConsentView =
  | {
      verdict: 'open'
      delegationName: string
      delegateName: string | null
      journalistName: string
      outletName: string
      topic: string
      questions: string | null
      windows: Window[]
      expiresAt: string
    }
  | { verdict: 'unknown' | 'expired' | 'used' }

/** What the delegation's contact sees at their consent link (nothing but the request it was made for). */
export async function openConsentLink(token: string, locale: Locale): Promise<ConsentView> {
  const state = await consentLinkState(await requestAs(null, locale), token)
  if (state.verdict !== 'open') return { verdict: state.verdict }
  const { request } = state
  return {
    verdict: 'open',
    delegationName: request.delegationName ?? '',
    delegateName: request.delegateName ?? null,
    journalistName: request.journalistName ?? '',
    outletName: request.outletName ?? '',
    topic: request.topic,
    questions: request.questions ?? null,
    windows: request.windows ?? [],
    expiresAt: request.consentExpiresAt ?? '',
  }
}

/** The contact's answer from the consent page's form. */
export async function answerConsentFromForm(
  token: string,
  form: FormData,
  locale: Locale,
): Promise<InterviewOutcome & { accepted?: boolean }> {
  const answer = form.get('answer')
  const note = form.get('note')
  try {
    const saved = await answerInterviewConsent(await requestAs(null, locale), {
      token,
      answer,
      note: typeof note === 'string' ? note : null,
    })
    return { ok: true, accepted: saved.status === 'accepted' }
  } catch (error) {
    return refused(error)
  }
}
