/**
 * The canvas' size, watched with a ResizeObserver in place of vis-timeline's own watch (autoResize), which
 * measured the whole page as it started and once a second after, and missed a canvas that changed size without
 * the window (the map beside it hidden).
 */
export function watchSize(
  element: HTMLElement,
  callbacks: { onFirstSize: () => void; onResize: () => void },
): ResizeObserver {
  let size: { width: number; height: number } | null = null
  const observer = new ResizeObserver(([entry]) => {
    if (!entry) return
    const { width, height } = entry.contentRect
    const isResized = size !== null && (width !== size.width || height !== size.height)
    size = { width, height }
    if (isResized) callbacks.onResize()
    else callbacks.onFirstSize()
  })
  observer.observe(element)
  return observer
}
