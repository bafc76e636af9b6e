/** Range maths for the zoom buttons and presets; the timeline only draws what these return. */
import type { VisibleRange } from '../view/view-state'

export const MIN_VISIBLE_DAYS = 3
/** The widest window of a dataset of a few decades; one that spans centuries may be seen whole. */
export const MAX_VISIBLE_DAYS = 40 * 365

/**
 * How far out the reader may zoom: 40 years, or the whole extent of the events (DatasetIndex's `extent`) with
 * room around it.
 */
export function maxVisibleDays(extent: { firstDay: number; lastDay: number } | null): number {
  if (!extent) return MAX_VISIBLE_DAYS
  return Math.max(MAX_VISIBLE_DAYS, Math.ceil((extent.lastDay - extent.firstDay + 1) * 1.5))
}

export const ZOOM_PRESETS = {
  year: 365,
  month: 30,
  week: 7,
} as const
export type ZoomPreset = keyof typeof ZOOM_PRESETS

export function spanInDays(range: VisibleRange): number {
  return range.endDay - range.startDay + 1
}

/** A range of `days` days centred on `centerDay`, clamped to the zoom limits. */
export function rangeAround(
  centerDay: number,
  days: number,
  maxDays = MAX_VISIBLE_DAYS,
): VisibleRange {
  const clampedDays = Math.round(Math.min(maxDays, Math.max(MIN_VISIBLE_DAYS, days)))
  const startDay = Math.round(centerDay - clampedDays / 2)
  return { startDay, endDay: startDay + clampedDays - 1 }
}

export function centerOf(range: VisibleRange): number {
  return (range.startDay + range.endDay + 1) / 2
}

/** Zooming keeps the centre: factor 0.5 shows half as many days, 2 twice as many. */
export function zoomRange(
  range: VisibleRange,
  factor: number,
  maxDays = MAX_VISIBLE_DAYS,
): VisibleRange {
  return rangeAround(centerOf(range), spanInDays(range) * factor, maxDays)
}

/**
 * The window that shows every given event, with room on the right for the labels that start at the last
 * ones (labels run to the right of their date).
 */
export function fitRange(
  spans: readonly { firstDay: number; lastDay: number }[],
  /** The share of the width to keep free after the last event: a label is wide on a narrow canvas. */
  labelRoom = 0.14,
): VisibleRange | null {
  if (spans.length === 0) return null
  let firstDay = Infinity
  let lastDay = -Infinity
  for (const span of spans) {
    firstDay = Math.min(firstDay, span.firstDay)
    lastDay = Math.max(lastDay, span.lastDay)
  }
  const days = Math.max(MIN_VISIBLE_DAYS, lastDay - firstDay + 1)
  return {
    startDay: Math.floor(firstDay - Math.max(3, days * 0.03)),
    endDay: Math.ceil(lastDay + Math.max(10, (days * labelRoom) / (1 - labelRoom))),
  }
}

/** The preset a range matches, if any: no range is "all", a range of about 365 days is "year", and so on. */
export function presetMatching(range: VisibleRange | null): ZoomPreset | 'all' | null {
  if (range === null) return 'all'
  const match = Object.entries(ZOOM_PRESETS).find(
    ([, days]) => Math.abs(spanInDays(range) - days) <= 1,
  )
  return (match?.[0] as ZoomPreset | undefined) ?? null
}

/**
 * The window that opens a cluster: its events' days with room around them. Null when that is hardly narrower
 * than what is shown (its events share a day at the closest zoom): the cluster then lists its events instead.
 */
export function rangeForCluster(
  firstDay: number,
  lastDay: number,
  current: VisibleRange,
): VisibleRange | null {
  const target = rangeAround((firstDay + lastDay + 1) / 2, (lastDay - firstDay + 1) * 1.6)
  return spanInDays(target) <= spanInDays(current) * 0.75 ? target : null
}

/** The window that shows a period, with a little room on either side. */
export function rangeForSpan(span: { firstDay: number; lastDay: number }): VisibleRange | null {
  return fitRange([span], 0.05)
}
