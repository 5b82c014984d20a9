import type {
  DefaultTypedEditorState,
  SerializedHeadingNode,
  SerializedListItemNode,
  SerializedListNode,
  SerializedParagraphNode,
  SerializedTextNode,
} from '@payloadcms/richtext-lexical'

/**
 * A tiny builder for the Lexical JSON that Payload's rich-text fields store, so seed texts read
 * as prose instead of nested objects. Only the nodes the default editor knows: paragraph,
 * heading, list, text.
 */

type Paragraph = SerializedParagraphNode<SerializedTextNode>
type Heading = SerializedHeadingNode<SerializedTextNode>
type List = SerializedListNode<SerializedListItemNode<SerializedTextNode>>
type Block = Paragraph | Heading | List

const element = { direction: 'ltr', format: '', indent: 0, version: 1 } as const

export const text = (value: string): SerializedTextNode => ({
  type: 'text',
  text: value,
  detail: 0,
  format: 0,
  mode: 'normal',
  style: '',
  version: 1,
})

export const paragraph = (value: string): Paragraph => ({
  ...element,
  type: 'paragraph',
  children: [text(value)],
  textFormat: 0,
  textStyle: '',
})

export const heading = (value: string, tag: 'h2' | 'h3' = 'h2'): Heading => ({
  ...element,
  type: 'heading',
  tag,
  children: [text(value)],
})

export const list = (items: readonly string[], listType: 'number' | 'bullet' = 'bullet'): List => ({
  ...element,
  type: 'list',
  listType,
  start: 1,
  tag: listType === 'number' ? 'ol' : 'ul',
  children: items.map((item, index): SerializedListItemNode<SerializedTextNode> => ({
    ...element,
    type: 'listitem',
    value: index + 1,
    checked: undefined,
    children: [text(item)],
  })),
})

/** The editor state (root node) holding the given blocks in order. */
export const richText = (...blocks: Block[]): DefaultTypedEditorState => ({
  root: { type: 'root', children: blocks, direction: 'ltr', format: '', indent: 0, version: 1 },
})
