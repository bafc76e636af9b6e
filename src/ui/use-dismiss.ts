import { useEffect, useEffectEvent, type RefObject } from 'react'

/** Closes a popover on Escape (returning focus to its button) or on a click outside it. */
export function useDismiss(
  isOpen: boolean,
  containerRef: RefObject<HTMLElement | null>,
  button: HTMLElement | null,
  onClose: () => void,
) {
  const close = useEffectEvent((returnFocus: boolean) => {
    onClose()
    if (returnFocus) button?.focus()
  })

  useEffect(() => {
    if (!isOpen) return
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return
      event.preventDefault()
      event.stopPropagation()
      close(true)
    }
    const onPointerDown = (event: PointerEvent) => {
      if (!containerRef.current?.contains(event.target as Node)) close(false)
    }
    const container = containerRef.current
    container?.addEventListener('keydown', onKeyDown)
    document.addEventListener('pointerdown', onPointerDown)
    return () => {
      container?.removeEventListener('keydown', onKeyDown)
      document.removeEventListener('pointerdown', onPointerDown)
    }
  }, [isOpen, containerRef])
}
