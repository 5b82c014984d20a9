/**
 * The admin works only at CMS_URL: its cookies, CSRF list, file and thumbnail URLs and REST
 * calls are all made for that address. Opened at another one (127.0.0.1 for localhost, a bare IP,
 * an old name), it half-works silently: files read "Untitled - ID: n", saves fail. So a browser
 * navigating to the admin elsewhere is sent to the same page at CMS_URL. Pure: cms/proxy.ts asks.
 */

/** Set on the redirect, for a few seconds: if the browser comes back still "elsewhere", a reverse
 * proxy rewrites the Host header (not the browser's fault), and the admin is served as it is. */
export const WRONG_HOST_GUARD = 'portal-admin-host-redirect'

/** The admin's language when the browser has not chosen one (Payload's own cookie). */
export const ADMIN_LANGUAGE_COOKIE = 'payload-lng'
export const DEFAULT_ADMIN_LANGUAGE = 'vi'

export type AdminNavigation = {
  method: string
  /** Path and query, as requested. */
  path: string
  host: string | null
  forwardedHost?: string | null
  forwardedProto?: string | null
  /** `Sec-Fetch-Mode` (navigate for a page the browser opens) and `Accept`. */
  fetchMode?: string | null
  accept?: string | null
  guarded?: boolean
}

/** The address at CMS_URL to send a browser to, or null to serve the request where it is. */
export function adminRedirectTarget(request: AdminNavigation, cmsUrl: string): string | null {
  if (request.method !== 'GET' && request.method !== 'HEAD') return null
  if (!/^\/admin(\/|\?|$)/.test(request.path)) return null
  const navigation =
    request.fetchMode === 'navigate' ||
    (!request.fetchMode && (request.accept ?? '').includes('text/html'))
  if (!navigation || request.guarded) return null
  const home = new URL(cmsUrl)
  const used = (request.forwardedHost ?? request.host ?? '').split(',')[0]!.trim().toLowerCase()
  if (!used) return null
  const proto = (request.forwardedProto ?? '').split(',')[0]!.trim()
  const sameHost = used === home.host.toLowerCase()
  const sameProto = !proto || `${proto}:` === home.protocol
  if (sameHost && sameProto) return null
  const base = home.pathname.replace(/\/$/, '')
  return `${home.origin}${base}${request.path}`
}

/** Whether a request to the admin carries no language choice yet (then it reads Vietnamese). */
export const needsDefaultLanguage = (cookieValue: string | undefined): boolean =>
  cookieValue !== 'vi' && cookieValue !== 'en'
