import type { PayloadRequest } from 'payload'

/**
 * Erases an applicant's messages from the outbox (address, subject, and the body of any not yet
 * sent): those about their application and those to their address (press-account e-mails). Part
 * of the applicant's erasure, in its transaction. A queued job whose row is gone sends nothing.
 */
export async function eraseEmailsOf(
  req: PayloadRequest,
  applicant: { request: number; email?: string | null },
): Promise<void> {
  const email = applicant.email?.trim()
  await req.payload.delete({
    collection: 'email-messages',
    where: {
      or: [
        { request: { equals: applicant.request } },
        ...(email ? [{ to: { equals: email } }, { to: { equals: email.toLowerCase() } }] : []),
      ],
    },
    overrideAccess: true,
    req,
  })
}
