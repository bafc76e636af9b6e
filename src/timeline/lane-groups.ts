/** The lanes as vis-timeline groups: as many rows each as the canvas' height allows, and the lane of periods. */
import { PERIOD_LANE_ID, type Lane } from './lanes'
import { ROW_PX } from './layout/marks'
import { laneLabelElement } from './mark-elements'
import { PERIOD_LANE_PX } from './period-items'

export type LaneGroup = { id: string; content: HTMLElement; order: number }

const MAX_ROWS = 10
/** Around a lane's rows: the item margin above and below them. */
const LANE_PADDING_PX = 4

/** Rows per lane so that every lane fits the canvas' height; the last row holds the dots and clusters. */
export function rowsForHeight(
  canvasHeightPx: number,
  axisHeightPx: number,
  laneCount: number,
  hasPeriodNames: boolean,
): number {
  const availablePx = canvasHeightPx - axisHeightPx - (hasPeriodNames ? PERIOD_LANE_PX : 0)
  const rows = Math.floor((availablePx / Math.max(1, laneCount) - LANE_PADDING_PX) / ROW_PX)
  return Math.min(MAX_ROWS, Math.max(1, rows))
}

export function toLaneGroups(
  lanes: readonly Lane[],
  rows: number,
  hasPeriodNames: boolean,
): LaneGroup[] {
  const groups = lanes.map((lane) => ({
    id: lane.id,
    content: laneLabelElement(lane.label, rows * ROW_PX + LANE_PADDING_PX),
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
