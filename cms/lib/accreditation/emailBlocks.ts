import { escapeHtml } from '../escapeHtml'

/**
 * An e-mail's body as blocks, rendered twice — plain text and simple HTML with inline styles (mail
 * clients drop style sheets) — so the two never drift apart.
 */
export type Block =
  | { type: 'paragraph'; text: string }
  | { type: 'quote'; label: string; text: string }
  | { type: 'statusLink' }
  | { type: 'link'; label: string; url: string }

export function renderText(blocks: Block[], url: string, keepPrivate: string): string {
  const parts = blocks.map((block) => {
    if (block.type === 'paragraph') return block.text
    if (block.type === 'quote') return `${block.label}\n${block.text.replace(/^/gm, '> ')}`
    if (block.type === 'link') return `${block.label}\n${block.url}`
    return `${url}\n\n${keepPrivate}`
  })
  return `${parts.join('\n\n')}\n`
}

const STYLE = {
  body: 'margin:0;padding:24px;background:#ffffff;',
  wrapper:
    'max-width:600px;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#1a1a1a;',
  paragraph: 'margin:0 0 16px;',
  label: 'margin:0 0 4px;font-weight:bold;',
  quote: 'margin:0 0 16px;padding:8px 12px;border-left:4px solid #9b1c1c;background:#f5f5f5;',
  link: 'color:#0b4f8a;word-break:break-all;',
  small: 'margin:0 0 16px;font-size:13px;color:#555555;',
}

export function renderHtml(
  blocks: Block[],
  url: string,
  keepPrivate: string,
  locale: 'vi' | 'en',
  subject: string,
): string {
  const lines = (text: string) => escapeHtml(text).replace(/\r?\n/g, '<br>')
  const parts = blocks.map((block) => {
    if (block.type === 'paragraph') return `<p style="${STYLE.paragraph}">${lines(block.text)}</p>`
    if (block.type === 'quote')
      return `<p style="${STYLE.label}">${lines(block.label)}</p><blockquote style="${STYLE.quote}">${lines(block.text)}</blockquote>`
    if (block.type === 'link')
      return `<p style="${STYLE.paragraph}">${lines(block.label)}<br><a href="${escapeHtml(block.url)}" style="${STYLE.link}">${escapeHtml(block.url)}</a></p>`
    const link = `<p style="${STYLE.paragraph}"><a href="${escapeHtml(url)}" style="${STYLE.link}">${escapeHtml(url)}</a></p>`
    return `${link}<p style="${STYLE.small}">${lines(keepPrivate)}</p>`
  })
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head><body style="${STYLE.body}"><div style="${STYLE.wrapper}">${parts.join('')}</div></body></html>`
}
