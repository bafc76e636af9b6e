/**
 * What the timeline draws for its events, and how much room each mark takes, in CSS pixels. Every mark is at
 * least 24 × 24 pixels (WCAG 2.2 target size), and the layout keeps a gap between marks, so that whatever is
 * drawn under the pointer is the only thing a click can reach.
 */

export type LayoutEvent = {
  id: string
  firstDay: number
  /** Inclusive. */
  lastDay: number
  /** Chronological position among the shown events (ties and keyboard order). */
  position: number
  /** 1 to 3; 3 is a milestone. */
  importance: number
  /** Drawn as a band over several days, or over the month or year of an imprecise date, rather than a point. */
  isSpan: boolean
  typeId: string
  /** Characters in the title, for a first guess at its width before measuring it. */
  titleLength: number
}

type MarkBox = {
  lane: string
  /** 0 is the top row of the lane; the last row holds the dots and clusters. */
  row: number
  /** Horizontal extent at the layout's scale, in pixels from day 0. */
  fromPx: number
  toPx: number
  /** The chronological position of the mark's earliest event: marks are stepped through in this order. */
  key: number
}

/** One event: with its title (`label`), or, where the lane has no room for the title, a dot. */
export type EventMark = MarkBox & {
  kind: 'label' | 'dot'
  event: LayoutEvent
  /** Where the mark is anchored, as a fractional day: a label at the event's start, a dot at its centre. */
  anchorDay: number
  /** How wide the title's label is drawn (a band may be longer than its label); 0 for a dot. */
  labelPx: number
}

/** Several events of one lane and time bucket, drawn as one mark with their number and mix of types. */
export type ClusterMark = MarkBox & {
  kind: 'cluster'
  /** Unique within its lane and zoom level. */
  bucket: number
  events: readonly LayoutEvent[]
  /** The day the mark is centred on. */
  anchorDay: number
  firstDay: number
  lastDay: number
}

export type Mark = EventMark | ClusterMark

export const MARK_PX = 24
export const ROW_PX = 28
/** Horizontal room kept free after every mark. */
export const GAP_PX = 6
/** A label begins with the event's dot: this much of it lies before the event's date. */
export const LABEL_LEAD_PX = MARK_PX / 2

export function clusterWidthPx(count: number): number {
  return count >= 100 ? 36 : 28
}

/** The event marks and clusters' events, for counting what a set of marks stands for. */
export function eventsOf(mark: Mark): readonly LayoutEvent[] {
  return mark.kind === 'cluster' ? mark.events : [mark.event]
}
