/**
 * The only React component that talks to vis-timeline, through TimelineWidget. It creates the widget and
 * destroys it in the same Effect (so React StrictMode's double mount stays safe), gives it the lanes and events
 * when the filters change, and pushes the selection and the range to it from separate, idempotent Effects.
 */
import { useEffect, useEffectEvent, useMemo, useRef, useState } from 'react'
import type { DatasetIndex } from '../data/dataset-index'
import type { TimelineEvent } from '../data/schema'
import type { Grouping, VisibleRange } from '../view/view-state'
import { dayToTime, isSameRange, rangeToWindow, windowToRange } from './calendar-time'
import { ClusterEvents } from './ClusterEvents'
import { toLanes } from './lanes'
import type { ClusterMark } from './layout/marks'
import { toLayoutLanes } from './layout-events'
import { TimelineToolbar } from './TimelineToolbar'
import { TimelineWidget } from './timeline-widget'
import { useKeyboardNavigation } from './use-keyboard-navigation'
import { useZoomControls } from './use-zoom-controls'
import { fitRange, maxVisibleDays, rangeForCluster, rangeForSpan } from './zoom'

export type TimelineProps = {
  index: DatasetIndex
  /** The events to draw, in time order. */
  events: readonly TimelineEvent[]
  grouping: Grouping
  selectedEventId: string | null
  range: VisibleRange | null
  onSelectEvent: (eventId: string | null) => void
  /** A new visible window; null asks to fit all events. */
  onRangeChange: (range: VisibleRange | null) => void
  label?: string
  /** `strip`: a short band without zoom buttons or keyboard stops, as present mode shows under its card. */
  variant?: 'full' | 'strip'
}

/** Room to keep after the last event when fitting, so that its label is not cut off. */
const LABEL_ROOM_PX = 200
/** The lane names' column, before vis-timeline has drawn and measured it. */
const LANE_NAMES_PX = 120

function prefersReducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches
}

