/**
 * The room an event's title takes on its row. A point event's label begins with its dot, centred on the date; a
 * band's title starts where the band starts and is at least as long as the band. A label may be shortened, its
 * title cut with an ellipsis, down to MIN_LABEL_PX, so that more events get a title where rows are crowded.
 */
import { LABEL_LEAD_PX, MARK_PX, type LayoutEvent } from './marks'

/** Around a point's title: the dot before it, and padding after it. */
const POINT_CHROME_PX = MARK_PX + 10
/** Around a band's title: padding and a dashed border on both sides. */
const BAND_CHROME_PX = 24
export const MAX_LABEL_PX = 280
/** The shortest label worth drawing: about twelve characters of a title. */
export const MIN_LABEL_PX = 120

/** No character of a title at 13 pixels is narrower than this: a width guessed from it is never too wide. */
const NARROWEST_CHARACTER_PX = 3

/** A label no longer than the real one, to rule rows out before measuring a title. */
export function shortestLabelBox(event: LayoutEvent, pxPerDay: number): LabelBox {
  return labelBox(event, event.titleLength * NARROWEST_CHARACTER_PX, pxPerDay)
}

export type LabelBox = {
  fromPx: number
  /** How wide the whole title's label is; a band's label may be shorter than its band. */
  wantedPx: number
  /** Where the whole title ends. */
  fullToPx: number
  /** Where the shortest acceptable label ends. */
  shortestToPx: number
}

export function labelBox(event: LayoutEvent, titlePx: number, pxPerDay: number): LabelBox {
  if (event.isSpan) {
    const fromPx = event.firstDay * pxPerDay
    const bandToPx = Math.max((event.lastDay + 1) * pxPerDay, fromPx + MARK_PX)
    const wanted = Math.min(MAX_LABEL_PX, Math.ceil(titlePx) + BAND_CHROME_PX)
    return {
      fromPx,
      wantedPx: wanted,
      fullToPx: Math.max(bandToPx, fromPx + wanted),
      shortestToPx: Math.max(bandToPx, fromPx + Math.min(wanted, MIN_LABEL_PX)),
    }
  }
  const fromPx = (event.firstDay + 0.5) * pxPerDay - LABEL_LEAD_PX
  const wanted = Math.min(MAX_LABEL_PX, Math.ceil(titlePx) + POINT_CHROME_PX)
  return {
    fromPx,
    wantedPx: wanted,
    fullToPx: fromPx + wanted,
    shortestToPx: fromPx + Math.min(wanted, MIN_LABEL_PX),
  }
}
