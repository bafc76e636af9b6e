/**
 * The map of the shown events: the bundled geometry panned and zoomed by one transform, marks clustered for the
 * current viewport, names where there is room, the occupied regions hatched, and the list of places under it.
 * Loaded on first use (MapPanel), with its geometry.
 */
import { useMemo, useRef, useState } from 'react'
import type { DatasetIndex } from '../../data/dataset-index'
import type { TimelineEvent } from '../../data/schema'
import { mainPlaces, placeEvents } from '../../map/event-places'
import { mapMarks, type MapMark } from '../../map/map-marks'
import { occupationOn } from '../../map/occupied-regions'
import { fitPoints, panBy, zoomAround, type ScreenSize } from '../../map/web-mercator'
import { MAP_ZOOM_LIMITS, type MapViewport } from '../../view/view-state'
import { MapLegend } from './MapLegend'
import { MapMarkGlyph } from './MapMarkGlyph'
import { MapShapesLayer } from './MapShapesLayer'
import { MarkPopover } from './MarkPopover'
import { PlaceList } from './PlaceList'
import { describeMark } from './describe-mark'
import { useElementSize } from './use-element-size'
import { useMapGestures } from './use-map-gestures'

export type EventMapProps = {
  index: DatasetIndex
  events: readonly TimelineEvent[]
  /** The day whose occupied regions are hatched; null hatches none. */
  occupationDay: number | null
  /** From the URL; null fits the shown places. */
  viewport: MapViewport | null
  selectedEventId: string | null
  /** A still map (print, the classroom inset) has no controls, no gestures and no list. */
  isInteractive?: boolean
  /** How close a fitted view may come: a single place should not fill the map. */
  maxFitZoom?: number
  onViewportChange?: (viewport: MapViewport | null) => void
  onSelectEvent?: (eventId: string) => void
  /** Where the reader may not filter (an embed without filters), places are shown, not offered as filters. */
  onFilterLocation?: (locationId: string) => void
  /** For print, where the page is laid out once and no resize will come. */
  fixedSize?: ScreenSize
}

const KEY_PAN_PX = 100

/** The zoom buttons' corner (.ct-map-zoom), where no place name is drawn. */
function zoomButtonsBox(size: ScreenSize) {
  return [{ left: size.width - 56, top: 0, right: size.width, bottom: 136 }]
}

