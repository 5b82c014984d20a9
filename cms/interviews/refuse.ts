import { APIError, type PayloadRequest } from 'payload'

import { languageOf } from '~/cms/auth/request'
import { type InterviewRefusal, interviewMessage } from '~/cms/lib/interviews/interviewLabels'
import { FieldRefusal } from '~/cms/refusals/fieldRefusal'

/** A 4xx the caller reads as it is, in their language, with nothing written; `data.refusal` names it. */
export function refuseInterview(
  req: PayloadRequest,
  refusal: InterviewRefusal,
  status: 400 | 403 | 404 | 409 | 410,
  detail?: string,
): never {
  throw new APIError(interviewMessage(languageOf(req), refusal, detail), status, { refusal }, true)
}

/** The same, at one field of the form (the admin shows it next to the field; the site beside its input). */
export function refuseInterviewField(
  req: PayloadRequest,
  path: string,
  refusal: InterviewRefusal,
  status: 400 | 409,
  detail?: string,
): never {
  throw new FieldRefusal({
    collection: 'interview-requests',
    path,
    message: interviewMessage(languageOf(req), refusal, detail),
    status,
    refusal,
  })
}
