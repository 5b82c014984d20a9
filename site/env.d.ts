/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** The reader's language, from the address (/en/… is English). */
    locale: import('./lib/i18n/locales').Locale
    /** The address without its language prefix, e.g. /news/. */
    pathWithoutLocale: string
    /** Set by the preview page (/preview/…): the layout shows the preview banner and is never indexed. */
    preview?: { status: 'draft' | 'published'; expiresAt: string }
  }
}
