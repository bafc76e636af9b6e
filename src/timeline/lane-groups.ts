/** The lanes as vis-timeline groups: as many rows each as the canvas' height allows, and the lane of periods. */
import { PERIOD_LANE_ID, type Lane } from './lanes'
import type { LaneEvents } from './layout/lane-layout'
import { ROW_PX } from './layout/marks'
import { laneLabelElement } from './mark-elements'
import { titleMeasurer } from './measure-title'
import { PERIOD_LANE_PX } from './period-items'

export type LaneGroup = { id: string; content: HTMLElement; order: number }

const MAX_ROWS = 10
const PERIOD_LANE_NAME = 'Periods'
/** Around a lane's rows: the item margin above and below them. */
const LANE_PADDING_PX = 4

export type LaneHeights = {
  /** Rows for each lane of events. */
  rows: Map<string, number>
  /** The height of the lane of period names; 0 when there is none. */
  periodLanePx: number
}

type LaneNeeds = {
  lane: string
  eventCount: number
  /** The room a lane's name needs along the lane's height: 0 where names are written across. */
  namePx?: number
}

const rowsForPx = (px: number) => Math.ceil((px - LANE_PADDING_PX) / ROW_PX)

/**
 * Rows for each lane so that every lane fits the canvas' height (the last row of each holds its dots and
 * clusters). Each lane gets two rows when there is room, one when there is not, and room for its whole name when
 * names run up the side of their lanes and all of them fit; the rows left go to the lanes with the most events,
 * in proportion to them, so that a crowded lane has room for more titles. `periodNamePx` is null without a lane
 * of period names, else the room its name needs.
 */
export function laneHeights(
  lanes: readonly LaneNeeds[],
  canvasHeightPx: number,
  axisHeightPx: number,
  periodNamePx: number | null,
): LaneHeights {
  const heightsFor = (isNamedWhole: boolean) => {
    const periodLanePx =
      periodNamePx === null ? 0 : Math.max(PERIOD_LANE_PX, isNamedWhole ? periodNamePx : 0)
    const availablePx = canvasHeightPx - axisHeightPx - periodLanePx
    const totalRows = Math.floor((availablePx - lanes.length * LANE_PADDING_PX) / ROW_PX)
    const least = totalRows >= 2 * lanes.length ? 2 : 1
    const leastRows = new Map(
      lanes.map(({ lane, namePx = 0 }) => [
        lane,
        Math.max(least, isNamedWhole ? rowsForPx(namePx) : 0),
      ]),
    )
    const spare = totalRows - [...leastRows.values()].reduce((sum, rows) => sum + rows, 0)
    return { leastRows, spare, periodLanePx }
  }
  const named = heightsFor(true)
  const { leastRows, spare, periodLanePx } = named.spare >= 0 ? named : heightsFor(false)
  const rows = new Map(leastRows)
  const allEvents = lanes.reduce((sum, { eventCount }) => sum + eventCount, 0)
  if (allEvents === 0 || spare <= 0) return { rows, periodLanePx }
  // Largest remainder: whole shares first, then the rows left by the largest fractions.
  const shares = lanes.map(({ lane, eventCount }) => ({
    lane,
    share: (spare * eventCount) / allEvents,
  }))
  for (const { lane, share } of shares)
    rows.set(lane, (leastRows.get(lane) ?? 1) + Math.floor(share))
  let left = spare - shares.reduce((sum, { share }) => sum + Math.floor(share), 0)
  for (const { lane } of [...shares].sort((a, b) => (b.share % 1) - (a.share % 1))) {
    if (left === 0) break
    rows.set(lane, (rows.get(lane) ?? 1) + 1)
    left -= 1
  }
  for (const [lane, count] of rows) {
    rows.set(lane, Math.max(leastRows.get(lane) ?? 1, Math.min(MAX_ROWS, count)))
  }
  return { rows, periodLanePx }
}

/** The time axis above the lanes, before it is first drawn and measured. */
const AXIS_PX = 48

/**
 * How much room a lane's name needs along its lane, as the stylesheet draws names in `container` now: up the
 * side of the lane on a phone (so its length), across it elsewhere (no constraint).
 */
function laneNameMeasurer(container: HTMLElement): (name: string) => number {
  const probe = laneLabelElement('', 0)
  container.append(probe)
  const style = getComputedStyle(probe)
  const isUpTheSide = style.writingMode.startsWith('vertical')
  const font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`
  const paddingPx = parseFloat(style.paddingTop) + parseFloat(style.paddingBottom)
  probe.remove()
  if (!isUpTheSide) return () => 0
  const measure = titleMeasurer(font)
  return (name) => Math.ceil(measure(name) + paddingPx)
}

/** The lanes' heights in the canvas vis-timeline has drawn in `container` (laneHeights). */
export function heightsForCanvas(
  container: HTMLElement,
  { lanes, laneEvents }: { lanes: readonly Lane[]; laneEvents: readonly LaneEvents[] },
  hasPeriodNames: boolean,
): LaneHeights {
  const axisPx = container.querySelector<HTMLElement>('.vis-panel.vis-top')?.offsetHeight
  const nameOf = new Map(lanes.map((lane) => [lane.id, lane.label]))
  const namePx = laneNameMeasurer(container)
  const needs = laneEvents.map((lane) => ({
    lane: lane.lane,
    eventCount: lane.shortEvents.length + lane.longEvents.length,
    namePx: namePx(nameOf.get(lane.lane) ?? ''),
  }))
  return laneHeights(
    needs,
    container.clientHeight,
    axisPx || AXIS_PX,
    hasPeriodNames ? namePx(PERIOD_LANE_NAME) : null,
  )
}

export function toLaneGroups(lanes: readonly Lane[], heights: LaneHeights): LaneGroup[] {
  const groups = lanes.map((lane) => ({
    id: lane.id,
    content: laneLabelElement(
      lane.label,
      (heights.rows.get(lane.id) ?? 1) * ROW_PX + LANE_PADDING_PX,
    ),
    order: lane.order,
  }))
  if (heights.periodLanePx === 0) return groups
  return [
    ...groups,
    {
      id: PERIOD_LANE_ID,
      content: laneLabelElement(PERIOD_LANE_NAME, heights.periodLanePx),
      order: Number.MAX_SAFE_INTEGER,
    },
  ]
}
