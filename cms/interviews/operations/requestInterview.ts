import type { PayloadRequest } from 'payload'
import { extractID } from 'payload/shared'

import { inTransaction } from '~/cms/db/inTransaction'
import {
  QUESTIONS_MAX,
  TOPIC_MAX,
  type Window,
  windowProblem,
} from '~/cms/lib/interviews/interviewRules'
import type { InterviewRequest } from '~/cms/payload-types'
import {
  daysOf,
  journalistCaller,
  loadDelegation,
  loadEvent,
  passForEvent,
} from '../interviewParties'
import { auditInterview, writeInterview } from '../interviewStore'
import { refuseInterview, refuseInterviewField } from '../refuse'

export type RequestInterviewInput = {
  delegation: unknown
  /** A named delegate of the delegation (the row id of its list), or none for the delegation. */
  delegate?: string | null
  topic: string
  questions?: string | null
  windows: Window[]
}

/**
 * A journalist asks, from the press area, to interview a delegation or one of its named delegates:
 * a topic, questions if they like, one to three preferred windows during the event's days. Only a
 * journalist with an active press pass for the delegation's event may ask.
 */
export async function requestInterview(
  req: PayloadRequest,
  input: RequestInterviewInput,
): Promise<InterviewRequest> {
  const journalist = await journalistCaller(req)
  const delegation = await loadDelegation(req, input.delegation)
  const eventId = extractID(delegation.event)
  const held = await passForEvent(req, journalist, eventId)
  if (!held) refuseInterview(req, 'no-pass', 403)
  let delegateName: string | null = null
  if (input.delegate) {
    const row = (delegation.delegates ?? []).find((d) => d.id === input.delegate)
    if (!row) refuseInterviewField(req, 'delegate', 'no-delegate', 400)
    delegateName = row.position ? `${row.name}, ${row.position}` : row.name
  }
  const topic = (input.topic ?? '').trim()
  if (!topic) refuseInterviewField(req, 'topic', 'no-topic', 400)
  if (topic.length > TOPIC_MAX) refuseInterviewField(req, 'topic', 'topic-too-long', 400)
  const questions = (input.questions ?? '').trim() || null
  if (questions && questions.length > QUESTIONS_MAX)
    refuseInterviewField(req, 'questions', 'questions-too-long', 400)
  const event = await loadEvent(req, eventId)
  const windows = (input.windows ?? []).map((w) => ({
    day: String(w.day ?? ''),
    from: String(w.from ?? ''),
    to: String(w.to ?? ''),
  }))
  const problem = windowProblem(windows, daysOf(event))
  if (problem) refuseInterviewField(req, 'windows', problem, 400)
  return inTransaction(req, async (req) => {
    const saved = await writeInterview(req, null, {
      title: `${delegation.name}${delegateName ? ` (${delegateName})` : ''} · ${journalist.name}`,
      status: 'requested',
      event: eventId as number,
      journalist: journalist.id,
      journalistName: journalist.name,
      outletName: held.outletName,
      passNumber: held.pass.passNumber,
      language: journalist.language === 'en' ? 'en' : 'vi',
      delegation: delegation.id,
      delegationName: delegation.name,
      delegate: input.delegate || null,
      delegateName,
      topic,
      questions,
      windows,
    })
    await auditInterview(
      req,
      saved,
      'interview-requested',
      `${journalist.name} (${held.outletName}) → ${saved.title}: ${topic}`,
      'applicant',
    )
    return saved
  })
}
