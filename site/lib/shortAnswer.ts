import { isOutage } from './cms/health'
import type { Locale } from './i18n/locales'
import { createT } from './i18n/t'

/**
 * An answer without a page behind it (429, 503): JSON `{ errors: { form: code }, message }` for a
 * script that asked for JSON, otherwise a small HTML page with the sentence in the visitor's
 * language. Never stored.
 */
export function shortAnswer(
  request: Request,
  locale: Locale,
  { status, code, title, message, retryAfter }: ShortAnswer,
): Response {
  const headers = { 'Retry-After': String(retryAfter), 'Cache-Control': 'no-store' }
  if (request.headers.get('accept')?.includes('application/json'))
    return Response.json({ ok: false, errors: { form: code }, message }, { status, headers })
  const html = `<!doctype html><html lang="${locale}"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title><body style="font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem"><h1>${title}</h1><p>${message}</p></body></html>`
  return new Response(html, {
    status,
    headers: { ...headers, 'Content-Type': 'text/html; charset=utf-8' },
  })
}

type ShortAnswer = {
  status: number
  code: string
  title: string
  message: string
  retryAfter: number
}

/** Seconds a visitor is asked to wait before sending a form again after a 503. */
export const BUSY_RETRY_AFTER_SECONDS = 60

/**
 * Every form post goes through here (site/middleware.ts): a form whose action failed because the
 * server is overloaded or the database is out of reach answers 503 with Retry-After and "nothing
 * was stored" in the visitor's language, never a 500. Actions write in one transaction, so nothing
 * of a refused form stays behind. Pages that say "paused" themselves (the application form) answer
 * before this.
 */
export async function busyUnlessAnswered(
  request: Request,
  locale: Locale,
  answer: () => Response | Promise<Response>,
): Promise<Response> {
  try {
    return await answer()
  } catch (error) {
    if (request.method !== 'POST' || !(await isOutage(error))) throw error
    const t = createT(locale)
    return shortAnswer(request, locale, {
      status: 503,
      code: 'busy',
      title: t('busy.title'),
      message: t('busy.text'),
      retryAfter: BUSY_RETRY_AFTER_SECONDS,
    })
  }
}
