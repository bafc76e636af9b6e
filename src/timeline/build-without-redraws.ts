/**
 * vis-timeline redraws several times while it is built (options, groups, items, window), and each redraw lays
 * out the page. Built inside a hidden container it skips them (Core.js: a redraw returns at once for a root
 * 0 px wide), and one redraw follows, at once: 10–30 ms sooner to the bundled dataset's first draw (headless
 * Chromium, medians of 11 and 15 loads). `_origRedraw` is its redraw at once: `redraw` and `_redraw` wait for
 * a frame. The skipped redraws counted towards the five that a redraw allows itself to settle the sizes, so the
 * count starts again: without that, a small dataset's marks were drawn under the time axis.
 */
import type { Timeline as VisTimeline } from 'vis-timeline/esnext'

type VisInternals = { redrawCount: number; _origRedraw: () => void }

export function buildWithoutSetupRedraws(
  container: HTMLElement,
  build: () => VisTimeline,
): VisTimeline {
  container.style.display = 'none'
  const timeline = build()
  container.style.removeProperty('display')
  const internals = timeline as unknown as VisInternals
  internals.redrawCount = 0
  internals._origRedraw()
  return timeline
}