export function Timeline({
  index,
  events,
  grouping,
  selectedEventId,
  range,
  onSelectEvent,
  onRangeChange,
  label = 'Timeline of events',
  variant = 'full',
}: TimelineProps) {
  const containerRef = useRef<HTMLDivElement>(null)
  const widgetRef = useRef<TimelineWidget | null>(null)
  /** The range last given to vis-timeline, so that a render with the same range does not move it. */
  const appliedRangeRef = useRef<VisibleRange | null | undefined>(undefined)
  const selectionFromTimelineRef = useRef<string | null>(null)
  const previousSelectionRef = useRef<string | null>(selectedEventId)
  const [listedCluster, setListedCluster] = useState<{
    mark: ClusterMark
    element: HTMLElement | null
  } | null>(null)

  const lanes = useMemo(() => toLanes(index, events, grouping), [index, events, grouping])
  const laneEvents = useMemo(
    () => toLayoutLanes(index, events, grouping, lanes),
    [index, events, grouping, lanes],
  )
  const orderedIds = useMemo(() => events.map((event) => event.id), [events])

  const selectFromTimeline = (eventId: string | null) => {
    selectionFromTimelineRef.current = eventId
    onSelectEvent(eventId)
  }

  /** A cluster zooms in to its events, or lists them when zooming cannot split it. */
  const openCluster = (mark: ClusterMark, isByKeyboard: boolean) => {
    const widget = widgetRef.current
    if (!widget) return
    const { start, end } = widget.vis.getWindow()
    const target = rangeForCluster(mark.firstDay, mark.lastDay, windowToRange(start, end))
    if (!target) {
      setListedCluster({ mark, element: widget.elementOfMark(mark) ?? null })
      return
    }
    const firstEventId = mark.events[0]?.id
    if (isByKeyboard && firstEventId) keyboard.focusAfterRedraw(firstEventId)
    onRangeChange(target)
  }

  const keyboard = useKeyboardNavigation({
    containerRef,
    widgetRef,
    orderedIds,
    initialActiveId: selectedEventId,
    isTabbable: variant === 'full',
    dayOfEvent: (eventId) => index.spans.get(eventId)?.firstDay,
    onOpenEvent: selectFromTimeline,
    onOpenCluster: (mark) => openCluster(mark, true),
  })
  const handleRedraw = useEffectEvent(() => keyboard.afterRedraw())
  const handleKeyDown = useEffectEvent((event: KeyboardEvent) => keyboard.onKeyDown(event))
  const handleFocusIn = useEffectEvent((event: FocusEvent) => keyboard.onFocusIn(event))
  const handleFocusOut = useEffectEvent((event: FocusEvent) => keyboard.onFocusOut(event))
  const handlePointerDown = useEffectEvent(() => keyboard.onPointerDown())
  const markActive = useEffectEvent((eventId: string) => keyboard.setActiveEvent(eventId))
  const handleSelect = useEffectEvent((eventId: string | null) => selectFromTimeline(eventId))
  const handleCluster = useEffectEvent((mark: ClusterMark) => openCluster(mark, false))
  const handlePeriod = useEffectEvent((periodId: string) => {
    const span = index.periodSpans.get(periodId)
    const range = span ? rangeForSpan(span) : null
    if (range) onRangeChange(range)
  })
  const handleRangeChanged = useEffectEvent((start: Date, end: Date, isByUser: boolean) => {
    if (isByUser) onRangeChange(windowToRange(start, end))
  })

  /** "Fit all": every shown event, or every event when none is shown (or all are). */
  const fittedWindow = useEffectEvent((canvasWidth: number) => {
    const isEveryEvent = events.length === 0 || events.length === index.chronological.length
    const labelRoom = Math.min(0.45, Math.max(0.12, LABEL_ROOM_PX / Math.max(1, canvasWidth)))
    const fitted = fitRange(
      isEveryEvent
        ? index.extent
          ? [index.extent]
          : []
        : events.flatMap((event) => index.spans.get(event.id) ?? []),
      labelRoom,
    )
    return fitted ? rangeToWindow(fitted) : null
  })

  const content = useMemo(
    () => ({ lanes, laneEvents, isEventInSeveralLanes: grouping === 'actor' }),
    [lanes, laneEvents, grouping],
  )
  const initialContent = useEffectEvent(() => content)
  const hasPeriodNames = useEffectEvent(() => variant === 'full')

  const initialWindow = useEffectEvent((canvasWidth: number) => {
    appliedRangeRef.current = range
    return range ? rangeToWindow(range) : fittedWindow(canvasWidth)
  })

  useEffect(() => {
    const container = containerRef.current
    if (!container) return
    const start = initialWindow(container.clientWidth - LANE_NAMES_PX) ?? {
      start: new Date(),
      end: new Date(),
    }
    const widget = new TimelineWidget(container, index, {
      callbacks: {
        onSelectEvent: (eventId) => handleSelect(eventId),
        onChooseCluster: (mark) => handleCluster(mark),
        onChoosePeriod: (periodId) => handlePeriod(periodId),
        onRangeChanged: (start, end, isByUser) => handleRangeChanged(start, end, isByUser),
        onRedraw: () => handleRedraw(),
      },
      initialWindow: start,
      content: initialContent(),
      hasPeriodNames: hasPeriodNames(),
    })
    widgetRef.current = widget
    // The marks inside are focusable buttons drawn by vis-timeline, outside React's tree of elements.
    const onKeyDown = (event: KeyboardEvent) => handleKeyDown(event)
    const onFocusIn = (event: FocusEvent) => handleFocusIn(event)
    const onFocusOut = (event: FocusEvent) => handleFocusOut(event)
    const onPointerDown = () => handlePointerDown()
    container.addEventListener('keydown', onKeyDown)
    container.addEventListener('focusin', onFocusIn)
    container.addEventListener('focusout', onFocusOut)
    document.addEventListener('pointerdown', onPointerDown, true)
    return () => {
      document.removeEventListener('pointerdown', onPointerDown, true)
      container.removeEventListener('keydown', onKeyDown)
      container.removeEventListener('focusin', onFocusIn)
      container.removeEventListener('focusout', onFocusOut)
      widget.destroy()
      widgetRef.current = null
      appliedRangeRef.current = undefined
    }
  }, [index])

  useEffect(() => {
    widgetRef.current?.setContent(content)
  }, [content])

  useEffect(() => {
    const widget = widgetRef.current
    if (!widget || appliedRangeRef.current === undefined) return
    if (range === appliedRangeRef.current || (range && isSameRange(range, appliedRangeRef.current)))
      return
    appliedRangeRef.current = range
    const animation = !prefersReducedMotion()
    if (range === null) {
      const fitted = fittedWindow(widget.canvasWidth())
      if (fitted) widget.vis.setWindow(fitted.start, fitted.end, { animation })
      return
    }
    const { start, end } = widget.vis.getWindow()
    if (isSameRange(windowToRange(start, end), range)) return
    const visibleWindow = rangeToWindow(range)
    widget.vis.setWindow(visibleWindow.start, visibleWindow.end, { animation })
  }, [range])

  useEffect(() => {
    const widget = widgetRef.current
    if (!widget) return
    widget.setSelection(selectedEventId)
    if (selectedEventId) markActive(selectedEventId)
    const isNewSelection = previousSelectionRef.current !== selectedEventId
    const isFromTimeline = selectionFromTimelineRef.current === selectedEventId
    previousSelectionRef.current = selectedEventId
    selectionFromTimelineRef.current = null
    // Stepping with the buttons or keys keeps the selection in view; a click on the timeline does not move it.
    if (selectedEventId && isNewSelection && !isFromTimeline) {
      const span = index.spans.get(selectedEventId)
      if (span) {
        const middle = dayToTime((span.firstDay + span.lastDay + 1) / 2)
        widget.vis.moveTo(middle, { animation: !prefersReducedMotion() })
      }
    }
  }, [selectedEventId, laneEvents, index])

  const selectedSpan = selectedEventId ? index.spans.get(selectedEventId) : undefined
  const maxDays = maxVisibleDays(index.extent)
  const zoom = useZoomControls({
    drawnWindow: () => widgetRef.current?.vis.getWindow(),
    range,
    selectedSpan,
    onRangeChange,
    maxDays,
  })

  return (
    <div
      className={`ct-timeline relative flex min-h-0 flex-1 flex-col ${variant === 'strip' ? 'is-strip' : ''}`}
    >
      {variant === 'full' && (
        <TimelineToolbar
          activePreset={zoom.activePreset}
          onZoomIn={zoom.zoomIn}
          onZoomOut={zoom.zoomOut}
          onPreset={zoom.choosePreset}
        />
      )}
      <div
        ref={containerRef}
        className="ct-timeline-canvas min-h-0 flex-1"
        role="group"
        aria-label={label}
      />
      {listedCluster && (
        <ClusterEvents
          index={index}
          mark={listedCluster.mark}
          markElement={listedCluster.element}
          onOpenEvent={(eventId) => {
            setListedCluster(null)
            selectFromTimeline(eventId)
          }}
          onClose={() => setListedCluster(null)}
        />
      )}
    </div>
  )
}

/** The timeline as an element, for LoadedTimeline, which knows this module only once its chunk has loaded. */
export function renderTimeline(props: TimelineProps) {
  return <Timeline {...props} />
}
