/**
 * A lane's last row: the events that found no room for a title above, one time bucket at a time. A bucket's
 * events are dots where they fit apart inside it, else one cluster; then, left to right, a dot becomes a title
 * where the row is free up to its next neighbour. Every mark stays inside its region (the next region's buckets
 * are laid out later), and inside its bucket unless it became a title.
 */
import type { LabelBox } from './label-boxes'
import {
  GAP_PX,
  MARK_PX,
  clusterWidthPx,
  type EventMark,
  type LayoutEvent,
  type Mark,
} from './marks'
import type { ZoomLevel } from './zoom-level'

export type BottomRowContext = {
  lane: string
  row: number
  level: ZoomLevel
  bucketOf: (day: number) => number
  boxOf: (event: LayoutEvent) => LabelBox
  labelMark: (event: LayoutEvent, row: number, box: LabelBox, toPx: number) => EventMark
}

type Segment = { fromPx: number; toPx: number }

const clamp = (value: number, low: number, high: number) =>
  Math.min(Math.max(value, low), Math.max(low, high))

const centreOf = (event: LayoutEvent) => (event.firstDay + event.lastDay + 1) / 2

function dotsIn(
  events: readonly LayoutEvent[],
  segment: Segment,
  context: BottomRowContext,
): EventMark[] | null {
  const half = MARK_PX / 2
  const { pxPerDay } = context.level
  const dots: EventMark[] = []
  let previousToPx = -Infinity
  for (const event of [...events].sort((a, b) => centreOf(a) - centreOf(b))) {
    const centrePx = clamp(
      centreOf(event) * pxPerDay,
      segment.fromPx + half,
      segment.toPx - half - GAP_PX,
    )
    if (centrePx - half < previousToPx + GAP_PX) return null
    previousToPx = centrePx + half
    dots.push({
      kind: 'dot',
      event,
      lane: context.lane,
      row: context.row,
      key: event.position,
      anchorDay: centrePx / pxPerDay,
      fromPx: centrePx - half,
      toPx: centrePx + half,
      labelPx: 0,
    })
  }
  return dots
}

function clusterMark(
  bucket: number,
  events: readonly LayoutEvent[],
  segment: Segment,
  context: BottomRowContext,
): Mark {
  const { pxPerDay } = context.level
  const ordered = [...events].sort((a, b) => a.position - b.position)
  const half = clusterWidthPx(events.length) / 2
  const meanPx =
    (events.reduce((sum, event) => sum + centreOf(event), 0) / events.length) * pxPerDay
  const centrePx = clamp(meanPx, segment.fromPx + half, segment.toPx - half - GAP_PX)
  return {
    kind: 'cluster',
    bucket,
    events: ordered,
    lane: context.lane,
    row: context.row,
    key: ordered[0]?.position ?? 0,
    anchorDay: centrePx / pxPerDay,
    firstDay: Math.min(...events.map((event) => event.firstDay)),
    lastDay: Math.max(...events.map((event) => event.lastDay)),
    fromPx: centrePx - half,
    toPx: centrePx + half,
  }
}

export function placeBottomRow(
  leftovers: readonly LayoutEvent[],
  fromBucket: number,
  toBucket: number,
  context: BottomRowContext,
): Mark[] {
  const { bucketDays, pxPerDay } = context.level
  const byBucket = new Map<number, LayoutEvent[]>()
  for (const event of leftovers) {
    // A long event that began before the region is counted in the region's first bucket.
    const bucket = Math.max(fromBucket, context.bucketOf(event.firstDay))
    const inBucket = byBucket.get(bucket)
    if (inBucket) inBucket.push(event)
    else byBucket.set(bucket, [event])
  }
  const marks: Mark[] = []
  for (const [bucket, events] of [...byBucket].sort((a, b) => a[0] - b[0])) {
    const segment = {
      fromPx: bucket * bucketDays * pxPerDay,
      toPx: (bucket + 1) * bucketDays * pxPerDay,
    }
    marks.push(
      ...(dotsIn(events, segment, context) ?? [clusterMark(bucket, events, segment, context)]),
    )
  }
  marks.sort((a, b) => a.fromPx - b.fromPx)
  const region = {
    fromPx: fromBucket * bucketDays * pxPerDay,
    toPx: toBucket * bucketDays * pxPerDay,
  }
  let previousToPx = -Infinity
  return marks.map((mark, position) => {
    let placed = mark
    if (mark.kind === 'dot') {
      const box = context.boxOf(mark.event)
      const roomToPx = (marks[position + 1]?.fromPx ?? region.toPx) - GAP_PX
      if (
        box.fromPx >= Math.max(region.fromPx, previousToPx + GAP_PX) &&
        box.shortestToPx <= roomToPx
      ) {
        placed = context.labelMark(mark.event, context.row, box, Math.min(box.fullToPx, roomToPx))
      }
    }
    previousToPx = placed.toPx
    return placed
  })
}
