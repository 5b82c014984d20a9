import { getCurrentDate, JobCancelledError, type Payload, type TaskConfig } from 'payload'
import { extractID } from 'payload/shared'

import type { EmailMessage } from '~/cms/payload-types'
import {
  EMAIL_RETRY_DELAY_MS,
  isPermanentSmtpFailure,
  MAX_EMAIL_ATTEMPTS,
  nextAttemptAt,
  SEND_EMAIL_TASK,
} from '../outbox'

const idOf = (payload: Payload, id: string): number | string =>
  payload.db.defaultIDType === 'number' ? Number(id) : id

async function audit(
  payload: Payload,
  row: EmailMessage,
  action: 'email-sent' | 'email-failed',
  summary: string,
) {
  const request = row.request ? extractID(row.request) : null
  if (request === null || request === undefined) return
  await payload
    .create({
      collection: 'audit-entries',
      overrideAccess: true,
      data: {
        request,
        action,
        actorType: 'system',
        actorLabel: 'system',
        summary: summary.slice(0, 300),
      },
    })
    .catch((error: unknown) =>
      payload.logger.warn({ err: error, request }, 'could not note the e-mail in the audit trail'),
    )
}

/**
 * Sends one outbox message through the configured mail server and notes the outcome on its row.
 * Runs outside any transaction (a slow mail server never holds the database's write lock). A
 * message already sent is never sent again; a failure is recorded (attempts, reason, next try)
 * and re-thrown, so the jobs queue retries it after a growing pause, up to MAX_EMAIL_ATTEMPTS;
 * a permanent refusal (SMTP 5xx) marks it failed at once.
 */
export const sendEmailTask: TaskConfig<'sendEmail'> = {
  slug: SEND_EMAIL_TASK,
  label: 'Send an e-mail from the outbox',
  inputSchema: [{ name: 'message', type: 'text', required: true }],
  outputSchema: [{ name: 'state', type: 'text', required: true }],
  retries: {
    attempts: MAX_EMAIL_ATTEMPTS - 1,
    backoff: { type: 'exponential', delay: EMAIL_RETRY_DELAY_MS },
  },
  handler: async ({ input, req }) => {
    const { payload } = req
    const id = idOf(payload, input.message)
    const row = await payload.findByID({
      collection: 'email-messages',
      id,
      overrideAccess: true,
      depth: 0,
      disableErrors: true,
    })
    // Erased with its application, or already out (a retry after the row's update failed).
    if (!row) return { output: { state: 'gone' } }
    if (row.state === 'sent') return { output: { state: 'sent' } }
    const attempts = (row.attempts ?? 0) + 1
    try {
      await payload.sendEmail({
        to: row.to,
        subject: row.subject,
        ...(row.text ? { text: row.text } : {}),
        ...(row.html ? { html: row.html } : {}),
        ...(row.headers && typeof row.headers === 'object'
          ? { headers: row.headers as Record<string, string> }
          : {}),
        ...(Array.isArray(row.attachments) ? { attachments: row.attachments as never } : {}),
      })
    } catch (error) {
      const reason = String((error as Error)?.message ?? error).slice(0, 500)
      // 5xx from the mail server (no such mailbox, refused address): trying again changes nothing.
      const permanent = isPermanentSmtpFailure(error)
      const gaveUp = permanent || attempts >= MAX_EMAIL_ATTEMPTS
      await payload.update({
        collection: 'email-messages',
        id,
        overrideAccess: true,
        depth: 0,
        data: {
          state: gaveUp ? 'failed' : 'retrying',
          attempts,
          lastError: reason,
          nextAttemptAt: gaveUp ? null : nextAttemptAt(attempts, getCurrentDate()).toISOString(),
        },
      })
      payload.logger.warn(
        { message: row.id, kind: row.kind, attempts },
        `e-mail not sent (${gaveUp ? 'gave up' : 'will retry'}): ${reason}`,
      )
      if (gaveUp)
        await audit(
          payload,
          row,
          'email-failed',
          `${row.kind} e-mail failed after ${attempts} attempt(s): ${reason}`,
        )
      // A cancelled job is not retried; any other error is, after the queue's pause.
      throw permanent ? new JobCancelledError(reason) : error
    }
    // The body's links are secrets: once delivered to the mail server, the outbox forgets them.
    await payload.update({
      collection: 'email-messages',
      id,
      overrideAccess: true,
      depth: 0,
      data: {
        state: 'sent',
        attempts,
        sentAt: new Date().toISOString(),
        nextAttemptAt: null,
        text: null,
        html: null,
        headers: null,
        attachments: null,
      },
    })
    await audit(payload, row, 'email-sent', `${row.kind} e-mail sent`)
    return { output: { state: 'sent' } }
  },
}
