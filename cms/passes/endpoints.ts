import type { Endpoint, Where } from 'payload'

import { printBadges } from './operations/printBadges'

/**
 * `GET /api/passes/badges.pdf?where[…]&lang=vi|en` (the admin list's own query: the selected ids, or the
 * list's filter when every matching pass is selected): the badges as ONE PDF, four A6 per A4 sheet
 * (printBadges). The answer says in its headers how many were printed and skipped and why.
 */
export const printBadgesEndpoint: Endpoint = {
  path: '/badges.pdf',
  method: 'get',
  handler: async (req) => {
    const where = req.query?.where
    // The badges' language: `lang` (the admin's own), else the caller's (printBadges decides).
    const lang = req.query?.lang
    const locale = lang === 'en' || lang === 'vi' ? lang : undefined
    const run = await printBadges(req, {
      where: where && typeof where === 'object' ? (where as Where) : undefined,
      locale,
    })
    return new Response(Buffer.from(run.pdf), {
      headers: {
        'Content-Type': 'application/pdf',
        'Content-Length': String(run.pdf.byteLength),
        'Content-Disposition': `attachment; filename="badges-${run.printed.length}.pdf"`,
        'Cache-Control': 'private, no-store',
        'X-Content-Type-Options': 'nosniff',
        'X-Badges-Printed': String(run.printed.length),
        'X-Badges-Skipped': String(run.skipped.length),
        // Vietnamese text, percent-encoded: a header carries ASCII only.
        'X-Badges-Skipped-Reasons': encodeURIComponent(run.skippedText),
        'Access-Control-Expose-Headers':
          'X-Badges-Printed, X-Badges-Skipped, X-Badges-Skipped-Reasons',
      },
    })
  },
}
