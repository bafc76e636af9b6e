/** While the reader's own file is shown: whose data it is, and the way back to the bundled timeline. */
type LocalDataBarProps = { fileName: string; onClose: () => void }

export function LocalDataBar({ fileName, onClose }: LocalDataBarProps) {
  return (
    <div className="ct-local-data flex flex-wrap items-center gap-x-2 gap-y-1 border-b px-3 py-2 text-sm sm:px-4">
      <p>
        <span className="font-semibold">Your data:</span> {fileName}
        <span className="ct-muted"> · kept in this browser, not uploaded</span>
      </p>
      <button
        type="button"
        className="ct-button h-8 rounded-md border px-2 text-sm font-medium"
        onClick={onClose}
      >
        Close<span className="sr-only"> {fileName} and show the Conflict Timeline dataset</span>
      </button>
    </div>
  )
}
