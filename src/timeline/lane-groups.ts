/** The lanes as vis-timeline groups: as many rows each as the canvas' height allows, and the lane of periods. */
import { PERIOD_LANE_ID, type Lane } from './lanes'
import type { LaneEvents } from './layout/lane-layout'
import { ROW_PX } from './layout/marks'
import { laneLabelElement } from './mark-elements'
import { PERIOD_LANE_PX } from './period-items'

export type LaneGroup = { id: string; content: HTMLElement; order: number }

const MAX_ROWS = 10
/** Around a lane's rows: the item margin above and below them. */
const LANE_PADDING_PX = 4

/**
 * Rows for each lane so that every lane fits the canvas' height (the last row of each holds its dots and
 * clusters). Each lane gets two rows when there is room, one when there is not; the rows left go to the lanes
 * with the most events, in proportion to them, so that a crowded lane has room for more titles.
 */
export function rowsByLane(
  lanes: readonly { lane: string; eventCount: number }[],
  canvasHeightPx: number,
  axisHeightPx: number,
  hasPeriodNames: boolean,
): Map<string, number> {
  const availablePx = canvasHeightPx - axisHeightPx - (hasPeriodNames ? PERIOD_LANE_PX : 0)
  const totalRows = Math.floor((availablePx - lanes.length * LANE_PADDING_PX) / ROW_PX)
  const least = totalRows >= 2 * lanes.length ? 2 : 1
  const rows = new Map(lanes.map(({ lane }) => [lane, least]))
  const allEvents = lanes.reduce((sum, { eventCount }) => sum + eventCount, 0)
  const spare = Math.max(0, totalRows - least * lanes.length)
  if (allEvents === 0 || spare === 0) return rows
  // Largest remainder: whole shares first, then the rows left by the largest fractions.
  const shares = lanes.map(({ lane, eventCount }) => ({
    lane,
    share: (spare * eventCount) / allEvents,
  }))
  for (const { lane, share } of shares) rows.set(lane, least + Math.floor(share))
  let left = spare - shares.reduce((sum, { share }) => sum + Math.floor(share), 0)
  for (const { lane } of [...shares].sort((a, b) => (b.share % 1) - (a.share % 1))) {
    if (left === 0) break
    rows.set(lane, (rows.get(lane) ?? least) + 1)
    left -= 1
  }
  for (const [lane, count] of rows) rows.set(lane, Math.min(MAX_ROWS, count))
  return rows
}

/** The time axis above the lanes, before it is first drawn and measured. */
const AXIS_PX = 48

/** Rows for each lane in the canvas vis-timeline has drawn in `container` (rowsByLane). */
export function rowsForCanvas(
  container: HTMLElement,
  laneEvents: readonly LaneEvents[],
  hasPeriodNames: boolean,
): Map<string, number> {
  const axisPx = container.querySelector<HTMLElement>('.vis-panel.vis-top')?.offsetHeight
  const counts = laneEvents.map((lane) => ({
    lane: lane.lane,
    eventCount: lane.shortEvents.length + lane.longEvents.length,
  }))
  return rowsByLane(counts, container.clientHeight, axisPx || AXIS_PX, hasPeriodNames)
}

export function toLaneGroups(
  lanes: readonly Lane[],
  rows: ReadonlyMap<string, number>,
  hasPeriodNames: boolean,
): LaneGroup[] {
  const groups = lanes.map((lane) => ({
    id: lane.id,
    content: laneLabelElement(lane.label, (rows.get(lane.id) ?? 1) * ROW_PX + LANE_PADDING_PX),
    order: lane.order,
  }))
  if (!hasPeriodNames) return groups
  return [
    ...groups,
    {
      id: PERIOD_LANE_ID,
      content: laneLabelElement('Periods', PERIOD_LANE_PX),
      order: Number.MAX_SAFE_INTEGER,
    },
  ]
}
