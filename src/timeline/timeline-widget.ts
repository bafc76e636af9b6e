/**
 * The vis-timeline instance and everything it draws, behind a small imperative interface (react.dev's
 * `map-widget.js` pattern): Timeline.tsx creates one per mount, feeds it lanes, events and the selection, and
 * destroys it. On every pan or zoom the widget lays out only what the window uncovers (layout/), hands
 * vis-timeline the marks of the window and its margins by difference (mark-items.ts), and writes the period
 * names that fit (period-items.ts).
 */
import { DataSet } from 'vis-data/peer'
import { Timeline as VisTimeline } from 'vis-timeline/peer'
import 'vis-timeline/styles/vis-timeline-graph2d.min.css'
import type { DatasetIndex } from '../data/dataset-index'
import { toFractionalDay } from './calendar-time'
import { PERIOD_LANE_ID, type Lane } from './lanes'
import { SHORT_SPAN_DAYS, type LaneEvents, type LayoutSettings } from './layout/lane-layout'
import { ROW_PX, type ClusterMark, type Mark } from './layout/marks'
import { TimelineLayout } from './layout/timeline-layout'
import { levelForScale, type ZoomLevel } from './layout/zoom-level'
import { laneLabelElement } from './mark-elements'
import { isClusterItem, MarkItems, type MarkItem } from './mark-items'
import { titleMeasurer } from './measure-title'
import {
  PERIOD_ITEM_PREFIX,
  PERIOD_LANE_PX,
  placeNames,
  toPeriodItems,
  type PeriodName,
} from './period-items'
import { syncDataSet, timelineOptions } from './timeline-options'

type LaneGroup = { id: string; content: HTMLElement; order: number }

export type WidgetCallbacks = {
  onSelectEvent: (eventId: string | null) => void
  onChooseCluster: (mark: ClusterMark) => void
  onChoosePeriod: (periodId: string) => void
  onRangeChanged: (start: Date, end: Date, isByUser: boolean) => void
  onRedraw: () => void
}

export type WidgetContent = {
  lanes: readonly Lane[]
  laneEvents: readonly LaneEvents[]
  /** With lanes per actor, one event is drawn in several lanes. */
  isEventInSeveralLanes: boolean
}

/** The time axis above the lanes, before it is first drawn and measured. */
const AXIS_PX = 48
const MAX_ROWS = 10
/** Layouts kept for levels the reader zooms back to. */
const KEPT_LEVELS = 6
/** Labels are drawn in 13-pixel medium text (timeline.css). */
const LABEL_FONT_SIZE = '500 13px'

export class TimelineWidget {
  private readonly timeline: VisTimeline
  private readonly items = new DataSet<MarkItem, 'id'>()
  private readonly groups = new DataSet<LaneGroup, 'id'>()
  private readonly periodNames: PeriodName[]
  private readonly layouts = new Map<number, TimelineLayout>()
  private readonly resizeObserver: ResizeObserver
  private readonly settings: LayoutSettings
  private markItems: MarkItems
  private content: WidgetContent = { lanes: [], laneEvents: [], isEventInSeveralLanes: false }
  private level: ZoomLevel | null = null
  private selectedEventId: string | null = null
  private frame = 0
  /** Until vis-timeline has drawn once, the lane names' column, and so the canvas' width, is unknown. */
  private hasDrawnFrame = false

  constructor(
    private readonly container: HTMLElement,
    private readonly index: DatasetIndex,
    private readonly callbacks: WidgetCallbacks,
    private readonly initialWindow: { start: Date; end: Date },
  ) {
    const fontFamily = getComputedStyle(container).fontFamily || 'sans-serif'
    const measure = titleMeasurer(`${LABEL_FONT_SIZE} ${fontFamily}`)
    this.settings = {
      rows: 1,
      measureTitle: (event) => measure(index.eventsById.get(event.id)?.title ?? ''),
      selectedEventId: null,
    }
    const periods = toPeriodItems(index, titleMeasurer(`600 12px ${fontFamily}`))
    this.periodNames = periods.names
    this.items.add(periods.items)
    this.markItems = new MarkItems(this.items, index, false)
    // vis-timeline's typings only admit string content; ours is always a DOM element (see mark-elements.ts).
    this.timeline = new VisTimeline(
      container,
      this.items as never,
      this.groups as never,
      timelineOptions(index),
    )
    this.timeline.on('select', (properties: { items: (string | number)[] }) =>
      this.onSelect(properties.items.map(String)),
    )
    this.timeline.on('rangechange', () => this.scheduleDraw())
    this.timeline.on('rangechanged', (properties: { start: Date; end: Date; byUser: boolean }) => {
      this.draw()
      callbacks.onRangeChanged(properties.start, properties.end, properties.byUser)
    })
    this.timeline.on('changed', () => {
      if (!this.hasDrawnFrame) this.startDrawing()
      callbacks.onRedraw()
    })
    // With many lanes the lane names scroll; a scrollable region must be reachable by keyboard.
    const laneNames = container.querySelector<HTMLElement>('.vis-panel.vis-left')
    laneNames?.setAttribute('tabindex', '0')
    laneNames?.setAttribute('role', 'group')
    laneNames?.setAttribute('aria-label', 'Lane names')
    this.resizeObserver = new ResizeObserver(() => this.fitRowsToHeight())
    this.resizeObserver.observe(container)
  }

  /**
   * After vis-timeline's first frame, when the lane names' column is measured. vis-timeline fits its window to
   * its items on that frame and only shows itself once the window has changed, so the window is set here, after
   * that fit, rather than as an option (https://github.com/visjs/vis-timeline/blob/v8.5.4/lib/timeline/Timeline.js).
   */
  private startDrawing(): void {
    this.hasDrawnFrame = true
    this.timeline.setWindow(this.initialWindow.start, this.initialWindow.end, { animation: false })
    this.fitRowsToHeight(true)
  }

