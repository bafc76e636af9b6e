import type { EventSpan } from '../data/dataset-index'
import type { VisibleRange } from '../view/view-state'
import { windowToRange } from './calendar-time'
import {
  ZOOM_PRESETS,
  centerOf,
  presetMatching,
  rangeAround,
  zoomRange,
  type ZoomPreset,
} from './zoom'

type ZoomControlsOptions = {
  /** The window the timeline draws now, when it has one. */
  drawnWindow: () => { start: Date; end: Date } | undefined
  range: VisibleRange | null
  selectedSpan: EventSpan | undefined
  onRangeChange: (range: VisibleRange | null) => void
  /** How far out the dataset may be seen (zoom.ts, maxVisibleDays). */
  maxDays: number
}

/** The zoom buttons and presets: each computes the new range and hands it to the URL, which moves the timeline. */
export function useZoomControls({
  drawnWindow,
  range,
  selectedSpan,
  onRangeChange,
  maxDays,
}: ZoomControlsOptions) {
  /** The range asked for, rather than the drawn window, which lags behind while an animation runs. */
  const currentRange = (): VisibleRange | null => {
    const drawn = range ? undefined : drawnWindow()
    return drawn ? windowToRange(drawn.start, drawn.end) : range
  }

  /** Presets centre on the open event, or else on the middle of what is shown. */
  const presetCenter = (): number | null => {
    if (selectedSpan) return (selectedSpan.firstDay + selectedSpan.lastDay + 1) / 2
    const current = currentRange()
    return current ? centerOf(current) : null
  }

  const zoomBy = (factor: number) => {
    const current = currentRange()
    if (current) onRangeChange(zoomRange(current, factor, maxDays))
  }

  return {
    activePreset: presetMatching(range),
    zoomIn: () => zoomBy(0.5),
    zoomOut: () => zoomBy(2),
    choosePreset: (preset: ZoomPreset | 'all') => {
      if (preset === 'all') {
        onRangeChange(null)
        return
      }
      const center = presetCenter()
      if (center !== null) onRangeChange(rangeAround(center, ZOOM_PRESETS[preset]))
    },
  }
}
