import { defineMiddleware } from 'astro:middleware'

import { splitLocale } from './lib/i18n/locales'

/**
 * Vietnamese pages live at /, English at /en/ with the same paths. Rather than a copy of every
 * page under pages/en/, the English address is rewritten to the same page with locals.locale = 'en'.
 */
export const onRequest = defineMiddleware((context, next) => {
  if (!context.locals.locale) {
    const { locale, path } = splitLocale(context.url.pathname)
    context.locals.locale = locale
    context.locals.pathWithoutLocale = path
    if (locale !== 'vi') return next(path + context.url.search)
  }
  return next()
})
