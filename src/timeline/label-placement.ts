/**
 * Which events get a text label at the current zoom. Labels run to the right of their date and vis-timeline
 * stacks whatever overlaps, so labelling everything at a coarse zoom makes lanes hundreds of rows tall. Instead,
 * labels go to the events that matter most (the open one, then milestones, then earlier events) as long as
 * each lane keeps to a few rows; the others are drawn as dots and get their labels when the reader zooms in.
 */

export type LabelCandidate = {
  id: string
  lane: string
  /** Horizontal position of the event's start and end on the canvas, in pixels. */
  startPx: number
  endPx: number
  /** How wide its label would be. */
  labelWidthPx: number
  /** Higher first. */
  priority: number
}

const GAP_PX = 8

export function placeLabels(
  candidates: readonly LabelCandidate[],
  maxRowsPerLane: number,
): Set<string> {
  const ordered = [...candidates].sort((a, b) => b.priority - a.priority || a.startPx - b.startPx)
  const rowsByLane = new Map<string, { start: number; end: number }[][]>()
  const labelled = new Set<string>()
  for (const candidate of ordered) {
    const start = candidate.startPx
    const end = Math.max(candidate.endPx, candidate.startPx + candidate.labelWidthPx) + GAP_PX
    const rows = rowsByLane.get(candidate.lane) ?? []
    rowsByLane.set(candidate.lane, rows)
    const freeRow = rows.findIndex((row) =>
      row.every((taken) => end <= taken.start || start >= taken.end),
    )
    if (freeRow !== -1) {
      rows[freeRow]?.push({ start, end })
      labelled.add(candidate.id)
    } else if (rows.length < maxRowsPerLane) {
      rows.push([{ start, end }])
      labelled.add(candidate.id)
    }
  }
  return labelled
}

const AVERAGE_CHARACTER_PX = 7
const LABEL_PADDING_PX = 30
export const MAX_LABEL_PX = 256

/** A label's width from its text, as the stylesheet draws it (13 px text, at most 16rem). */
export function estimateLabelWidth(text: string): number {
  return Math.min(MAX_LABEL_PX, text.length * AVERAGE_CHARACTER_PX + LABEL_PADDING_PX)
}

const ROW_HEIGHT_PX = 32
const AXIS_HEIGHT_PX = 56

/** How many rows of labels each lane can have so that every lane fits in the canvas. */
export function maxLabelRows(canvasHeightPx: number, laneCount: number): number {
  const rows = Math.floor(
    (canvasHeightPx - AXIS_HEIGHT_PX) / Math.max(1, laneCount) / ROW_HEIGHT_PX,
  )
  return Math.min(12, Math.max(1, rows - 1))
}
