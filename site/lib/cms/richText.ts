import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

/** Rich text from the CMS as HTML. Lexical's converter escapes text, so no editor can inject script. */
export function richTextToHtml(value: unknown): string {
  if (!value || typeof value !== 'object' || !('root' in value)) return ''
  return convertLexicalToHTML({ data: value as SerializedEditorState, disableContainer: true })
}

type TextNode = { text?: unknown; children?: unknown }

/** The words of rich text, for search and summaries: block texts joined by spaces. */
export function richTextToPlain(value: unknown): string {
  if (!value || typeof value !== 'object' || !('root' in value)) return ''
  const parts: string[] = []
  const walk = (node: TextNode) => {
    if (typeof node.text === 'string') parts.push(node.text)
    if (Array.isArray(node.children)) for (const child of node.children) walk(child as TextNode)
    if (Array.isArray(node.children)) parts.push(' ')
  }
  walk((value as { root: TextNode }).root)
  return parts.join('').replace(/\s+/g, ' ').trim()
}
