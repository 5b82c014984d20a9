import type { APIRoute } from 'astro'

import { askForDeletion, journalistFromToken, PRESS_COOKIE } from '~/site/lib/cms'
import { localePath } from '~/site/lib/i18n/locales'

/** The journalist asks for deletion of everything held about them; an officer completes it. */
export const POST: APIRoute = async ({ cookies, locals, request }) => {
  const journalist = await journalistFromToken(cookies.get(PRESS_COOKIE)?.value)
  const home = localePath(locals.locale, '/press/')
  if (!journalist) return new Response(null, { status: 303, headers: { Location: home } })
  const form = await request.formData().catch(() => null)
  if (form?.get('confirm') !== 'on')
    return new Response(null, { status: 303, headers: { Location: home } })
  const outcome = await askForDeletion(journalist, locals.locale)
  if (!outcome.ok)
    return new Response(outcome.message, {
      status: outcome.status,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    })
  return new Response(null, { status: 303, headers: { Location: `${home}#s-data` } })
}
