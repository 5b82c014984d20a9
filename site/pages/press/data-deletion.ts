import type { APIRoute } from 'astro'

import { askForDeletion, journalistFromToken, PRESS_COOKIE } from '~/site/lib/cms'
import { localePath } from '~/site/lib/i18n/locales'

/** The journalist asks for deletion of everything held about them; an officer completes it. */
export const POST: APIRoute = async ({ cookies, locals, request }) => {
  const journalist = await journalistFromToken(cookies.get(PRESS_COOKIE)?.value)
  const home = localePath(locals.locale, '/press/')
  const en = locals.locale === 'en'
  if (!journalist) return text(en ? 'Sign in first.' : 'Vui lòng đăng nhập.', 401)
  const form = await request.formData().catch(() => null)
  if (form?.get('confirm') !== 'on')
    return text(en ? 'Tick the box to confirm.' : 'Vui lòng đánh dấu ô xác nhận.', 400)
  const outcome = await askForDeletion(journalist, locals.locale)
  if (!outcome.ok) return text(outcome.message, outcome.status)
  return new Response(null, { status: 303, headers: { Location: `${home}#s-data` } })
}

const text = (message: string, status: number) =>
  new Response(message, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
