import type { RefObject } from 'react'
import type { Timeline as VisTimeline } from 'vis-timeline/peer'
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
  timelineRef: RefObject<VisTimeline | null>
  range: VisibleRange | null
  selectedSpan: EventSpan | undefined
  onRangeChange: (range: VisibleRange | null) => void
}

/** The zoom buttons and presets: each computes the new range and hands it to the URL, which moves the timeline. */
export function useZoomControls({
  timelineRef,
  range,
  selectedSpan,
  onRangeChange,
}: ZoomControlsOptions) {
  /** The range asked for, rather than the drawn window, which lags behind while an animation runs. */
  const currentRange = (): VisibleRange | null => {
    const timeline = timelineRef.current
    if (range || !timeline) return range
    const { start, end } = timeline.getWindow()
    return windowToRange(start, end)
  }

  /** Presets centre on the open event, or else on the middle of what is shown. */
  const presetCenter = (): number | null => {
    if (selectedSpan) return (selectedSpan.firstDay + selectedSpan.lastDay + 1) / 2
    const current = currentRange()
    return current ? centerOf(current) : null
  }

  const zoomBy = (factor: number) => {
    const current = currentRange()
    if (current) onRangeChange(zoomRange(current, factor))
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
