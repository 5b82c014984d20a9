import type { APIRoute } from 'astro'

import { journalistFromToken, myInterviewCalendar, PRESS_COOKIE } from '~/site/lib/cms'

/** The journalist's own scheduled interview as an .ics file (nobody else's: 404). */
export const GET: APIRoute = async ({ cookies, locals, params }) => {
  const journalist = await journalistFromToken(cookies.get(PRESS_COOKIE)?.value)
  const en = locals.locale === 'en'
  if (!journalist) return text(en ? 'Sign in first.' : 'Vui lòng đăng nhập.', 401)
  const calendar = await myInterviewCalendar(journalist, String(params.id ?? ''), locals.locale)
  if (!calendar) return text(en ? 'No such interview.' : 'Không có buổi phỏng vấn này.', 404)
  return new Response(calendar, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `attachment; filename="interview-${params.id}.ics"`,
      'Cache-Control': 'private, no-store',
    },
  })
}

const text = (message: string, status: number) =>
  new Response(message, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'private, no-store' },
  })
