import { getEnv } from '~/cms/env'
import { readStatusToken } from '~/cms/lib/accreditation/statusToken'
import type { LimitName } from '~/cms/rateLimits'

const env = getEnv()

/**
 * The limit a request counts against, and under which key. A genuine status link is limited per
 * link, so journalists behind one press-centre address do not share an allowance; anything else
 * under /accreditation/status/ is a guess and is limited per client address. The allowances are
 * the CMS's (cms/rateLimits/limits.ts), counted in the store every process shares.
 */
export function limitFor(
  method: string,
  path: string,
  client: string,
  staffSession?: string,
): { limit: LimitName; key: string } | null {
  const status = /^\/accreditation\/status\/([^/]*)/.exec(path)
  if (status) {
    const token = decodeURIComponent(status[1] ?? '')
    return readStatusToken(env.PAYLOAD_SECRET, token)
      ? { limit: 'status-links', key: token }
      : { limit: 'link-guesses', key: client }
  }
  // Press-release subscription: the form like the application form, its links like status links.
  if (/^\/subscribe\/(confirm|unsubscribe)\//.test(path))
    return { limit: 'link-guesses', key: client }
  if (method === 'POST' && /^\/subscribe\/?$/.test(path))
    return { limit: 'applications', key: client }
  // A nominee's personal link: every try counts per client, like status-link guesses.
  if (/^\/outlet\/nominee\//.test(path)) return { limit: 'link-guesses', key: client }
  if (method === 'POST' && /^\/outlet\/(password|forgot|apply)?\/?$/.test(path))
    return { limit: 'press-sign-in-forms', key: client }
  if (method === 'POST' && /^\/accreditation\/?$/.test(path))
    return { limit: 'applications', key: client }
  if (method === 'POST' && /^\/checkin\/?$/.test(path))
    return { limit: 'staff-sign-in-forms', key: client }
  // The editor's live phone page: its sign-in form like the door's (posts once signed in are not limited).
  if (method === 'POST' && !staffSession && /^\/live\/[^/]+\/post\/?$/.test(path))
    return { limit: 'staff-sign-in-forms', key: client }
  if (method === 'POST' && /^\/press\/(password|forgot)?\/?$/.test(path))
    return { limit: 'press-sign-in-forms', key: client }
  // Per signed-in phone, so several scanners behind one press-centre address do not share a limit.
  if (method === 'POST' && path === '/checkin/scan')
    return { limit: 'scans', key: staffSession ?? client }
  return null
}

export const trustProxy = env.TRUST_PROXY
