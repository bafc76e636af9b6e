/**
 * TimelineJS allows HTML in its texts. We never show HTML: parse5 (the HTML parser jsdom uses, following the
 * HTML standard) reads it into a tree without running or loading anything, and we keep only its text, its
 * paragraph breaks and its http(s) links. Script, style and embedded content are dropped with their text.
 */
import { parseFragment, type DefaultTreeAdapterTypes } from 'parse5'

type HtmlNode = DefaultTreeAdapterTypes.ChildNode

export type TextWithLinks = { text: string; links: { text: string; url: string }[] }

const DROPPED = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
])
const PARAGRAPHS = new Set([
  'p',
  'div',
  'section',
  'article',
  'blockquote',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'table',
  'tr',
  'figure',
  'figcaption',
])

/** The address as an absolute http(s) URL, or undefined for anything else (javascript:, data:, junk). */
export function webAddress(href: string | undefined): string | undefined {
  if (!href) return undefined
  try {
    const url = new URL(href.trim())
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined
  } catch {
    return undefined
  }
}

export function textFromHtml(html: string): TextWithLinks {
  if (!/[<&]/.test(html)) return { text: html.trim(), links: [] }
  const paragraphs: string[] = []
  const links: TextWithLinks['links'] = []
  let current = ''
  const breakParagraph = () => {
    const text = current
      .replace(/\s+/g, ' ')
      .replace(/ ?\uE000 ?/g, '\n')
      .trim()
    if (text) paragraphs.push(text)
    current = ''
  }
  const visit = (node: HtmlNode): string => {
    if (node.nodeName === '#text' && 'value' in node) {
      current += node.value
      return node.value
    }
    if (!('tagName' in node)) return ''
    const tag = node.tagName
    if (DROPPED.has(tag)) return ''
    if (tag === 'br') {
      // A line break the source asked for, kept through the collapsing of the rest of the whitespace.
      current += '\uE000'
      return ' '
    }
    const isParagraph = PARAGRAPHS.has(tag)
    if (isParagraph) breakParagraph()
    let inner = ''
    for (const child of node.childNodes) inner += visit(child)
    if (tag === 'a') {
      const url = webAddress(node.attrs.find((attribute) => attribute.name === 'href')?.value)
      const text = inner.replace(/\s+/g, ' ').trim()
      if (url) links.push({ text: text || url, url })
    }
    if (isParagraph) breakParagraph()
    return inner
  }
  for (const node of parseFragment(html).childNodes) visit(node)
  breakParagraph()
  return { text: paragraphs.join('\n\n'), links }
}
