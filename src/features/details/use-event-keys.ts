import { useEffect, useEffectEvent } from 'react'

export type EventKeyHandlers = {
  onPrevious: () => void
  onNext: () => void
  onClose: () => void
}

/** Keys typed into a field, or handled by the timeline's own events, are not ours. */
function isOwnedElsewhere(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return (
    target.isContentEditable ||
    target.closest('input, textarea, select, [data-event-id], [role="listbox"], [role="menu"]') !==
      null
  )
}

/** ←/→ step through events and Escape closes, while an event is open. */
export function useEventKeys(isActive: boolean, handlers: EventKeyHandlers) {
  const handleKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return
    if (event.key === 'Escape') {
      handlers.onClose()
      return
    }
    if (isOwnedElsewhere(event.target)) return
    if (event.key === 'ArrowLeft') handlers.onPrevious()
    else if (event.key === 'ArrowRight') handlers.onNext()
    else return
    event.preventDefault()
  })

  useEffect(() => {
    if (!isActive) return
    const listener = (event: KeyboardEvent) => handleKeyDown(event)
    document.addEventListener('keydown', listener)
    return () => document.removeEventListener('keydown', listener)
  }, [isActive])
}
