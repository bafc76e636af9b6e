/**
 * The marks of one lane at one zoom level, laid out region by region as the reader pans, and never moved once
 * placed. In each new region the events are taken most important first (the open event, then milestones, then
 * earlier events) and each gets a title in the first row with room for it: milestones and the open event their
 * whole title, the others the shortest label first, widened afterwards into whatever room is left before the
 * next label, so that as many events as the rows can hold get a title. What is left goes to the lane's last row
 * (bottom-row.ts). Cost: O(k log k) for the k events of a new region.
 */
import { placeBottomRow, type BottomRowContext } from './bottom-row'
import { IntervalRow } from './interval-row'
import { labelBox, shortestLabelBox, type LabelBox } from './label-boxes'
import { GAP_PX, type EventMark, type LayoutEvent, type Mark } from './marks'
import { bucketOf, type ZoomLevel } from './zoom-level'

/** Events up to this long are found by their first day; longer ones are few and checked one by one. */
export const SHORT_SPAN_DAYS = 31

export type LaneEvents = {
  lane: string
  /** Events of at most SHORT_SPAN_DAYS days, by first day. */
  shortEvents: readonly LayoutEvent[]
  longEvents: readonly LayoutEvent[]
}

export type LayoutSettings = {
  /** Rows of a lane, the last for dots and clusters; at least 1. */
  rowsOf: (lane: string) => number
  /** The width of an event's title as drawn, in pixels. */
  measureTitle: (event: LayoutEvent) => number
  selectedEventId: string | null
}

/** Marks this much wider than a label are kept apart, so that finding marks by position stays a binary search. */
const WIDE_MARK_PX = 1200

const MILESTONE = 3

/**
 * Events in the order they are given room: the open event, then milestones, then the rest by importance, each
 * group in time order. Grouped, not sorted: `events` are in time order already, and can be 50,000.
 */
function inPriorityOrder(
  events: readonly LayoutEvent[],
  selectedEventId: string | null,
): LayoutEvent[] {
  const selected: LayoutEvent[] = []
  const byImportance: LayoutEvent[][] = [[], [], []]
  for (const event of events) {
    if (event.id === selectedEventId) selected.push(event)
    else byImportance[MILESTONE - event.importance]?.push(event)
  }
  return selected.concat(...byImportance)
}

/** The first index whose value is at least `value`, in an array sorted by `valueOf`. */
function lowerBound<T>(items: readonly T[], value: number, valueOf: (item: T) => number): number {
  let low = 0
  let high = items.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (valueOf(items[middle] as T) < value) low = middle + 1
    else high = middle
  }
  return low
}

export class LaneLayout {
  private readonly labelRows: IntervalRow[]
  private readonly placed = new Set<string>()
  private readonly marksByEvent = new Map<string, Mark>()
  /** Sorted by fromPx. */
  private marks: Mark[] = []
  private wideMarks: Mark[] = []
  private readonly bottomRow: BottomRowContext

  constructor(
    private readonly laneEvents: LaneEvents,
    private readonly level: ZoomLevel,
    private readonly settings: LayoutSettings,
  ) {
    const rows = Math.max(1, settings.rowsOf(laneEvents.lane))
    this.labelRows = Array.from({ length: rows - 1 }, () => new IntervalRow())
    this.bottomRow = {
      lane: laneEvents.lane,
      row: rows - 1,
      level,
      bucketOf: (day) => this.bucketOf(day),
      boxOf: (event) => this.boxOf(event),
      labelMark: (event, row, box, toPx) => this.labelMark(event, row, box, toPx),
    }
  }

  private bucketOf(day: number): number {
    return bucketOf(day, this.level.bucketDays)
  }

  private boxOf(event: LayoutEvent): LabelBox {
    return labelBox(event, this.settings.measureTitle(event), this.level.pxPerDay)
  }

  private labelMark(event: LayoutEvent, row: number, box: LabelBox, toPx: number): EventMark {
    const { fromPx } = box
    return {
      kind: 'label',
      event,
      lane: this.laneEvents.lane,
      row,
      key: event.position,
      anchorDay: event.isSpan ? event.firstDay : event.firstDay + 0.5,
      fromPx,
      toPx,
      labelPx: Math.min(box.wantedPx, toPx - fromPx),
    }
  }

