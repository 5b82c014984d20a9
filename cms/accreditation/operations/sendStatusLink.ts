import type { PayloadRequest } from 'payload'

import { queueApplicantEmail } from '~/cms/collections/AccreditationRequests/hooks/notifyApplicant'
import { writeAudit } from '~/cms/collections/AccreditationRequests/hooks/recordAudit'
import { inTransaction } from '~/cms/db/inTransaction'
import { canHandleAccreditation } from '~/cms/lib/roles'
import { countResend, refuseTool } from '../officerTools'

/**
 * An officer e-mails an applicant their status link again (lost e-mail, new phone): to the
 * address on the application, in its language, through the outbox; the link is the same one (it
 * never changes while the application exists). Accreditation staff only, 3 per 10 minutes per
 * application, recorded in the application's audit trail (without the address).
 */
export async function sendStatusLink(
  req: PayloadRequest,
  input: { request: number | string },
): Promise<{ sentTo: string; referenceCode: string }> {
  if (!canHandleAccreditation(req.user)) refuseTool(req, 'not-staff')
  const application = await req.payload
    .findByID({
      collection: 'accreditation-requests',
      id: input.request,
      depth: 0,
      overrideAccess: true,
      req,
      disableErrors: true,
    })
    .catch(() => null)
  if (!application) refuseTool(req, 'no-application')
  await countResend(req, 'status-link', application.id)
  const referenceCode = application.referenceCode ?? String(application.id)
  await inTransaction(req, async (req) => {
    await queueApplicantEmail(req, application, 'status-link')
    await writeAudit(req, {
      request: application.id,
      referenceCode,
      action: 'link-sent',
      summary: `${referenceCode}: status link e-mailed again · gửi lại đường liên kết hồ sơ`,
    })
  })
  return { sentTo: application.email, referenceCode }
}
