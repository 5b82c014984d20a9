import type { CaughtMail } from '../int/mailCatcher'
import { E2E_PORT_OFFSET } from './ports'

/**
 * The mail the portal sent during the end-to-end run. serve.ts runs a real SMTP server that both
 * portal processes send to, and lists what it caught at this loopback address.
 */
export const MAILBOX_PORT = 4599 + E2E_PORT_OFFSET
export const MAILBOX_URL = `http://127.0.0.1:${MAILBOX_PORT}/messages`

export type { CaughtMail }

export async function allMail(): Promise<CaughtMail[]> {
  const response = await fetch(MAILBOX_URL)
  if (!response.ok) throw new Error(`the test mailbox answered ${response.status}`)
  return (await response.json()) as CaughtMail[]
}

/** The first caught message that matches, polling until it arrives or the time is up. */
export async function waitForMail(
  predicate: (mail: CaughtMail) => boolean,
  timeoutMs = 15_000,
): Promise<CaughtMail> {
  const until = Date.now() + timeoutMs
  for (;;) {
    const found = (await allMail()).find(predicate)
    if (found) return found
    if (Date.now() > until) throw new Error(`no matching e-mail arrived within ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

/** The secret status link in an applicant e-mail. */
export function statusLinkIn(mail: CaughtMail): string {
  const link = /https?:\/\/\S+\/accreditation\/status\/[^\s/]+\//.exec(mail.text)?.[0]
  if (!link) throw new Error(`no status link in the e-mail "${mail.subject}"`)
  return link
}