  /**
   * The events that start in buckets [fromBucket, toBucket), and the long ones that reach into them, in time
   * order.
   */
  private candidatesIn(fromBucket: number, toBucket: number): LayoutEvent[] {
    const { shortEvents, longEvents } = this.laneEvents
    const startBucket = (event: LayoutEvent) => this.bucketOf(event.firstDay)
    const first = lowerBound(shortEvents, fromBucket, startBucket)
    const last = lowerBound(shortEvents, toBucket, startBucket)
    const candidates = shortEvents.slice(first, last)
    const shortCount = candidates.length
    for (const event of longEvents) {
      if (startBucket(event) < toBucket && this.bucketOf(event.lastDay) >= fromBucket) {
        candidates.push(event)
      }
    }
    // The short events are in time order already; the few long ones are merged in.
    if (candidates.length > shortCount) candidates.sort((a, b) => a.position - b.position)
    return candidates.filter((event) => !this.placed.has(event.id))
  }

  /** Lays out the events that start in the buckets [fromBucket, toBucket). */
  placeRegion(fromBucket: number, toBucket: number): void {
    const { selectedEventId } = this.settings
    const candidates = inPriorityOrder(this.candidatesIn(fromBucket, toBucket), selectedEventId)
    const labels: { event: LayoutEvent; box: LabelBox; row: number; toPx: number }[] = []
    const leftovers: LayoutEvent[] = []
    for (const event of candidates) {
      this.placed.add(event.id)
      // Measuring a title costs more than the rest of its placement: rule the crowded rows out first.
      const guess = shortestLabelBox(event, this.level.pxPerDay)
      if (!this.labelRows.some((labelRow) => labelRow.isFree(guess.fromPx, guess.shortestToPx))) {
        leftovers.push(event)
        continue
      }
      const box = this.boxOf(event)
      const isWhole = event.importance >= MILESTONE || event.id === selectedEventId
      const toPx = isWhole ? box.fullToPx : box.shortestToPx
      const row = this.labelRows.findIndex((labelRow) => labelRow.take(box.fromPx, toPx + GAP_PX))
      if (row === -1) leftovers.push(event)
      else labels.push({ event, box, row, toPx })
    }
    const added: Mark[] = labels.map(({ event, box, row, toPx }) => {
      const labelRow = this.labelRows[row] as IntervalRow
      const widenedToPx = Math.max(
        toPx,
        Math.min(box.fullToPx, labelRow.nextStartAfter(box.fromPx) - GAP_PX),
      )
      labelRow.extend(box.fromPx, widenedToPx + GAP_PX)
      return this.labelMark(event, row, box, widenedToPx)
    })
    added.push(...placeBottomRow(leftovers, fromBucket, toBucket, this.bottomRow))
    for (const mark of added) {
      for (const event of mark.kind === 'cluster' ? mark.events : [mark.event]) {
        this.marksByEvent.set(event.id, mark)
      }
      if (mark.toPx - mark.fromPx > WIDE_MARK_PX) this.wideMarks.push(mark)
      else this.marks.push(mark)
    }
    this.marks.sort((a, b) => a.fromPx - b.fromPx)
  }

  /** The marks that reach into [fromDay, toDay). */
  marksIn(fromDay: number, toDay: number): Mark[] {
    const fromPx = fromDay * this.level.pxPerDay
    const toPx = toDay * this.level.pxPerDay
    const found: Mark[] = []
    for (
      let index = lowerBound(this.marks, fromPx - WIDE_MARK_PX, (mark) => mark.fromPx);
      index < this.marks.length && (this.marks[index]?.fromPx ?? Infinity) < toPx;
      index += 1
    ) {
      const mark = this.marks[index] as Mark
      if (mark.toPx > fromPx) found.push(mark)
    }
    for (const mark of this.wideMarks)
      if (mark.fromPx < toPx && mark.toPx > fromPx) found.push(mark)
    return found
  }

  markOf(eventId: string): Mark | undefined {
    return this.marksByEvent.get(eventId)
  }
}
