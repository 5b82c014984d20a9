import type { IncomingMessage } from 'node:http'

import type { Env } from '~/cms/env'
import { isPreviewPath } from '~/cms/lib/preview/previewToken'
import { splitLocale } from '~/site/lib/i18n/locales'
import { isBehindTls, securityHeaders } from '~/site/lib/securityHeaders'

export const pathOf = (url: string) => {
  const mark = url.indexOf('?')
  return mark === -1 ? url : url.slice(0, mark)
}

export type RequestSecurity = {
  /** Whether this request came over TLS (always, never, or as a trusted proxy says). */
  behindTls: (req: IncomingMessage) => boolean
  /** The security headers of this request, whatever answers it. */
  headersFor: (req: IncomingMessage) => Record<string, string>
  /** Strict-Transport-Security's value, sent only to a request behind TLS. */
  hsts: string
  /** What static files carry (everything but HSTS, added per request). */
  staticHeaders: Record<string, string>
}

/**
 * The security headers of both kinds of request (behind TLS or not), and of a preview (framable by
 * the admin), computed once for the site process.
 */
export function requestSecurity(env: Pick<Env, 'SITE_URL' | 'TRUST_PROXY'>): RequestSecurity {
  const SECURITY = { plain: securityHeaders(false), tls: securityHeaders(true) }
  const withoutFraming = ({ 'X-Frame-Options': _framing, ...rest }: Record<string, string>) => rest
  const FRAMABLE = { plain: withoutFraming(SECURITY.plain), tls: withoutFraming(SECURITY.tls) }
  const { 'Strict-Transport-Security': hsts, ...staticHeaders } = SECURITY.tls

  // Behind TLS for every request when the public address is https, for none when no proxy is
  // trusted to say so: only a trusted proxy's X-Forwarded-Proto is read per request.
  const ALWAYS_TLS = isBehindTls(env.SITE_URL, false, null)
  function behindTls(req: IncomingMessage): boolean {
    if (ALWAYS_TLS || !env.TRUST_PROXY) return ALWAYS_TLS
    const proto = req.headers['x-forwarded-proto']
    return isBehindTls(
      env.SITE_URL,
      env.TRUST_PROXY,
      (Array.isArray(proto) ? proto[0] : proto) ?? null,
    )
  }

  function headersFor(req: IncomingMessage): Record<string, string> {
    const tls = behindTls(req)
    // A preview may be framed by the admin's live-preview pane: its policy names the admin's
    // origin (site/middleware.ts), and X-Frame-Options, which cannot name one, is left out.
    const url = req.url ?? '/'
    if (url.includes('/preview/') && isPreviewPath(splitLocale(pathOf(url)).path))
      return tls ? FRAMABLE.tls : FRAMABLE.plain
    return tls ? SECURITY.tls : SECURITY.plain
  }

  return { behindTls, headersFor, hsts: hsts!, staticHeaders }
}
