import type { APIRoute } from 'astro'

import { absoluteUrl } from '../lib/absoluteUrl'

/** Crawlers: everything public, nothing personal, and where the sitemap is. */
export const GET: APIRoute = () =>
  new Response(
    [
      'User-agent: *',
      'Disallow: /press/',
      'Disallow: /en/press/',
      'Disallow: /accreditation/status/',
      'Disallow: /en/accreditation/status/',
      'Disallow: /checkin/',
      'Disallow: /preview/',
      'Disallow: /en/preview/',
      `Sitemap: ${absoluteUrl('/sitemap.xml')}`,
      '',
    ].join('\n'),
    {
      headers: {
        'Content-Type': 'text/plain; charset=utf-8',
        'Cache-Control': 'public, max-age=3600',
      },
    },
  )
