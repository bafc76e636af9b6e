/** The lanes as vis-timeline groups: as many rows each as the canvas' height allows, and the lane of periods. */
import { PERIOD_LANE_ID, type Lane } from './lanes'
import type { LaneEvents } from './layout/lane-layout'
import { ROW_PX } from './layout/marks'
import { laneLabelElement } from './mark-elements'
import { titleMeasurer, type TitleMeasurer } from './measure-title'
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
  /** The lines of its name each lane has room for, where names are written across (not up the side). */
  nameLines?: ReadonlyMap<string, number>
}

const isSameCounts = (a?: ReadonlyMap<string, number>, b?: ReadonlyMap<string, number>) =>
  (a?.size ?? 0) === (b?.size ?? 0) &&
  [...(a ?? [])].every(([lane, count]) => b?.get(lane) === count)

export function isSameHeights(a: LaneHeights, b: LaneHeights): boolean {
  return (
    a.periodLanePx === b.periodLanePx &&
    isSameCounts(a.rows, b.rows) &&
    isSameCounts(a.nameLines, b.nameLines)
  )
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

/** Lines `text` takes wrapped at its spaces within `maxPx`; a word longer than a line takes a line of its own. */
export function wrappedLineCount(text: string, maxPx: number, measure: TitleMeasurer): number {
  const spacePx = measure(' ')
  let lines = 1
  let linePx = 0
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const wordPx = measure(word)
    if (linePx > 0 && linePx + spacePx + wordPx > maxPx) {
      lines += 1
      linePx = wordPx
    } else {
      linePx += (linePx > 0 ? spacePx : 0) + wordPx
    }
  }
  return lines
}

type LaneNameRoom = {
  /** The room a name needs along its lane's height to be written whole. */
  neededPx: (name: string) => number
  /** The lines of a name written across a lane this tall; null where names run up the side. */
  linesIn: ((lanePx: number) => number) | null
}

/**
 * Lane names as the stylesheet draws them in `container` now: up the side of the lane on a phone (a name needs
 * its length), across it elsewhere (a name needs its lines, wrapped within the label's largest width).
 */
function laneNameRoom(container: HTMLElement): LaneNameRoom {
  const probe = laneLabelElement('', 0, 1)
  container.append(probe)
  const style = getComputedStyle(probe)
  const isUpTheSide = style.writingMode.startsWith('vertical')
  const measure = titleMeasurer(`${style.fontWeight} ${style.fontSize} ${style.fontFamily}`)
  const paddingPx = parseFloat(style.paddingTop) + parseFloat(style.paddingBottom)
  const textMaxPx =
    parseFloat(style.maxWidth) - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)
  const linePx = parseFloat(style.lineHeight)
  probe.remove()
  if (isUpTheSide) {
    return { neededPx: (name) => Math.ceil(measure(name) + paddingPx), linesIn: null }
  }
  if (!(textMaxPx > 0 && linePx > 0)) return { neededPx: () => 0, linesIn: null }
  return {
    neededPx: (name) => wrappedLineCount(name, textMaxPx, measure) * linePx + paddingPx,
    linesIn: (lanePx) => Math.max(1, Math.floor((lanePx - paddingPx) / linePx)),
  }
}

const lanePx = (rows: number) => rows * ROW_PX + LANE_PADDING_PX

/** The lanes' heights in the canvas vis-timeline has drawn in `container` (laneHeights). */
export function heightsForCanvas(
  container: HTMLElement,
  { lanes, laneEvents }: { lanes: readonly Lane[]; laneEvents: readonly LaneEvents[] },
  hasPeriodNames: boolean,
): LaneHeights {
  const axisPx = container.querySelector<HTMLElement>('.vis-panel.vis-top')?.offsetHeight
  const nameOf = new Map(lanes.map((lane) => [lane.id, lane.label]))
  const { neededPx, linesIn } = laneNameRoom(container)
  const needs = laneEvents.map((lane) => ({
    lane: lane.lane,
    eventCount: lane.shortEvents.length + lane.longEvents.length,
    namePx: neededPx(nameOf.get(lane.lane) ?? ''),
  }))
  const heights = laneHeights(
    needs,
    container.clientHeight,
    axisPx || AXIS_PX,
    hasPeriodNames ? neededPx(PERIOD_LANE_NAME) : null,
  )
  if (!linesIn) return heights
  const nameLines = new Map([...heights.rows].map(([lane, rows]) => [lane, linesIn(lanePx(rows))]))
  return { ...heights, nameLines }
}

export function toLaneGroups(lanes: readonly Lane[], heights: LaneHeights): LaneGroup[] {
  const groups = lanes.map((lane) => ({
    id: lane.id,
    content: laneLabelElement(
      lane.label,
      lanePx(heights.rows.get(lane.id) ?? 1),
      heights.nameLines?.get(lane.id) ?? 1,
    ),
    order: lane.order,
  }))
  if (heights.periodLanePx === 0) return groups
  return [
    ...groups,
    {
      id: PERIOD_LANE_ID,
      content: laneLabelElement(PERIOD_LANE_NAME, heights.periodLanePx, 1),
      order: Number.MAX_SAFE_INTEGER,
    },
  ]
}
