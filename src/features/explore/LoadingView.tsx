/** The screen while a dataset loads: what stage it is at, a progress bar, and a way back from a slow address. */
import { readProgress } from '../../load/load-progress'
import { useLoadProgress } from '../../load/use-load-progress'

type LoadingViewProps = {
  url: string
  /** Given for a dataset of the reader's choosing: stops its load and returns to the bundled one. */
  onCancel?: () => void
}

export function LoadingView({ url, onCancel }: LoadingViewProps) {
  const reading = readProgress(useLoadProgress(url))
  return (
    <main className="grid min-h-dvh place-items-center p-6">
      <div className="flex w-full max-w-sm flex-col items-center gap-3">
        <p role="status" className="ct-muted flex items-center gap-3">
          <span className="ct-spinner" aria-hidden="true" />
          {reading.text}
        </p>
        {reading.total !== null && reading.done !== null && (
          <progress
            className="ct-progress w-full"
            aria-label="Loading the events"
            value={reading.done}
            max={reading.total}
          />
        )}
        {onCancel && (
          <button
            type="button"
            className="ct-button h-10 rounded-md border px-3 text-sm font-medium"
            onClick={onCancel}
          >
            Cancel and show the bundled timeline
          </button>
        )}
      </div>
    </main>
  )
}
