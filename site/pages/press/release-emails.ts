import type { APIRoute } from 'astro'

import { answerReleaseEmails, journalistFromToken, PRESS_COOKIE } from '~/site/lib/cms'
import { localePath } from '~/site/lib/i18n/locales'

/** The journalist opts in to (or out of) press releases by e-mail (changeable at any time). */
export const POST: APIRoute = async ({ cookies, locals, request }) => {
  const journalist = await journalistFromToken(cookies.get(PRESS_COOKIE)?.value)
  const en = locals.locale === 'en'
  if (!journalist) return text(en ? 'Sign in first.' : 'Vui lòng đăng nhập.', 401)
  const receive = (await request.formData().catch(() => null))?.get('receive')
  if (receive !== 'yes' && receive !== 'no')
    return text(en ? 'Choose yes or no.' : 'Hãy chọn có hoặc không.', 400)
  await answerReleaseEmails(journalist, receive === 'yes', locals.locale)
  return new Response(null, {
    status: 303,
    headers: { Location: `${localePath(locals.locale, '/press/')}#s-release-emails` },
  })
}

const text = (message: string, status: number) =>
  new Response(message, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
