/**
 * The only place that talks to vis-timeline. It creates the instance and destroys it in the same Effect (so
 * React StrictMode's double mount stays safe), feeds it through vis-data DataSets that later updates change in
 * place, and pushes selection and range to it from separate, idempotent Effects.
 */
import { useEffect, useEffectEvent, useMemo, useRef, useState } from 'react'
import { DataSet } from 'vis-data/peer'
import { Timeline as VisTimeline } from 'vis-timeline/peer'
import 'vis-timeline/styles/vis-timeline-graph2d.min.css'
import type { DatasetIndex } from '../data/dataset-index'
import type { TimelineEvent } from '../data/schema'
import type { Grouping, VisibleRange } from '../view/view-state'
import {
  isSameRange,
  rangeToWindow,
  startOfDay,
  toFractionalDay,
  windowToRange,
} from './calendar-time'
import {
  chooseLabelledEvents,
  eventIdOfItem,
  toPeriodItems,
  toTimelineGroups,
  toTimelineItems,
  type ContentCache,
  type TimelineGroup,
  type TimelineItem,
  type Viewport,
} from './to-timeline-item'
import { TimelineToolbar } from './TimelineToolbar'
import { useKeyboardNavigation } from './use-keyboard-navigation'
import { useZoomControls } from './use-zoom-controls'
import { syncDataSet, timelineOptions } from './timeline-options'
import { fitRange } from './zoom'

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
  const timelineRef = useRef<VisTimeline | null>(null)
  const itemsRef = useRef<DataSet<TimelineItem, 'id'> | null>(null)
  const groupsRef = useRef<DataSet<TimelineGroup, 'id'> | null>(null)
  const contentCacheRef = useRef<ContentCache>(new Map())
  const drawnGroupingRef = useRef<Grouping | null>(null)
  const hasPlacedWindowRef = useRef(false)
  const selectionFromTimelineRef = useRef<string | null>(null)
  const previousSelectionRef = useRef<string | null>(selectedEventId)
  const [viewport, setViewport] = useState<Viewport | null>(null)

  const orderedIds = events.map((event) => event.id)
  const keyboard = useKeyboardNavigation({
    containerRef,
    timelineRef,
    index,
    orderedIds,
    initialActiveId: selectedEventId,
    isTabbable: variant === 'full',
    onOpenEvent: (eventId) => {
      selectionFromTimelineRef.current = eventId
      onSelectEvent(eventId)
    },
  })
  const handleRedraw = useEffectEvent(() => keyboard.afterRedraw())
  const handleKeyDown = useEffectEvent((event: KeyboardEvent) => keyboard.onKeyDown(event))
  const handleFocusIn = useEffectEvent((event: FocusEvent) => keyboard.onFocusIn(event))
  const markActive = useEffectEvent((eventId: string) => keyboard.setActiveEvent(eventId))

  const labelledIds = useMemo(
    () =>
      viewport
        ? chooseLabelledEvents(index, events, grouping, viewport, selectedEventId)
        : new Set<string>(),
    [index, events, grouping, viewport, selectedEventId],
  )

  /** Reads what the canvas shows after a zoom, pan or resize; labels are chosen from it. */
  const updateViewport = useEffectEvent(() => {
    const timeline = timelineRef.current
    const container = containerRef.current
    if (!timeline || !container) return
    const { start, end } = timeline.getWindow()
    const canvas = container.querySelector('.vis-panel.vis-center') ?? container
    const next = {
      startDay: toFractionalDay(start),
      endDay: toFractionalDay(end),
      widthPx: canvas.clientWidth,
      heightPx: container.clientHeight,
    }
    setViewport((current) =>
      current &&
      Math.abs(current.startDay - next.startDay) < 0.01 &&
      Math.abs(current.endDay - next.endDay) < 0.01 &&
      current.widthPx === next.widthPx &&
      current.heightPx === next.heightPx
        ? current
        : next,
    )
  })

  const handleSelect = useEffectEvent((itemIds: (string | number)[]) => {
    const first = itemIds[0]
    const eventId = first === undefined ? null : eventIdOfItem(String(first))
    selectionFromTimelineRef.current = eventId
    onSelectEvent(eventId)
  })

  const handleRangeChanged = useEffectEvent((start: Date, end: Date, isByUser: boolean) => {
    updateViewport()
    if (isByUser) onRangeChange(windowToRange(start, end))
  })

  /** "Fit all": every shown event, or every event when none is shown. */
  const fitAll = useEffectEvent((timeline: VisTimeline, animation: boolean) => {
    const shown = events.length > 0 ? events : index.chronological
    const canvasWidth =
      containerRef.current?.querySelector('.vis-panel.vis-center')?.clientWidth ?? 800
    const labelRoom = Math.min(0.45, Math.max(0.12, LABEL_ROOM_PX / Math.max(1, canvasWidth)))
    const fitted = fitRange(
      shown.flatMap((event) => index.spans.get(event.id) ?? []),
      labelRoom,
    )
    if (!fitted) return
    const visibleWindow = rangeToWindow(fitted)
    timeline.setWindow(visibleWindow.start, visibleWindow.end, { animation })
  })

  const placeInitialWindow = useEffectEvent((timeline: VisTimeline) => {
    hasPlacedWindowRef.current = true
    if (range) {
      const visibleWindow = rangeToWindow(range)
      timeline.setWindow(visibleWindow.start, visibleWindow.end, { animation: false })
    } else {
      fitAll(timeline, false)
    }
    updateViewport()
  })

  useEffect(() => {
    const container = containerRef.current
    if (!container) return
    const items = new DataSet<TimelineItem, 'id'>()
    const groups = new DataSet<TimelineGroup, 'id'>()
    // vis-timeline's typings only admit string content; ours is always a DOM element (see to-timeline-item.ts).
    const timeline = new VisTimeline(container, items as never, timelineOptions(index))
    timelineRef.current = timeline
    itemsRef.current = items
    groupsRef.current = groups
    timeline.on('select', (properties: { items: (string | number)[] }) =>
      handleSelect(properties.items),
    )
    timeline.on('rangechanged', (properties: { start: Date; end: Date; byUser: boolean }) =>
      handleRangeChanged(properties.start, properties.end, properties.byUser),
    )
    timeline.on('changed', () => handleRedraw())
    // With many lanes the lane names scroll; a scrollable region must be reachable by keyboard.
    const laneNames = container.querySelector<HTMLElement>('.vis-panel.vis-left')
    laneNames?.setAttribute('tabindex', '0')
    laneNames?.setAttribute('role', 'group')
    laneNames?.setAttribute('aria-label', 'Lane names')
    // The events inside are focusable buttons drawn by vis-timeline, outside React's tree of elements.
    const onKeyDown = (event: KeyboardEvent) => handleKeyDown(event)
    const onFocusIn = (event: FocusEvent) => handleFocusIn(event)
    container.addEventListener('keydown', onKeyDown)
    container.addEventListener('focusin', onFocusIn)
    const resizeObserver = new ResizeObserver(() => updateViewport())
    resizeObserver.observe(container)
    return () => {
      resizeObserver.disconnect()
      container.removeEventListener('keydown', onKeyDown)
      container.removeEventListener('focusin', onFocusIn)
      timeline.destroy()
      timelineRef.current = null
      itemsRef.current = null
      groupsRef.current = null
      drawnGroupingRef.current = null
      hasPlacedWindowRef.current = false
    }
  }, [index])

  useEffect(() => {
    const timeline = timelineRef.current
    const items = itemsRef.current
    const groups = groupsRef.current
    if (!timeline || !items || !groups) return
    const nextItems = [
      ...toTimelineItems(index, events, grouping, labelledIds, contentCacheRef.current),
      ...toPeriodItems(index),
    ]
    const nextGroups = toTimelineGroups(index, events, grouping)
    if (drawnGroupingRef.current !== grouping) {
      // Lanes change the shape of every item (their group), so they are swapped as a whole.
      items.clear()
      items.add(nextItems)
      groups.clear()
      groups.add(nextGroups)
      timeline.setGroups(groups as never)
      drawnGroupingRef.current = grouping
    } else {
      syncDataSet(items, nextItems)
      syncDataSet(groups, nextGroups)
    }
    if (!hasPlacedWindowRef.current) placeInitialWindow(timeline)
  }, [index, events, grouping, labelledIds])

  useEffect(() => {
    const timeline = timelineRef.current
    if (!timeline || !hasPlacedWindowRef.current) return
    const animation = !prefersReducedMotion()
    if (range === null) {
      fitAll(timeline, animation)
      return
    }
    const { start, end } = timeline.getWindow()
    if (isSameRange(windowToRange(start, end), range)) return
    const visibleWindow = rangeToWindow(range)
    timeline.setWindow(visibleWindow.start, visibleWindow.end, { animation })
  }, [range])

  useEffect(() => {
    const timeline = timelineRef.current
    const items = itemsRef.current
    if (!timeline || !items) return
    const itemIds = selectedEventId
      ? items.getIds({ filter: (item) => item.eventId === selectedEventId })
      : []
    timeline.setSelection(itemIds)
    if (selectedEventId) markActive(selectedEventId)
    const isNewSelection = previousSelectionRef.current !== selectedEventId
    const isFromTimeline = selectionFromTimelineRef.current === selectedEventId
    previousSelectionRef.current = selectedEventId
    selectionFromTimelineRef.current = null
    // Stepping with the buttons or keys keeps the selection in view; a click on the timeline does not move it.
    if (selectedEventId && isNewSelection && !isFromTimeline) {
      const span = index.spans.get(selectedEventId)
      if (span) {
        const middle = new Date(
          (startOfDay(span.firstDay).getTime() + startOfDay(span.lastDay + 1).getTime()) / 2,
        )
        timeline.moveTo(middle, { animation: !prefersReducedMotion() })
      }
    }
  }, [selectedEventId, events, grouping, index])

  const selectedSpan = selectedEventId ? index.spans.get(selectedEventId) : undefined
  const zoom = useZoomControls({ timelineRef, range, selectedSpan, onRangeChange })

  return (
    <div
      className={`ct-timeline flex min-h-0 flex-1 flex-col ${variant === 'strip' ? 'is-strip' : ''}`}
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
    </div>
  )
}
