import type { PayloadRequest } from 'payload'

import { inTransaction } from '~/cms/db/inTransaction'

import type { EmailMessage } from '~/cms/payload-types'
import { EMAIL_QUEUE, type EmailKind, SEND_EMAIL_TASK } from '../outbox'
import { kickOutbox } from '../runEmailQueue'

export type EmailAttachment = { filename: string; contentType: string; content: string }

export type OutgoingEmail = {
  to: string
  subject: string
  text?: string | null
  html?: string | null
  kind: EmailKind
  language?: 'vi' | 'en' | string | null
  /** The application the message is about, if any: its erasure erases the message too. */
  request?: number | null
  /** A press release's distribution: the release, which copy, the one key per address and copy. */
  release?: number | string | null
  copy?: 'press' | 'public' | null
  deliveryKey?: string | null
  /** Extra headers (List-Unsubscribe, Message-ID): secret like the body, forgotten once sent. */
  headers?: Record<string, string> | null
  /** Files sent with the message (an interview's .ics): secret like the body, forgotten once sent. */
  attachments?: EmailAttachment[] | null
  /** The outbox queue; distribution messages go to the paced one. */
  queue?: string
}

/**
 * Puts one e-mail in the outbox: a row in `email-messages` and a `sendEmail` job, both written
 * through `req`, so they join the caller's transaction. The message leaves only once that
 * transaction has committed; a change that rolls back takes its e-mail with it. Without an open
 * transaction, the row and the job are written in one of their own.
 *
 * The job runs right after the commit in this process (kickOutbox), and the admin process retries
 * it with a growing pause when the mail server fails (cms/email/tasks/sendEmail.ts).
 */
export async function queueEmail(
  req: PayloadRequest,
  message: OutgoingEmail,
): Promise<EmailMessage> {
  const row = await inTransaction(req, async () => {
    const created = await req.payload.create({
      collection: 'email-messages',
      overrideAccess: true,
      depth: 0,
      req,
      data: {
        to: message.to.trim(),
        subject: message.subject,
        text: message.text ?? null,
        html: message.html ?? null,
        kind: message.kind,
        language: message.language === 'en' ? 'en' : 'vi',
        request: message.request ?? null,
        release: (message.release as number | null | undefined) ?? null,
        copy: message.copy ?? null,
        deliveryKey: message.deliveryKey ?? null,
        headers: message.headers ?? null,
        attachments: message.attachments?.length ? message.attachments : null,
        state: 'queued',
        attempts: 0,
      },
    })
    await req.payload.jobs.queue({
      task: SEND_EMAIL_TASK,
      queue: message.queue ?? EMAIL_QUEUE,
      input: { message: String(created.id) },
      req,
    })
    return created
  })
  if ((message.queue ?? EMAIL_QUEUE) === EMAIL_QUEUE) kickOutbox(req.payload)
  return row
}
