/**
 * The vis-timeline instance and everything it draws, behind a small imperative interface (react.dev's
 * `map-widget.js` pattern): Timeline.tsx creates one per mount, feeds it lanes, events and the selection, and
 * destroys it. On every pan or zoom the widget lays out only what the window uncovers (layout/), hands
 * vis-timeline the marks of the window and its margins by difference (mark-items.ts), and writes the period
 * names that fit (period-items.ts).
 */
// The esnext builds: the peer builds carry core-js polyfills that cost the first draw ~100 ms to evaluate.
import { DataSet } from 'vis-data/esnext'
import type { Timeline as VisTimeline } from 'vis-timeline/esnext'
import type { DatasetIndex } from '../data/dataset-index'
import { hideAxisLabelsCutAtStart } from './axis-labels'
import { toFractionalDay } from './calendar-time'
import { createVisTimeline, lanesPanel } from './create-vis-timeline'
import type { Lane } from './lanes'
import { SHORT_SPAN_DAYS, type LaneEvents, type LayoutSettings } from './layout/lane-layout'
import type { ClusterMark, Mark } from './layout/marks'
import { TimelineLayout } from './layout/timeline-layout'
import { levelForScale, type ZoomLevel } from './layout/zoom-level'
import {
  heightsForCanvas,
  isSameHeights,
  toLaneGroups,
  type LaneGroup,
  type LaneHeights,
} from './lane-groups'
import { addOutOfSight, isClusterItem, MarkItems, type MarkItem } from './mark-items'
import { titleMeasurer } from './measure-title'
import { PERIOD_ITEM_PREFIX, placeNames, toPeriodItems, type PeriodName } from './period-items'
import { syncDataSet, timelineOptions } from './timeline-options'
import { watchSize } from './watch-size'

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

