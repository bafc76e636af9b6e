import { useSyncExternalStore } from 'react'
import { flushSync } from 'react-dom'

/**
 * Whether the page is being printed (Ctrl+P, "Print handout", or print media in a test). The browser lays the
 * page out for print right after `beforeprint`, so the handout is rendered synchronously then; the rest of the
 * time it is not in the page at all, however many events are shown.
 */
let isPrinting = false
const listeners = new Set<() => void>()

function setPrinting(value: boolean) {
  if (value === isPrinting) return
  isPrinting = value
  flushSync(() => listeners.forEach((listener) => listener()))
}

const printMedia = () => window.matchMedia('print')
const onBeforePrint = () => setPrinting(true)
const onAfterPrint = () => setPrinting(false)
const onMediaChange = () => setPrinting(printMedia().matches)

function subscribe(listener: () => void) {
  if (listeners.size === 0) {
    window.addEventListener('beforeprint', onBeforePrint)
    window.addEventListener('afterprint', onAfterPrint)
    printMedia().addEventListener('change', onMediaChange)
  }
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
    if (listeners.size > 0) return
    window.removeEventListener('beforeprint', onBeforePrint)
    window.removeEventListener('afterprint', onAfterPrint)
    printMedia().removeEventListener('change', onMediaChange)
  }
}

export function useIsPrinting(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => isPrinting || printMedia().matches,
    () => false,
  )
}
