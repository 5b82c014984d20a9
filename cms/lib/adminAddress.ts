/**
 * The admin works only at CMS_URL: its cookies, CSRF list, file and thumbnail URLs and REST
 * calls are all made for that address. Opened at another one (127.0.0.1 for localhost, a bare IP,
 * an old name), it half-works silently: files read "Untitled - ID: n", saves fail. So a browser
 * navigating to the admin elsewhere is sent to the same page at CMS_URL. Pure: cms/proxy.ts asks.
 */

/** Counts the redirects, for a few seconds: if the browser keeps coming back "elsewhere", a reverse
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

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])(:\d+)?$/i

/**
 * Whether the address the browser used and CMS_URL are two names of this machine (localhost and
 * 127.0.0.1): Next takes them for the same host and turns a redirect between them into a redirect
 * to the page itself, so the browser is sent on by the page instead (see movedPage).
 */
export function isLoopbackAlias(target: string, host: string | null): boolean {
  return LOOPBACK.test(new URL(target).host) && LOOPBACK.test(host ?? '')
}

/** The page that sends the browser on to `target`, and says why (vi and en). */
export function movedPage(target: string): string {
  const href = target.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta http-equiv="refresh" content="0; url=${href}">
<title>Trang quản trị ở địa chỉ khác · The admin is at another address</title></head>
<body><p>Trang quản trị chỉ hoạt động tại <a href="${href}">${href}</a> (CMS_URL): ở địa chỉ này, đăng nhập, tệp và lưu dữ liệu không hoạt động.</p>
<p lang="en">The admin works only at <a href="${href}">${href}</a> (CMS_URL): at this address, sign-in, files and saving do not work.</p></body></html>`
}
