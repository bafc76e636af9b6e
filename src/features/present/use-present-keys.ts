import { useEffectEvent, useLayoutEffect, useState } from 'react'

export type PresentActions = {
  onNext: () => void
  onPrevious: () => void
  onFirst: () => void
  onLast: () => void
  onGoTo: (step: number) => void
  onToggleFullscreen: () => void
  onLeave: () => void
}

const NEXT_KEYS = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' '])
const PREVIOUS_KEYS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp'])

/**
 * The presenter's keys. Presentation clickers send PageDown and PageUp. Typing digits then Enter jumps to that
 * step; the digits typed so far are returned so the page can show them.
 */
export function usePresentKeys(actions: PresentActions): string {
  const [typedStep, setTypedStep] = useState('')

  const handleKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return
    const target = event.target as HTMLElement | null
    if (target?.closest('input, textarea, select, [contenteditable="true"]')) return
    // Buttons answer Space and Enter themselves; elsewhere Space means "next slide".
    if (
      (event.key === ' ' || event.key === 'Enter') &&
      target?.closest('button, a') &&
      typedStep === ''
    ) {
      return
    }
    if (/^[0-9]$/.test(event.key)) {
      setTypedStep((current) => (current + event.key).slice(0, 4))
      event.preventDefault()
      return
    }
    if (event.key === 'Enter' && typedStep !== '') {
      actions.onGoTo(Number(typedStep))
      setTypedStep('')
      event.preventDefault()
      return
    }
    if (event.key === 'Backspace' && typedStep !== '') {
      setTypedStep((current) => current.slice(0, -1))
      event.preventDefault()
      return
    }
    let isHandled = true
    if (NEXT_KEYS.has(event.key)) actions.onNext()
    else if (PREVIOUS_KEYS.has(event.key)) actions.onPrevious()
    else if (event.key === 'Home') actions.onFirst()
    else if (event.key === 'End') actions.onLast()
    else if (event.key === 'f' || event.key === 'F') actions.onToggleFullscreen()
    else if (event.key === 'Escape') actions.onLeave()
    else isHandled = false
    if (isHandled) event.preventDefault()
    setTypedStep('')
  })

  // Attached before the deck is painted: a key pressed as soon as the step shows must not be lost.
  useLayoutEffect(() => {
    const listener = (event: KeyboardEvent) => handleKeyDown(event)
    document.addEventListener('keydown', listener)
    return () => document.removeEventListener('keydown', listener)
  }, [])

  return typedStep
}
