import assert from 'node:assert/strict'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'

import { simpleParser } from 'mailparser'
import nodemailer from 'nodemailer'
import type { Payload } from 'payload'
import { SMTPServer } from 'smtp-server'

import { fileTransport } from '~/cms/email'
import { startTestPayload } from './harness'

/** A real SMTP server on loopback that keeps every message it receives. */
const received: { to: string[]; raw: string }[] = []
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  onData(stream, session, callback) {
    let raw = ''
    stream.on('data', (chunk: Buffer) => (raw += chunk.toString()))
    stream.on('end', () => {
      received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw })
      callback()
    })
  },
})

let payload: Payload
let cleanup: () => Promise<void>

before(async () => {
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve))
  const { port } = smtp.server.address() as AddressInfo
  Object.assign(process.env, {
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(port),
    SMTP_SECURE: 'false',
  })
  ;({ payload, cleanup } = await startTestPayload())
})
after(async () => {
  await cleanup()
  await new Promise<void>((resolve) => smtp.close(() => resolve()))
})

describe('e-mail', () => {
  it('goes out through the configured SMTP server, Vietnamese text intact', async () => {
    await payload.sendEmail({
      to: 'phong.vien@example.vn',
      subject: 'Xác nhận đăng ký tác nghiệp',
      text: 'Hồ sơ của bạn đã được tiếp nhận.',
    })
    assert.equal(received.length, 1)
    assert.deepEqual(received[0]!.to, ['phong.vien@example.vn'])
    const parsed = await simpleParser(received[0]!.raw)
    assert.equal(parsed.from?.value[0]?.address, 'press@congress.local')
    assert.equal(parsed.subject, 'Xác nhận đăng ký tác nghiệp')
    assert.equal(parsed.text?.trim(), 'Hồ sơ của bạn đã được tiếp nhận.')
  })

  it('is written to a readable .eml file when no SMTP server is configured', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'portal-mail-'))
    try {
      const transport = nodemailer.createTransport(fileTransport(dir))
      await transport.sendMail({
        from: 'press@congress.local',
        to: 'a@example.vn',
        subject: 'Thử nghiệm',
        text: 'Nội dung thư',
      })
      const files = readdirSync(dir)
      assert.equal(files.length, 1)
      assert.match(files[0]!, /\.eml$/)
      const parsed = await simpleParser(readFileSync(path.join(dir, files[0]!)))
      assert.equal(parsed.to && !Array.isArray(parsed.to) ? parsed.to.text : '', 'a@example.vn')
      assert.equal(parsed.subject, 'Thử nghiệm')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
