/**
 * The vis-timeline instance, built as the widget needs it. Two of vis-timeline's habits cost the first draw:
 * - Given a window, it still fits it to its items once, and shows itself only after the window has changed,
 *   which it reports 200 ms late (Timeline.js, `initialFitDone`, `initialRangeChangeDone`; Range.js,
 *   `setRange`). A rolling mode that does not follow the clock turns both off, and nothing else.
 * - It redraws, and so lays out the page, at each step of its setup (options, groups, items, window). Built in a
 *   hidden container it skips those redraws (Core.js: a redraw returns at once for a root 0 px wide), and one
 *   follows, at once: 10–30 ms sooner to the bundled dataset's first draw (headless Chromium, medians of 11 and
 *   15 loads). `_origRedraw` is its redraw at once (`redraw` and `_redraw` wait for a frame). The skipped
 *   redraws counted towards the five a redraw allows itself to settle the sizes, so the count starts again:
 *   without that, a small dataset's marks were drawn under the time axis.
 */
import type { DataSet } from 'vis-data/esnext'
import { Timeline as VisTimeline, type TimelineOptions } from 'vis-timeline/esnext'
import type { LaneGroup } from './lane-groups'
import type { MarkItem } from './mark-items'

type VisInternals = { redrawCount: number; _origRedraw: () => void }

/** vis-timeline's panel of the lanes, between their names and the right edge: what the reader sees of them. */
export function lanesPanel(container: ParentNode): HTMLElement | null {
  return container.querySelector<HTMLElement>('.vis-panel.vis-center')
}

export function createVisTimeline(
  container: HTMLElement,
  data: { items: DataSet<MarkItem, 'id'>; groups: DataSet<LaneGroup, 'id'> },
  options: TimelineOptions & { start: Date; end: Date },
): VisTimeline {
  container.style.display = 'none'
  // vis-timeline's typings only admit string content; ours is always a DOM element (see mark-elements.ts).
  const timeline = new VisTimeline(container, data.items as never, data.groups as never, {
    ...options,
    rollingMode: { follow: false },
  })
  container.style.removeProperty('display')
  const internals = timeline as unknown as VisInternals
  internals.redrawCount = 0
  internals._origRedraw()
  return timeline
}
