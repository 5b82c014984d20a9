import type { File, PayloadRequest } from 'payload'

import { removeStoredFiles, storeApplicantFiles } from '~/cms/accreditation/operations/files'
import { inTransaction } from '~/cms/db/inTransaction'
import { checkNominee } from '~/cms/lib/nominations/nominationRules'
import { refuseNomination } from '../refuse'

/**
 * Someone applies on the site for their outlet's media manager account, with the outlet's letter
 * (judged by its bytes by the caller). The account starts unapproved: it cannot sign in, and no
 * password link goes out, until an officer approves it in the admin. An address that already has
 * an account gets the same answer and nothing is written (no address is confirmed to a stranger).
 */
export async function applyForOutletManager(
  req: PayloadRequest,
  input: {
    name: string
    email: string
    phone?: string
    outlet: number | string
    language: 'vi' | 'en'
    letter: File
  },
): Promise<void> {
  const checked = checkNominee({ name: input.name, role: 'reporter', email: input.email })
  if ('problem' in checked) refuseNomination(req, 'bad-nominee', 400, checked.problem)
  // The form's select opens on an empty placeholder: no outlet chosen is the same refusal.
  const outlet =
    input.outlet === ''
      ? null
      : await req.payload.findByID({
          collection: 'outlets',
          id: input.outlet,
          depth: 0,
          overrideAccess: true,
          req,
          disableErrors: true,
        })
  if (!outlet) refuseNomination(req, 'bad-nominee', 400, 'outlet')
  const taken = await req.payload.count({
    collection: 'outlet-managers',
    where: { email: { equals: checked.email } },
    overrideAccess: true,
    req,
  })
  if (taken.totalDocs > 0) return
  req.context.applicant = { submitting: true }
  req.context.outletManagerApplication = true
  await inTransaction(
    req,
    async () => {
      const { letter } = await storeApplicantFiles(req, { letter: input.letter })
      await req.payload.create({
        collection: 'outlet-managers',
        data: {
          name: checked.name,
          email: checked.email,
          phone: input.phone?.slice(0, 20) || null,
          outlet: outlet.id,
          language: input.language,
          approved: false,
          letter,
          password: 'replaced-by-a-random-one',
        },
        overrideAccess: false,
        req,
      })
    },
    removeStoredFiles([input.letter]),
  )
}
