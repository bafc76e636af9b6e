/**
 * Which period names are written under the lanes, and on which row. A name is written at the left of the part
 * of its band that is on screen, only when that part is wide enough for it, and never over another name; the
 * widest bands on screen are named first. A period left unnamed here is still reached through the legend.
 */
import { compareCodeUnits } from '../../data/compare-code-units'
import { IntervalRow } from './interval-row'

export type PeriodBand = {
  id: string
  /** The band's extent, in pixels from the left edge of the canvas. */
  fromPx: number
  toPx: number
  nameWidthPx: number
}

export const PERIOD_NAME_ROWS = 2
/** Room kept after a name, inside its band and before the next name. */
export const PERIOD_NAME_PADDING_PX = 8

/** Period id → row, for the names that are written. */
export function placePeriodNames(
  bands: readonly PeriodBand[],
  canvasWidthPx: number,
  rowCount = PERIOD_NAME_ROWS,
): Map<string, number> {
  const visible = bands
    .map((band) => {
      const fromPx = Math.max(0, band.fromPx)
      return { band, fromPx, widthPx: Math.min(canvasWidthPx, band.toPx) - fromPx }
    })
    .filter(({ band, widthPx }) => widthPx >= band.nameWidthPx + PERIOD_NAME_PADDING_PX)
    .sort((a, b) => b.widthPx - a.widthPx || compareCodeUnits(a.band.id, b.band.id))
  const rows = Array.from({ length: rowCount }, () => new IntervalRow())
  const placed = new Map<string, number>()
  for (const { band, fromPx } of visible) {
    const row = rows.findIndex((candidate) =>
      candidate.take(fromPx, fromPx + band.nameWidthPx + PERIOD_NAME_PADDING_PX),
    )
    if (row !== -1) placed.set(band.id, row)
  }
  return placed
}
