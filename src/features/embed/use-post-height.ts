import { useEffect, type RefObject } from 'react'

export const RESIZE_MESSAGE_TYPE = 'conflict-timeline:resize'

/** The embedding page's origin when the browser tells us (the Referer), so the height goes only there. */
function parentOrigin(): string {
  try {
    return document.referrer ? new URL(document.referrer).origin : '*'
  } catch {
    return '*'
  }
}

/**
 * Inside an iframe, posts the height the content wants to the parent page whenever it changes, so that the
 * embed snippet (public/embed.js) can size the iframe. The message holds nothing but a number, and the app never
 * listens for messages: a page that embeds it cannot command it.
 */
export function usePostHeight(contentRef: RefObject<HTMLElement | null>, isEnabled: boolean) {
  useEffect(() => {
    const content = contentRef.current
    if (!isEnabled || !content || window.parent === window) return
    const targetOrigin = parentOrigin()
    let lastHeight = 0
    const post = () => {
      const height = Math.ceil(content.getBoundingClientRect().height)
      if (height === lastHeight) return
      lastHeight = height
      window.parent.postMessage({ type: RESIZE_MESSAGE_TYPE, height }, targetOrigin)
    }
    const observer = new ResizeObserver(post)
    observer.observe(content)
    post()
    return () => observer.disconnect()
  }, [contentRef, isEnabled])
}
