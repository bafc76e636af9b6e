/** The HTML a blogger pastes: the iframe for a pinned view and, if wanted, the auto-height snippet. */
import { serializeViewState } from './serialize-view-state'
import type { Theme, ViewState } from '../view/view-state'

export type EmbedOptions = {
  /** null for responsive (100% of the column). */
  widthPx: number | null
  heightPx: number
  theme: Extract<Theme, 'auto' | 'light' | 'dark'>
  canChangeFilters: boolean
  hasAutoHeight: boolean
}

export const DEFAULT_EMBED_OPTIONS: EmbedOptions = {
  widthPx: null,
  heightPx: 520,
  theme: 'auto',
  canChangeFilters: false,
  hasAutoHeight: true,
}

export function embedView(view: ViewState, options: EmbedOptions): ViewState {
  return {
    ...view,
    mode: 'embed',
    theme: options.theme,
    controls: options.canChangeFilters ? 'filters' : 'none',
  }
}

/** The embed's address, with the view pinned explicitly, resolved against the page the app runs on. */
export function embedUrl(view: ViewState, options: EmbedOptions, pageUrl: string): string {
  const query = serializeViewState(embedView(view, options), [], { isExplicit: true })
  const url = new URL(pageUrl)
  return `${url.origin}${url.pathname}?${query}`
}

function escapeAttribute(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
}

export function embedCode(
  src: string,
  title: string,
  options: EmbedOptions,
  pageUrl: string,
): string {
  const width = options.widthPx === null ? '100%' : String(options.widthPx)
  const iframe =
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" ` +
    `width="${width}" height="${options.heightPx}" style="border:0;max-width:100%" loading="lazy" ` +
    `allow="fullscreen; clipboard-write" referrerpolicy="strict-origin-when-cross-origin" ` +
    `data-conflict-timeline></iframe>`
  if (!options.hasAutoHeight) return iframe
  const snippet = new URL('embed.js', pageUrl).href
  return `${iframe}\n<script src="${escapeAttribute(snippet)}" async></script>`
}
