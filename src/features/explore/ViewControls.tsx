import { GROUPINGS, VIEWS, type Grouping, type ViewKind } from '../../view/view-state'

const VIEW_LABELS: Record<ViewKind, string> = { timeline: 'Timeline', list: 'List', map: 'Map' }

const GROUPING_LABELS: Record<Grouping, string> = {
  category: 'Category',
  type: 'Event type',
  actor: 'Actor',
  none: 'No lanes',
}

type ViewControlsProps = {
  view: ViewKind
  grouping: Grouping
  onViewChange: (view: ViewKind) => void
  onGroupingChange: (grouping: Grouping) => void
}

/** Timeline or list, and the timeline's lanes. */
export function ViewControls({
  view,
  grouping,
  onViewChange,
  onGroupingChange,
}: ViewControlsProps) {
  return (
    <div className="flex flex-wrap items-center gap-2">
      <div
        role="group"
        aria-label="View"
        className="ct-segmented inline-flex rounded-md border p-0.5"
      >
        {VIEWS.map((kind) => (
          <button
            key={kind}
            type="button"
            className="ct-segment h-9 rounded px-3 text-sm font-medium"
            aria-pressed={view === kind}
            onClick={() => onViewChange(kind)}
          >
            {VIEW_LABELS[kind]}
          </button>
        ))}
      </div>
      {view === 'timeline' && (
        <label className="flex items-center gap-2 text-sm">
          <span className="ct-muted">Lanes</span>
          <select
            className="ct-input h-10 rounded-md border px-2 text-sm"
            value={grouping}
            onChange={(event) => onGroupingChange(event.target.value as Grouping)}
          >
            {GROUPINGS.map((option) => (
              <option key={option} value={option}>
                {GROUPING_LABELS[option]}
              </option>
            ))}
          </select>
        </label>
      )}
    </div>
  )
}
