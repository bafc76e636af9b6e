/**
 * The events of a cluster that zooming cannot split (they share a day at the closest zoom), listed to choose
 * from. Escape or Close gives the focus back to the cluster.
 */
import { useEffect, useRef } from 'react'
import type { DatasetIndex } from '../data/dataset-index'
import { formatEventDate } from '../data/format-event-date'
import type { ClusterMark } from './layout/marks'
import { useDismiss } from '../ui/use-dismiss'
import { describeCluster } from './mark-elements'

type ClusterEventsProps = {
  index: DatasetIndex
  mark: ClusterMark
  /** The cluster's own mark, which gets the focus back. */
  markElement: HTMLElement | null
  onOpenEvent: (eventId: string) => void
  onClose: () => void
}

export function ClusterEvents({
  index,
  mark,
  markElement,
  onOpenEvent,
  onClose,
}: ClusterEventsProps) {
  const panelRef = useRef<HTMLDivElement>(null)
  useDismiss(true, panelRef, markElement, onClose)
  const description = describeCluster(index, mark)

  useEffect(() => {
    panelRef.current?.querySelector<HTMLButtonElement>('li button')?.focus()
  }, [mark])

  return (
    <div
      ref={panelRef}
      role="dialog"
      aria-label={description}
      className="ct-popover ct-cluster-events absolute z-30 flex flex-col rounded-lg border shadow-lg"
    >
      <div className="flex items-center justify-between gap-3 px-3 pt-2">
        <h2 className="text-sm font-semibold">{description}</h2>
        <button
          type="button"
          className="ct-link text-sm"
          onClick={() => {
            onClose()
            markElement?.focus({ preventScroll: true })
          }}
        >
          Close
        </button>
      </div>
      <ul className="max-h-72 overflow-y-auto p-2">
        {mark.events.map((layoutEvent) => {
          const event = index.eventsById.get(layoutEvent.id)
          if (!event) return null
          return (
            <li key={event.id}>
              <button
                type="button"
                className="ct-option w-full rounded px-2 py-1.5 text-left text-sm"
                onClick={() => onOpenEvent(event.id)}
              >
                <span className="ct-muted block text-xs">{formatEventDate(index, event)}</span>
                {event.title}
              </button>
            </li>
          )
        })}
      </ul>
    </div>
  )
}
