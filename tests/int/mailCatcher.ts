import type { AddressInfo } from 'node:net'

import { simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

export type CaughtMail = {
  to: string[]
  subject: string
  text: string
  html: string
  messageId: string
  /** Raw header values by lower-case name (the last one of a name). */
  headers: Record<string, string>
  /** Attached files, their content as UTF-8 text (an interview's .ics). */
  attachments?: { filename: string; contentType: string; content: string }[]
}

/**
 * A real SMTP server on loopback that keeps what it receives, parsed. Call before the Payload
 * config loads: it points SMTP_HOST/SMTP_PORT at itself.
 */
export async function startMailCatcher() {
  const messages: CaughtMail[] = []
  let rejected: RegExp | null = null
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    // A mailbox that does not exist: a permanent (5xx) refusal, for the tests of failed deliveries.
    onRcptTo(address, _session, callback) {
      if (rejected?.test(address.address)) {
        const error = Object.assign(new Error('No such mailbox'), { responseCode: 550 })
        return callback(error)
      }
      callback()
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const to = (Array.isArray(parsed.to) ? parsed.to : parsed.to ? [parsed.to] : []).flatMap(
            (a) => a.value.map((v) => v.address ?? ''),
          )
          messages.push({
            to,
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : '',
            messageId: parsed.messageId ?? '',
            attachments: parsed.attachments.map((a) => ({
              filename: a.filename ?? '',
              contentType: a.contentType,
              content: a.content.toString('utf8'),
            })),
            headers: Object.fromEntries(
              parsed.headerLines.map(({ key, line }) => [
                key,
                line.slice(line.indexOf(':') + 1).trim(),
              ]),
            ),
          })
          callback()
        })
        .catch(callback)
    },
  })
  // A client that drops its connection (a portal stopped with a pooled SMTP connection open) is
  // not the server's failure: like a real mail server, keep serving the others.
  server.on('error', () => {})
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address() as AddressInfo
  Object.assign(process.env, {
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(port),
    SMTP_SECURE: 'false',
  })
  return {
    messages,
    port,
    /** Refuse recipients whose address matches, with 550 No such mailbox. */
    rejectRecipients: (pattern: RegExp | null) => {
      rejected = pattern
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
