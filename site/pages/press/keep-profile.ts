import type { APIRoute } from 'astro'

import { answerKeepProfile, journalistFromToken, PRESS_COOKIE } from '~/site/lib/cms'
import { localePath } from '~/site/lib/i18n/locales'

/** The journalist's answer to "keep my profile for later events" (changeable at any time). */
export const POST: APIRoute = async ({ cookies, locals, request }) => {
  const journalist = await journalistFromToken(cookies.get(PRESS_COOKIE)?.value)
  const home = localePath(locals.locale, '/press/')
  if (journalist) {
    const form = await request.formData().catch(() => null)
    const keep = form?.get('keep')
    if (keep === 'yes' || keep === 'no')
      await answerKeepProfile(journalist, keep === 'yes', locals.locale)
  }
  return new Response(null, { status: 303, headers: { Location: `${home}#s-keep` } })
}
