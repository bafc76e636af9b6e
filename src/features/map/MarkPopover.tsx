/**
 * What a mark holds, when it holds more than one event: its places, each of which can become the location
 * filter, and its events, each of which opens. Escape or Close gives the focus back to the mark.
 */
import { useEffect, useRef } from 'react'
import type { DatasetIndex } from '../../data/dataset-index'
import { formatEventDate } from '../../data/format-event-date'
import type { MapMark } from '../../map/map-marks'
import { useDismiss } from '../../ui/use-dismiss'
import { describeMark } from './describe-mark'

const MAX_EVENTS_LISTED = 12

type MarkPopoverProps = {
  index: DatasetIndex
  mark: MapMark
  markElement: SVGGElement | null
  /** Where to show it, inside the map. */
  position: { left: number; top: number }
  onOpenEvent: (eventId: string) => void
  onFilterLocation: ((locationId: string) => void) | undefined
  onZoomIn: (() => void) | null
  onClose: () => void
}

export function MarkPopover({
  index,
  mark,
  markElement,
  position,
  onOpenEvent,
  onFilterLocation,
  onZoomIn,
  onClose,
}: MarkPopoverProps) {
  const panelRef = useRef<HTMLDivElement>(null)
  useDismiss(true, panelRef, markElement as unknown as HTMLElement | null, onClose)
  const description = describeMark(mark)

  useEffect(() => {
    panelRef.current?.querySelector<HTMLButtonElement>('li button')?.focus()
  }, [mark.key])

  const close = () => {
    onClose()
    markElement?.focus({ preventScroll: true })
  }
  const hidden = mark.events.length - MAX_EVENTS_LISTED
  return (
    <div
      ref={panelRef}
      role="dialog"
      aria-label={description}
      className="ct-map-popover absolute z-30 flex flex-col gap-2 rounded-lg border p-3 shadow-lg"
      style={{ left: position.left, top: position.top }}
    >
      <div className="flex items-start justify-between gap-3">
        <h2 className="text-sm font-semibold">{description}</h2>
        <button type="button" className="ct-link text-sm" onClick={close}>
          Close
        </button>
      </div>
      <ul className="flex flex-wrap gap-1.5" aria-label="Places">
        {mark.places.map((place) => (
          <li key={place.location.id}>
            {onFilterLocation ? (
              <button
                type="button"
                className="ct-chip rounded-full border px-2.5 py-1 text-sm"
                onClick={() => onFilterLocation(place.location.id)}
              >
                Only {place.location.name} ({place.events.length})
              </button>
            ) : (
              <span className="ct-muted text-sm">
                {place.location.name} ({place.events.length})
              </span>
            )}
          </li>
        ))}
      </ul>
      {onZoomIn && (
        <button type="button" className="ct-link self-start text-sm" onClick={onZoomIn}>
          Zoom in to these places
        </button>
      )}
      <ul className="ct-map-popover-events flex flex-col" aria-label="Events">
        {mark.events.slice(0, MAX_EVENTS_LISTED).map((event) => (
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
        ))}
      </ul>
      {hidden > 0 && (
        <p className="ct-muted text-xs">
          and {hidden} more: zoom in or choose a place to see them all.
        </p>
      )}
    </div>
  )
}
