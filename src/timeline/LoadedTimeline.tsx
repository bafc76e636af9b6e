/**
 * The timeline once its chunk is in (timeline-chunk.ts), and until then a note in its place. This is not
 * React.lazy: a Suspense boundary holds revealed content back for up to 300 ms, and the first event should be
 * drawn the moment the chunk and the data are both in.
 */
import { useSyncExternalStore } from 'react'
import type { TimelineProps } from './Timeline'
import { loadedTimeline, subscribeToTimeline } from './timeline-chunk'

export function LoadedTimeline(props: TimelineProps) {
  const render = useSyncExternalStore(subscribeToTimeline, loadedTimeline, () => null)
  return render ? render(props) : <p className="ct-muted p-4">Drawing the timeline…</p>
}