export default function EventMap({
  index,
  events,
  occupationDay,
  viewport,
  selectedEventId,
  isInteractive = true,
  maxFitZoom = 6,
  onViewportChange = () => {},
  onSelectEvent = () => {},
  onFilterLocation,
  fixedSize,
}: EventMapProps) {
  const frameRef = useRef<HTMLDivElement>(null)
  const surfaceRef = useRef<SVGSVGElement>(null)
  const observedSize = useElementSize(frameRef)
  const size = fixedSize ?? observedSize
  const [draft, setDraft] = useState<MapViewport | null>(null)
  const [openMark, setOpenMark] = useState<{ key: string; element: SVGGElement } | null>(null)

  const { places, unplaced } = useMemo(
    () => placeEvents(events, index.locationsById),
    [events, index.locationsById],
  )
  const fitted = useMemo(
    () =>
      fitPoints(
        mainPlaces(places).map((place) => place.location),
        size ?? { width: 640, height: 400 },
        { maxZoom: maxFitZoom },
      ),
    [places, size, maxFitZoom],
  )
  const shown = draft ?? viewport ?? fitted
  const { marks, labels } = useMemo(
    () =>
      size
        ? mapMarks(places, shown, size, index.typesById, isInteractive ? zoomButtonsBox(size) : [])
        : { marks: [], labels: [] },
    [places, shown, size, index.typesById, isInteractive],
  )
  const occupation = useMemo(
    () => (occupationDay === null ? null : occupationOn(index, occupationDay)),
    [index, occupationDay],
  )

  const settle = (next: MapViewport | null) => {
    setDraft(null)
    setOpenMark(null)
    onViewportChange(next)
  }
  useMapGestures(
    isInteractive ? surfaceRef : { current: null },
    shown,
    size ?? { width: 0, height: 0 },
    setDraft,
    settle,
  )

  const activate = (mark: MapMark, element: SVGGElement) => {
    const [only] = mark.events
    if (mark.events.length === 1 && only) onSelectEvent(only.id)
    else setOpenMark({ key: mark.key, element })
  }
  const onKeyDown = (event: React.KeyboardEvent) => {
    if (!size || event.target !== event.currentTarget) return
    const centre = { x: size.width / 2, y: size.height / 2 }
    const moves: Record<string, () => MapViewport | null> = {
      ArrowLeft: () => panBy(shown, KEY_PAN_PX, 0),
      ArrowRight: () => panBy(shown, -KEY_PAN_PX, 0),
      ArrowUp: () => panBy(shown, 0, KEY_PAN_PX),
      ArrowDown: () => panBy(shown, 0, -KEY_PAN_PX),
      '+': () => zoomAround(shown, size, centre, 1),
      '=': () => zoomAround(shown, size, centre, 1),
      '-': () => zoomAround(shown, size, centre, -1),
      '0': () => null,
    }
    const move = moves[event.key]
    if (!move) return
    event.preventDefault()
    settle(move())
  }
  const zoomBy = (delta: number) =>
    size && settle(zoomAround(shown, size, { x: size.width / 2, y: size.height / 2 }, delta))

  const selectedMark = openMark && marks.find((mark) => mark.key === openMark.key)
  const labelsById = new Map(labels.map((label) => [label.id, label]))

  return (
    <div className="ct-map flex min-h-0 flex-1 flex-col gap-2">
      <div
        ref={frameRef}
        className="ct-map-frame relative min-h-0 flex-1 overflow-hidden rounded-lg border"
      >
        {/* Always in the page, so that the gestures bind to it at mount; drawn once its size is known. */}
        <svg
          ref={surfaceRef}
          width={size?.width ?? 0}
          height={size?.height ?? 0}
          className="ct-map-surface absolute inset-0"
          role={isInteractive ? 'application' : 'img'}
          aria-roledescription={isInteractive ? 'map' : undefined}
          aria-label={
            isInteractive
              ? 'Map of the events. Arrow keys move it, plus and minus zoom, 0 fits the events; Tab reaches the marks.'
              : `Map of ${events.length} event${events.length === 1 ? '' : 's'}`
          }
          tabIndex={isInteractive ? 0 : undefined}
          onKeyDown={isInteractive ? onKeyDown : undefined}
        >
          {size && <MapShapesLayer viewport={shown} size={size} occupation={occupation} />}
          <g className="ct-map-marks">
            {marks.map((mark) => (
              <MapMarkGlyph
                key={mark.key}
                mark={mark}
                isSelected={mark.events.some((event) => event.id === selectedEventId)}
                label={describeMark(mark)}
                isInteractive={isInteractive}
                onActivate={activate}
              />
            ))}
          </g>
          <g className="ct-map-labels" aria-hidden="true">
            {marks.map((mark) => {
              const label = labelsById.get(mark.key)
              if (!label) return null
              return (
                <text
                  key={mark.key}
                  x={label.x}
                  y={label.y}
                  dy="0.35em"
                  textAnchor={label.side === 'right' ? 'start' : 'end'}
                >
                  {mark.name}
                </text>
              )
            })}
          </g>
        </svg>
        {isInteractive && (
          <div className="ct-map-zoom absolute top-2 right-2 flex flex-col gap-1">
            <button
              type="button"
              className="ct-map-button"
              aria-label="Zoom the map in"
              onClick={() => zoomBy(1)}
            >
              +
            </button>
            <button
              type="button"
              className="ct-map-button"
              aria-label="Zoom the map out"
              onClick={() => zoomBy(-1)}
            >
              −
            </button>
            <button
              type="button"
              className="ct-map-button text-xs"
              aria-label="Fit the map to the events"
              onClick={() => settle(null)}
            >
              Fit
            </button>
          </div>
        )}
        {isInteractive && selectedMark && size && (
          <MarkPopover
            index={index}
            mark={selectedMark}
            markElement={openMark.element}
            position={{
              left: Math.max(8, Math.min(selectedMark.position.x + 16, size.width - 300)),
              top: Math.max(8, Math.min(selectedMark.position.y - 20, size.height - 240)),
            }}
            onOpenEvent={(eventId) => {
              setOpenMark(null)
              onSelectEvent(eventId)
            }}
            onFilterLocation={
              onFilterLocation &&
              ((locationId) => {
                setOpenMark(null)
                onFilterLocation(locationId)
              })
            }
            onZoomIn={
              selectedMark.places.length > 1
                ? () =>
                    settle(
                      fitPoints(
                        selectedMark.places.map((place) => place.location),
                        size,
                        { padding: 64, maxZoom: MAP_ZOOM_LIMITS.max },
                      ),
                    )
                : null
            }
            onClose={() => setOpenMark(null)}
          />
        )}
      </div>
      {isInteractive && (
        <>
          <MapLegend occupation={occupation} occupationDay={occupationDay} />
          <PlaceList
            places={places}
            unplacedCount={unplaced.length}
            onFilterLocation={onFilterLocation}
          />
        </>
      )}
    </div>
  )
}
