import type { APIRoute } from 'astro'

import { answerKeepProfile, journalistFromToken, PRESS_COOKIE } from '~/site/lib/cms'
import { localePath } from '~/site/lib/i18n/locales'

/** The journalist's answer to "keep my profile for later events" (changeable at any time). */
export const POST: APIRoute = async ({ cookies, locals, request }) => {
  const journalist = await journalistFromToken(cookies.get(PRESS_COOKIE)?.value)
  const en = locals.locale === 'en'
  if (!journalist) return text(en ? 'Sign in first.' : 'Vui lòng đăng nhập.', 401)
  const keep = (await request.formData().catch(() => null))?.get('keep')
  if (keep !== 'yes' && keep !== 'no')
    return text(en ? 'Choose yes or no.' : 'Hãy chọn có hoặc không.', 400)
  await answerKeepProfile(journalist, keep === 'yes', locals.locale)
  return new Response(null, {
    status: 303,
    headers: { Location: `${localePath(locals.locale, '/press/')}#s-keep` },
  })
}

const text = (message: string, status: number) =>
  new Response(message, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