export type WidgetSetup = {
  callbacks: WidgetCallbacks
  initialWindow: { start: Date; end: Date }
  content: WidgetContent
  /** False for a short strip: the periods are tinted, not named. */
  hasPeriodNames: boolean
}

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
  private readonly periodItems: MarkItem[]
  private markItems: MarkItems
  private level: ZoomLevel | null = null
  private selectedEventId: string | null = null
  private frame = 0
  private heights: LaneHeights = { rows: new Map(), periodLanePx: 0 }

  private readonly callbacks: WidgetCallbacks
  private content: WidgetContent

  constructor(
    private readonly container: HTMLElement,
    private readonly index: DatasetIndex,
    setup: WidgetSetup,
  ) {
    const { initialWindow } = setup
    this.callbacks = setup.callbacks
    this.content = setup.content
    const fontFamily = getComputedStyle(container).fontFamily || 'sans-serif'
    const measure = titleMeasurer(`${LABEL_FONT_SIZE} ${fontFamily}`)
    this.settings = {
      rowsOf: (lane) => this.heights.rows.get(lane) ?? 1,
      measureTitle: (event) => measure(index.eventsById.get(event.id)?.title ?? ''),
      selectedEventId: null,
    }
    const periods = toPeriodItems(
      index,
      setup.hasPeriodNames ? titleMeasurer(`600 12px ${fontFamily}`) : null,
    )
    this.periodNames = periods.names
    this.periodItems = periods.items
    this.markItems = this.newMarkItems(this.content.isEventInSeveralLanes)
    // The lanes exist before vis-timeline draws, so that its first frame lays them out once.
    this.heights = this.heightsForCanvas()
    syncDataSet(this.groups, this.laneGroups())
    this.timeline = createVisTimeline(
      container,
      { items: this.items, groups: this.groups },
      { ...timelineOptions(index), ...initialWindow },
    )
    this.timeline.on('select', (properties: { items: (string | number)[] }) =>
      this.onSelect(properties.items.map(String)),
    )
    this.timeline.on('rangechange', () => this.scheduleDraw())
    this.timeline.on('rangechanged', (properties: { start: Date; end: Date; byUser: boolean }) => {
      this.draw()
      this.callbacks.onRangeChanged(properties.start, properties.end, properties.byUser)
    })
    this.timeline.on('changed', () => {
      hideAxisLabelsCutAtStart(container)
      this.callbacks.onRedraw()
    })
    // With many lanes the lane names scroll; a scrollable region must be reachable by keyboard.
    const laneNames = container.querySelector<HTMLElement>('.vis-panel.vis-left')
    laneNames?.setAttribute('tabindex', '0')
    laneNames?.setAttribute('role', 'group')
    laneNames?.setAttribute('aria-label', 'Lane names')
    this.resizeObserver = watchSize(container, {
      onFirstSize: () => this.fitRowsToHeight(),
      // vis-timeline redraws at the new size first: this frame, asked after its own, lays out after it.
      onResize: () => {
        this.timeline.redraw()
        cancelAnimationFrame(this.frame)
        this.frame = requestAnimationFrame(() => {
          this.applyHeights(this.heightsForCanvas())
          this.draw()
        })
      },
    })
    // vis-timeline has drawn its first frame, empty, in its constructor: the lane names' column, and so the
    // canvas' width, is known. The first marks are drawn now, with the periods, together, since each change to
    // its items costs vis-timeline a redraw.
    this.applyHeights(this.heightsForCanvas())
    this.draw(this.periodItems)
  }

  destroy(): void {
    cancelAnimationFrame(this.frame)
    this.markItems.dispose()
    this.resizeObserver.disconnect()
    this.timeline.destroy()
  }

  get vis(): VisTimeline {
    return this.timeline
  }

  /** New lanes or events: everything is laid out again. */
  setContent(content: WidgetContent): void {
    if (content.laneEvents === this.content.laneEvents) return
    if (content.isEventInSeveralLanes !== this.content.isEventInSeveralLanes) {
      // Item ids change shape (they name the lane): start from an empty timeline.
      this.markItems.dispose()
      this.items.remove(
        this.items.getIds().filter((id) => !String(id).startsWith(PERIOD_ITEM_PREFIX)),
      )
      this.markItems = this.newMarkItems(content.isEventInSeveralLanes)
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
    this.showSelection()
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
    return lanesPanel(this.container)?.clientWidth ?? 0
  }

  private relayout(): void {
    this.settings.selectedEventId = this.selectedEventId
    this.layouts.clear()
  }

  private heightsForCanvas(): LaneHeights {
    return heightsForCanvas(this.container, this.content, this.periodNames.length > 0)
  }

  private laneGroups(): LaneGroup[] {
    return toLaneGroups(this.content.lanes, this.heights)
  }

  /** Lays out again when the lanes or their rows change; else only draws what a resize uncovers. */
  private fitRowsToHeight(isForced = false): void {
    const hasChanged = this.applyHeights(this.heightsForCanvas())
    if (isForced && !hasChanged) {
      syncDataSet(this.groups, this.laneGroups())
      this.relayout()
    }
    if (hasChanged || isForced) this.draw()
    else this.scheduleDraw()
  }

  /** Gives the lanes their heights; returns whether that changed anything. */
  private applyHeights(heights: LaneHeights): boolean {
    if (isSameHeights(heights, this.heights)) return false
    this.heights = heights
    syncDataSet(this.groups, this.laneGroups())
    this.relayout()
    return true
  }

  private scheduleDraw(): void {
    cancelAnimationFrame(this.frame)
    this.frame = requestAnimationFrame(() => this.draw())
  }

  /** Lays out what the window uncovers and draws the window's marks with a window's margin on each side. */
  draw(otherItems: readonly MarkItem[] = []): void {
    cancelAnimationFrame(this.frame)
    const widthPx = this.canvasWidth()
    const { start, end } = this.timeline.getWindow()
    const startDay = toFractionalDay(start)
    const days = toFractionalDay(end) - startDay
    if (widthPx <= 0 || days <= 0) {
      if (otherItems.length > 0) addOutOfSight(this.items, otherItems)
      return
    }
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
    const isAtOnce = otherItems.length > 0
    this.markItems.sync(marks, level, this.selectedEventId, { otherItems, isAtOnce })
    placeNames(this.periodNames, { startDay, pxPerDay, widthPx })
  }

  private newMarkItems(isEventInSeveralLanes: boolean): MarkItems {
    return new MarkItems(this.items, this.index, isEventInSeveralLanes, (isDone) => {
      // Busy while lanes are still being redrawn, so that assistive technology waits for the new marks.
      this.container.setAttribute('aria-busy', String(!isDone))
      if (isDone) this.showSelection()
    })
  }

  /** vis-timeline selects items, not events: new items of the open event are selected as they come. */
  private showSelection(): void {
    this.timeline.setSelection(
      this.selectedEventId ? this.markItems.itemIdsOfEvent(this.selectedEventId) : [],
    )
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
    this.showSelection()
    if (mark?.kind === 'cluster' && isClusterItem(itemId)) this.callbacks.onChooseCluster(mark)
    else if (itemId.startsWith(PERIOD_ITEM_PREFIX)) {
      this.callbacks.onChoosePeriod(itemId.slice(PERIOD_ITEM_PREFIX.length))
    }
  }
}
