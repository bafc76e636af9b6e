/** Shown while a file is held over the page: where it will go when it is let go. */
export function DropOverlay() {
  return (
    <div
      className="ct-drop-overlay pointer-events-none fixed inset-0 z-50 grid place-items-center"
      aria-hidden="true"
    >
      <p className="rounded-lg border px-6 py-4 text-lg font-semibold shadow-xl">
        Drop the file to open it
      </p>
    </div>
  )
}
