/** How far each address's load has come, for the loading screen's progress bar: a tiny external store. */
import { useSyncExternalStore } from 'react'
import type { LoadProgress } from './loaded-dataset'

const progressByUrl = new Map<string, LoadProgress>()
const listeners = new Set<() => void>()

export function reportProgress(url: string, progress: LoadProgress): void {
  progressByUrl.set(url, progress)
  for (const listener of listeners) listener()
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function useLoadProgress(url: string): LoadProgress | undefined {
  return useSyncExternalStore(
    subscribe,
    () => progressByUrl.get(url),
    () => undefined,
  )
}
