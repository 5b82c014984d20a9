/** The address of a site page in the reader's language: Vietnamese at /, English under /en/. */
export function siteUrl(base: string, locale: 'vi' | 'en', path: string): string {
  return `${base.replace(/\/$/, '')}${locale === 'en' ? '/en' : ''}${path.startsWith('/') ? path : `/${path}`}`
}
