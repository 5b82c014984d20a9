import type { File, PayloadRequest } from 'payload'

import { inTransaction } from '~/cms/db/inTransaction'
import { mayAnswer } from '~/cms/lib/accreditation/statusFlow'
import type { AccreditationRequest } from '~/cms/payload-types'
import { removeStoredFiles, storeApplicantFiles } from './files'

export type AnswerApplicationInput = {
  id: number | string
  answer: string
  email?: string | null
  phone?: string | null
  pressCardNumber?: string | null
  files?: { portrait?: File; letter?: File }
}

/**
 * The applicant answers a request for information (a message, new files or corrections): back to
 * review. Only while the request waits for an answer (`mayAnswer`); the move itself is checked
 * again by the collection's change rules, as for every door.
 */
export async function answerApplication(
  req: PayloadRequest,
  input: AnswerApplicationInput,
): Promise<'answered' | 'not-found' | 'not-waiting'> {
  const { payload } = req
  const files = input.files ?? {}
  return inTransaction(
    req,
    async () => {
      const doc = await payload.findByID({
        collection: 'accreditation-requests',
        id: input.id,
        depth: 0,
        overrideAccess: false,
        req,
        disableErrors: true,
      })
      if (!doc) return 'not-found'
      if (!mayAnswer(doc.status)) return 'not-waiting'
      const data: Partial<AccreditationRequest> = {
        status: 'in-review',
        applicantAnswer: input.answer,
      }
      if (input.email) data.email = input.email
      if (input.phone) data.phone = input.phone
      if (input.pressCardNumber) data.pressCardNumber = input.pressCardNumber
      Object.assign(data, await storeApplicantFiles(req, files))
      await payload.update({
        collection: 'accreditation-requests',
        id: input.id,
        data,
        overrideAccess: false,
        req,
      })
      return 'answered'
    },
    removeStoredFiles([files.portrait, files.letter]),
  )
}
