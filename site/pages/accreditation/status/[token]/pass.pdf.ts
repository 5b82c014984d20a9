import type { APIRoute } from 'astro'

import { getPassBadge } from '~/site/lib/cms'
import { formatDate } from '~/site/lib/format/date'
import type { MessageKey } from '~/site/lib/i18n/messages/index'
import { createT } from '~/site/lib/i18n/t'

/** The printable badge (A6 PDF) of an active pass, behind the journalist's status link only. */
export const GET: APIRoute = async ({ params, locals }) => {
  const t = createT(locals.locale)
  const pdf = await getPassBadge(params.token ?? '', locals.locale, (pass) => ({
    title: t('pass.title'),
    role: t(`acc.role.${pass.role}` as MessageKey),
    days: pass.days.map((day) => formatDate(`${day}T12:00:00+07:00`, locals.locale)).join(' · '),
    zones: pass.zones.map((zone) => t(`pass.zone.${zone}` as MessageKey)).join(' · '),
  }))
  if (!pdf)
    return new Response('Not found', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
    })
  return new Response(Buffer.from(pdf), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Length': String(pdf.byteLength),
      'Content-Disposition': 'attachment; filename="press-pass.pdf"',
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  })
}
