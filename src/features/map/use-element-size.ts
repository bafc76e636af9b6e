import { useEffect, useState, type RefObject } from 'react'
import type { ScreenSize } from '../../map/web-mercator'

/** The element's content size in CSS pixels, following it as the layout changes. */
export function useElementSize(elementRef: RefObject<HTMLElement | null>): ScreenSize | null {
  const [size, setSize] = useState<ScreenSize | null>(null)
  useEffect(() => {
    const element = elementRef.current
    if (!element) return
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return
      const { width, height } = entry.contentRect
      setSize((previous) =>
        previous?.width === width && previous.height === height ? previous : { width, height },
      )
    })
    observer.observe(element)
    return () => observer.disconnect()
  }, [elementRef])
  return size
}
