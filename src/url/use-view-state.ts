/**
 * The view lives in the URL. Components read it through this hook (an external store on `popstate`) and change
 * it with `setView`, which pushes a history entry for discrete changes (filters, selection, mode) and replaces
 * the current one for continuous ones (typing, pan and zoom), so Back undoes decisions, not drags.
 */
import { useCallback, useMemo, useSyncExternalStore } from 'react'
import { parseViewState } from './parse-view-state'
import { serializeViewState } from './serialize-view-state'
import type { ViewState } from '../view/view-state'

export type HistoryMode = 'push' | 'replace'
export type ViewUpdate = ViewState | ((current: ViewState) => ViewState)

const NAVIGATION_EVENT = 'conflict-timeline:navigate'

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange)
  window.addEventListener(NAVIGATION_EVENT, onChange)
  return () => {
    window.removeEventListener('popstate', onChange)
    window.removeEventListener(NAVIGATION_EVENT, onChange)
  }
}

function readSearch(): string {
  return window.location.search
}

export function navigateToView(update: ViewUpdate, history: HistoryMode): void {
  const current = parseViewState(window.location.search)
  const next = typeof update === 'function' ? update(current.view) : update
  const query = serializeViewState(next, current.unknownParams)
  const { pathname, hash, search } = window.location
  if (`?${query}` === search || (query === '' && search === '')) return
  const url = `${pathname}${query ? `?${query}` : ''}${hash}`
  // An embedded page must never add entries to the history of the page that embeds it.
  if (history === 'push' && next.mode !== 'embed') window.history.pushState(null, '', url)
  else window.history.replaceState(null, '', url)
  window.dispatchEvent(new Event(NAVIGATION_EVENT))
}

export function useViewState() {
  const search = useSyncExternalStore(subscribe, readSearch, () => '')
  const parsed = useMemo(() => parseViewState(search), [search])
  const setView = useCallback(
    (update: ViewUpdate, history: HistoryMode = 'push') => navigateToView(update, history),
    [],
  )
  return { ...parsed, setView }
}
