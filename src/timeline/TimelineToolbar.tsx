import type { ZoomPreset } from './zoom'

type TimelineToolbarProps = {
  /** The preset the visible window matches, if any. */
  activePreset: ZoomPreset | 'all' | null
  onZoomIn: () => void
  onZoomOut: () => void
  onPreset: (preset: ZoomPreset | 'all') => void
}

const PRESETS: { id: ZoomPreset | 'all'; label: string; description: string }[] = [
  { id: 'all', label: 'Fit all', description: 'Show all events' },
  { id: 'year', label: 'Year', description: 'Show one year' },
  { id: 'month', label: 'Month', description: 'Show one month' },
  { id: 'week', label: 'Week', description: 'Show one week' },
]

// Narrower on phones, so that on a phone 320 pixels wide the zoom buttons and the presets share one row: a
// second row would take the timeline's room.
const buttonClass =
  'ct-button inline-flex h-9 min-w-7 items-center justify-center rounded-md border px-2 text-sm font-medium sm:min-w-9 sm:px-2.5'

export function TimelineToolbar({
  activePreset,
  onZoomIn,
  onZoomOut,
  onPreset,
}: TimelineToolbarProps) {
  return (
    <div
      className="flex flex-wrap items-center gap-1 pb-2 sm:gap-2 sm:px-1"
      role="toolbar"
      aria-label="Zoom"
    >
      <button type="button" className={buttonClass} onClick={onZoomIn} aria-label="Zoom in">
        <span aria-hidden="true">+</span>
      </button>
      <button type="button" className={buttonClass} onClick={onZoomOut} aria-label="Zoom out">
        <span aria-hidden="true">−</span>
      </button>
      <div className="flex items-center gap-0.5 sm:gap-1" role="group" aria-label="Zoom presets">
        {PRESETS.map((preset) => (
          <button
            key={preset.id}
            type="button"
            className={buttonClass}
            aria-pressed={activePreset === preset.id}
            title={preset.description}
            onClick={() => onPreset(preset.id)}
          >
            {preset.label}
          </button>
        ))}
      </div>
    </div>
  )
}
