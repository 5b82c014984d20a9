import type { APIRoute } from 'astro'

import { downloadMyData, journalistFromToken, PRESS_COOKIE } from '~/site/lib/cms'

/** The signed-in journalist downloads everything held about them (never cached, never for anyone else). */
export const GET: APIRoute = async ({ cookies, locals }) => {
  const journalist = await journalistFromToken(cookies.get(PRESS_COOKIE)?.value)
  if (!journalist)
    return new Response(locals.locale === 'en' ? 'Sign in first.' : 'Vui lòng đăng nhập.', {
      status: 401,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
    })
  const { filename, json } = await downloadMyData(journalist, locals.locale)
  return new Response(json, {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="${filename}"`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  })
}
