/** How far each address's load has come, for the loading screen's progress bar: a tiny external store. */
import type { LoadProgress } from './loaded-dataset'

const progressByUrl = new Map<string, LoadProgress>()
const listeners = new Set<() => void>()

export function reportProgress(url: string, progress: LoadProgress): void {
  progressByUrl.set(url, progress)
  for (const listener of listeners) listener()
}

export function subscribeToProgress(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function progressOf(url: string): LoadProgress | undefined {
  return progressByUrl.get(url)
}
