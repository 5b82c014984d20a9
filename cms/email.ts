import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import nodemailer from 'nodemailer'
import type { Transport } from 'nodemailer'

import { QUEUED_IN_OUTBOX } from './email/outbox'
import type { Env } from './env'
import { MAIL_DIR } from './paths'

/** Without SMTP settings, every message is written to data/mail/*.eml for a developer to read. */
export function fileTransport(dir: string): Transport {
  return {
    name: 'portal-file',
    version: '1',
    send(mail, callback) {
      mail.message.build((error, message) => {
        if (error) return callback(error, undefined)
        mkdirSync(dir, { recursive: true })
        const messageId = mail.message.messageId()
        const file = path.join(
          dir,
          `${new Date().toISOString().replace(/[:.]/g, '-')}-${Math.random().toString(36).slice(2, 8)}.eml`,
        )
        writeFileSync(file, message)
        callback(null, { envelope: mail.message.getEnvelope(), messageId, file } as never)
      })
    },
  }
}

export function emailAdapter(env: Env) {
  const transport = env.SMTP_HOST
    ? nodemailer.createTransport({
        host: env.SMTP_HOST,
        port: env.SMTP_PORT,
        secure: env.SMTP_SECURE,
        auth: env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASS ?? '' } : undefined,
        // A mail server that hangs fails the attempt within a minute, to be retried by the outbox
        // (nodemailer would wait up to 10 minutes on a silent socket).
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 30_000,
      })
    : nodemailer.createTransport(fileTransport(MAIL_DIR))
  // Every portal e-mail leaves through the outbox (cms/email/operations/queueEmail.ts). Payload's
  // forgot-password operation still calls sendEmail itself, with the placeholder body its hook
  // returned once the real message was queued: that call sends nothing.
  return nodemailerAdapter({
    defaultFromAddress: env.MAIL_FROM,
    defaultFromName: env.MAIL_FROM_NAME,
    transport,
    skipVerify: true,
  }).then((adapter) => (args: Parameters<typeof adapter>[0]) => {
    const inner = adapter(args)
    return {
      ...inner,
      sendEmail: async (message: Parameters<typeof inner.sendEmail>[0]) =>
        message.html === QUEUED_IN_OUTBOX ? { queuedInOutbox: true } : inner.sendEmail(message),
    }
  })
}
