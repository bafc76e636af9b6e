/**
 * vis-timeline is the largest dependency: it loads in a chunk of its own, started as early as the page knows it
 * will draw a timeline (main.tsx), while the rest of the page renders. Until it is there, a note takes its
 * place. This is not React.lazy: a Suspense boundary holds revealed content back for up to 300 ms, and the
 * first event should be drawn the moment the chunk and the data are both in.
 */
import { useSyncExternalStore, type ReactElement } from 'react'
import type { TimelineProps } from './Timeline'

let renderTimeline: ((props: TimelineProps) => ReactElement) | null = null
let loading: Promise<unknown> | null = null
const listeners = new Set<() => void>()

export function preloadTimeline(): Promise<unknown> {
  return (loading ??= import('./Timeline').then((module) => {
    renderTimeline = module.renderTimeline
    for (const listener of listeners) listener()
  }))
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  void preloadTimeline()
  return () => listeners.delete(listener)
}

export function LoadedTimeline(props: TimelineProps) {
  const render = useSyncExternalStore(
    subscribe,
    () => renderTimeline,
    () => null,
  )
  return render ? render(props) : <p className="ct-muted p-4">Drawing the timeline…</p>
}