  destroy(): void {
    cancelAnimationFrame(this.frame)
    this.resizeObserver.disconnect()
    this.timeline.destroy()
  }

  get vis(): VisTimeline {
    return this.timeline
  }

  /** New lanes or events: everything is laid out again. */
  setContent(content: WidgetContent): void {
    if (content.isEventInSeveralLanes !== this.content.isEventInSeveralLanes) {
      // Item ids change shape (they name the lane): start from an empty timeline.
      this.markItems.sync([], this.level ?? levelForScale(1), null)
      this.markItems = new MarkItems(this.items, this.index, content.isEventInSeveralLanes)
    }
    this.content = content
    this.fitRowsToHeight(true)
  }

  setSelection(eventId: string | null): void {
    this.selectedEventId = eventId
    // A chosen event hidden in a cluster gets a mark of its own: lay out again with it placed first.
    if (eventId && this.currentLayout()?.markOf(eventId)?.kind === 'cluster') this.relayout()
    else this.settings.selectedEventId = eventId
    this.draw()
  }

  currentLayout(): TimelineLayout | null {
    return this.level ? (this.layouts.get(this.level.level) ?? null) : null
  }

  markOfItem(itemId: string): Mark | undefined {
    return this.markItems.markOfItem(itemId)
  }

  elementOfMark(mark: Mark): HTMLElement | undefined {
    return this.level
      ? this.markItems.elementOf(this.markItems.itemIdOf(mark, this.level))
      : undefined
  }

  canvasWidth(): number {
    return this.container.querySelector('.vis-panel.vis-center')?.clientWidth ?? 0
  }

  private relayout(): void {
    this.settings.selectedEventId = this.selectedEventId
    this.layouts.clear()
  }

  /** Rows per lane so that every lane fits the canvas' height, the last row for dots and clusters. */
  private fitRowsToHeight(isForced = false): void {
    const laneCount = Math.max(1, this.content.lanes.length)
    const axisPx = this.container.querySelector<HTMLElement>('.vis-panel.vis-top')?.offsetHeight
    const periodsPx = this.periodNames.length > 0 ? PERIOD_LANE_PX : 0
    const availablePx = this.container.clientHeight - (axisPx || AXIS_PX) - periodsPx
    const rows = Math.min(MAX_ROWS, Math.max(1, Math.floor((availablePx / laneCount - 4) / ROW_PX)))
    if (!isForced && rows === this.settings.rows) {
      this.scheduleDraw()
      return
    }
    this.settings.rows = rows
    const laneGroups: LaneGroup[] = this.content.lanes.map((lane) => ({
      id: lane.id,
      content: laneLabelElement(lane.label, rows * ROW_PX + 4),
      order: lane.order,
    }))
    if (this.periodNames.length > 0) {
      laneGroups.push({
        id: PERIOD_LANE_ID,
        content: laneLabelElement('Periods', PERIOD_LANE_PX),
        order: Number.MAX_SAFE_INTEGER,
      })
    }
    syncDataSet(this.groups, laneGroups)
    this.relayout()
    this.draw()
  }

  private scheduleDraw(): void {
    cancelAnimationFrame(this.frame)
    this.frame = requestAnimationFrame(() => this.draw())
  }

  /** Lays out what the window uncovers and draws the window's marks with a window's margin on each side. */
  draw(): void {
    cancelAnimationFrame(this.frame)
    if (!this.hasDrawnFrame) return
    const widthPx = this.canvasWidth()
    const { start, end } = this.timeline.getWindow()
    const startDay = toFractionalDay(start)
    const days = toFractionalDay(end) - startDay
    if (widthPx <= 0 || days <= 0) return
    const pxPerDay = widthPx / days
    const level = levelForScale(pxPerDay)
    let layout = this.layouts.get(level.level)
    if (!layout) {
      layout = new TimelineLayout(this.content.laneEvents, level, this.settings)
      this.layouts.set(level.level, layout)
      for (const kept of [...this.layouts.keys()].slice(0, -KEPT_LEVELS)) this.layouts.delete(kept)
    }
    this.level = level
    const marginDays = Math.max(days, SHORT_SPAN_DAYS)
    layout.ensure(startDay - marginDays, startDay + days + marginDays)
    const marks = layout.marksIn(startDay - marginDays, startDay + days + marginDays)
    if (this.markItems.sync(marks, level, this.selectedEventId)) {
      this.timeline.setSelection(
        this.selectedEventId ? this.markItems.itemIdsOfEvent(this.selectedEventId) : [],
      )
    }
    placeNames(this.periodNames, { startDay, pxPerDay, widthPx })
  }

  private onSelect(itemIds: string[]): void {
    const itemId = itemIds[0]
    const mark = itemId === undefined ? undefined : this.markItems.markOfItem(itemId)
    if (itemId === undefined) {
      this.callbacks.onSelectEvent(null)
      return
    }
    if (mark && mark.kind !== 'cluster') {
      this.callbacks.onSelectEvent(mark.event.id)
      return
    }
    // A cluster or a period name is not an event: the selection stays where it was.
    this.timeline.setSelection(
      this.selectedEventId ? this.markItems.itemIdsOfEvent(this.selectedEventId) : [],
    )
    if (mark?.kind === 'cluster' && isClusterItem(itemId)) this.callbacks.onChooseCluster(mark)
    else if (itemId.startsWith(PERIOD_ITEM_PREFIX)) {
      this.callbacks.onChoosePeriod(itemId.slice(PERIOD_ITEM_PREFIX.length))
    }
  }
}
