/**
 * Above everything else while the events are not the Conflict Timeline dataset: whose they are, the dataset's
 * own title, and the way back to ours.
 */
import type { Provenance } from '../../load/provenance'

type DataSourceBarProps = {
  provenance: Exclude<Provenance, { kind: 'bundled' }>
  title: string
  onClose: () => void
}

export function DataSourceBar({ provenance, title, onClose }: DataSourceBarProps) {
  return (
    <section
      aria-label="Whose data this is"
      className="ct-data-source flex items-center gap-x-3 gap-y-1 border-b px-3 py-2 text-sm max-sm:py-1 sm:flex-wrap sm:px-4"
    >
      {/* On a phone, two lines at most (one below 380 px), whose data it is first, and the site rather than the
          whole address (which the browser's address bar shows), so that the timeline keeps most of the first
          screen. */}
      {provenance.kind === 'local' ? (
        <p className="min-w-0 max-[379px]:truncate min-[379px]:max-sm:line-clamp-2">
          <span className="font-semibold">Your data:</span> {provenance.fileName}
          <span className="ct-muted"> · kept in this browser, not uploaded · “{title}”</span>
        </p>
      ) : (
        <p className="min-w-0 max-[379px]:truncate min-[379px]:max-sm:line-clamp-2">
          <span className="sm:hidden">
            <span className="font-semibold">Not our data:</span> {provenance.host} · “{title}”
          </span>
          <span className="max-sm:hidden">
            <span className="font-semibold">
              Data from {provenance.isThisSite ? provenance.address : provenance.host}
            </span>
            , not the Conflict Timeline dataset: “{title}”
          </span>
        </p>
      )}
      <button
        type="button"
        className="ct-button h-8 shrink-0 rounded-md border px-2 text-sm font-medium max-sm:h-7"
        onClick={onClose}
      >
        {provenance.kind === 'local' ? (
          <>
            Close
            <span className="sr-only">
              {' '}
              {provenance.fileName} and show the Conflict Timeline dataset
            </span>
          </>
        ) : (
          <>
            <span className="sm:hidden">Show ours</span>
            <span className="max-sm:hidden">Show the Conflict Timeline dataset</span>
          </>
        )}
      </button>
    </section>
  )
}
