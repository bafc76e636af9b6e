import { useSyncExternalStore } from 'react'
import type { LoadProgress } from './loaded-dataset'
import { progressOf, subscribeToProgress } from './load-progress'

/** How far the load of `url` has come, re-rendering as it goes. */
export function useLoadProgress(url: string): LoadProgress | undefined {
  return useSyncExternalStore(
    subscribeToProgress,
    () => progressOf(url),
    () => undefined,
  )
}
