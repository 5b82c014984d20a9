import { escapeHtml } from '~/cms/lib/escapeHtml'

/** Text safe inside XML 1.0: the characters XML forbids are dropped, the rest escaped. */
export const escapeXml = (text: string) =>
  escapeHtml(text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, ''))
