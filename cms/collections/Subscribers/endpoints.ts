import type { Endpoint } from 'payload'

import { unsubscribe } from '~/cms/distribution/operations/unsubscribe'
import { getEnv } from '~/cms/env'
import { siteUrl } from '~/cms/lib/siteUrl'

const language = (req: { searchParams?: URLSearchParams }) =>
  req.searchParams?.get('lang') === 'en' ? 'en' : 'vi'

/**
 * The List-Unsubscribe address of every release e-mail. Mail programs' one-click unsubscribe
 * (RFC 8058) POSTs `List-Unsubscribe=One-Click` here from their own servers: a cross-site POST the
 * site refuses by design (its forms check the Origin), so it lands on the CMS, with no cookie and
 * no session. Opening the address in a browser leads to the site's page with its button.
 */
export const oneClickUnsubscribe: Endpoint[] = [
  {
    path: '/unsubscribe/:token',
    method: 'post',
    handler: async (req) => {
      const lang = language(req)
      await unsubscribe(req, { token: String(req.routeParams?.token ?? ''), language: lang })
      return Response.json(
        { message: lang === 'en' ? 'Unsubscribed.' : 'Đã huỷ đăng ký.' },
        { headers: { 'Cache-Control': 'no-store' } },
      )
    },
  },
  {
    path: '/unsubscribe/:token',
    method: 'get',
    handler: (req) => {
      const token = encodeURIComponent(String(req.routeParams?.token ?? ''))
      return new Response(null, {
        status: 303,
        headers: {
          Location: siteUrl(getEnv().SITE_URL, language(req), `/subscribe/unsubscribe/${token}/`),
          'Cache-Control': 'no-store',
        },
      })
    },
  },
]
