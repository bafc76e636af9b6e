/**
 * "Open data": a file from this computer (or dropped anywhere on the page) or a web address, in any format the
 * app reads. While it loads, progress and Cancel; if it fails, what is wrong, and the timeline behind is kept.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import { readProgress } from '../../load/load-progress'
import { useLoadProgress } from '../../load/use-load-progress'
import { saveFile } from '../../ui/save-file'
import type { OpenState } from './use-open-dataset'
import { isAllowedDataAddress } from '../../url/parse-view-state'
import { LOCAL_DATA_PREFIX } from '../../view/view-state'

type OpenDataDialogProps = {
  isOpen: boolean
  state: OpenState
  onClose: () => void
  onOpenFile: (file: File) => void
  onOpenAddress: (address: string) => void
  onCancel: () => void
}

const ACCEPTED = '.json,.csv,.tsv,.txt,application/json,text/csv,text/tab-separated-values'

function LoadingStatus({
  address,
  name,
  onCancel,
}: {
  address: string
  name: string
  onCancel: () => void
}) {
  const reading = readProgress(useLoadProgress(address))
  return (
    <div className="flex flex-col gap-2">
      <p role="status" className="flex items-center gap-2 text-sm">
        <span className="ct-spinner" aria-hidden="true" />
        Opening {name}: {reading.text}
      </p>
      {reading.done !== null && reading.total !== null && (
        <progress
          className="ct-progress w-full"
          aria-label={`Opening ${name}`}
          value={reading.done}
          max={reading.total}
        />
      )}
      <button
        type="button"
        className="ct-button h-10 self-start rounded-md border px-3 text-sm font-medium"
        onClick={onCancel}
      >
        Cancel
      </button>
    </div>
  )
}

export function OpenDataDialog({
  isOpen,
  state,
  onClose,
  onOpenFile,
  onOpenAddress,
  onCancel,
}: OpenDataDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null)
  const [address, setAddress] = useState('')
  const id = useId()

  useEffect(() => {
    const dialog = dialogRef.current
    if (isOpen && dialog && !dialog.open) dialog.showModal()
    if (!isOpen && dialog?.open) dialog.close()
  }, [isOpen])

  const [addressProblem, setAddressProblem] = useState<string | null>(null)
  const submitAddress = (event: FormEvent) => {
    event.preventDefault()
    const wanted = address.trim()
    // The same rule as ?data= links: an http(s) address or a path on this site, nothing that could run.
    if (!isAllowedDataAddress(wanted) || wanted.startsWith(LOCAL_DATA_PREFIX)) {
      setAddressProblem('Expected an address starting with https:// (or a path on this site).')
      return
    }
    setAddressProblem(null)
    onOpenAddress(wanted)
  }

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={`${id}-title`}
      className="ct-dialog m-auto w-[min(40rem,calc(100vw-1rem))] rounded-lg border p-0 shadow-xl"
      onClose={onClose}
    >
      {isOpen && (
        <div className="flex max-h-[calc(100dvh-2rem)] flex-col gap-4 overflow-y-auto p-4 sm:p-5">
          <div className="flex items-start justify-between gap-4">
            <div>
              <h2 id={`${id}-title`} className="text-lg font-semibold">
                Open data
              </h2>
              <p className="ct-muted text-sm">
                See your own timeline here. A file you open stays in this browser: it is never
                uploaded.
              </p>
            </div>
            <button
              type="button"
              className="ct-button inline-flex size-10 shrink-0 items-center justify-center rounded-md border"
              aria-label="Close"
              onClick={() => dialogRef.current?.close()}
            >
              <span aria-hidden="true">×</span>
            </button>
          </div>

          <div className="flex flex-col gap-1">
            <label htmlFor={`${id}-file`} className="text-sm font-medium">
              A file from this computer
            </label>
            <input
              id={`${id}-file`}
              type="file"
              accept={ACCEPTED}
              className="ct-input rounded-md border p-2 text-sm"
              onChange={(event) => {
                const file = event.target.files?.[0]
                if (file) onOpenFile(file)
                event.target.value = ''
              }}
            />
            <p className="ct-muted text-xs">Or drop a file anywhere on the page.</p>
          </div>

          <form className="flex flex-col gap-1" onSubmit={submitAddress}>
            <label htmlFor={`${id}-address`} className="text-sm font-medium">
              Or the address of a file on the web
            </label>
            <div className="flex flex-wrap gap-2">
              <input
                id={`${id}-address`}
                type="text"
                inputMode="url"
                autoComplete="url"
                spellCheck={false}
                placeholder="https://example.org/my-timeline.json"
                className="ct-input h-10 min-w-0 flex-1 rounded-md border px-3 text-sm"
                value={address}
                onChange={(event) => setAddress(event.target.value)}
              />
              <button
                type="submit"
                className="ct-button h-10 rounded-md border px-3 text-sm font-medium"
              >
                Open address
              </button>
            </div>
            {addressProblem && (
              <p className="ct-error-text text-sm" role="alert">
                {addressProblem}
              </p>
            )}
            <p className="ct-muted text-xs">
              The site must allow other sites to read the file (CORS).
            </p>
          </form>

          {state.status === 'loading' && (
            <LoadingStatus address={state.address} name={state.name} onCancel={onCancel} />
          )}
          {state.status === 'failed' && (
            <div role="alert" className="ct-notice rounded-md border px-3 py-2 text-sm">
              <p className="font-semibold">{state.name} could not be opened.</p>
              <p>{state.message}</p>
              {state.problems.length > 0 && (
                <ul className="mt-1 list-disc pl-5 font-mono text-xs break-words">
                  {state.problems.map((problem, position) => (
                    <li key={position}>{problem}</li>
                  ))}
                </ul>
              )}
              <p className="ct-muted mt-1">The timeline on the page has not changed.</p>
            </div>
          )}

          <section aria-labelledby={`${id}-formats`} className="flex flex-col gap-1 text-sm">
            <h3 id={`${id}-formats`} className="font-medium">
              What it reads
            </h3>
            <ul className="list-disc pl-5">
              <li>
                A TimelineJS timeline: its JSON file, or its Google Sheets template saved as CSV
              </li>
              <li>An ACLED export (CSV)</li>
              <li>
                This app&apos;s own JSON format, or its spreadsheet template (CSV, lists separated
                by ;)
              </li>
            </ul>
            <p>
              The format is found from the file itself. After opening, a notice says what was
              imported, changed or set aside.
            </p>
            <button
              type="button"
              className="ct-link self-start underline"
              onClick={async () => {
                const { templateCsv } = await import('../../export/template-example')
                saveFile('conflict-timeline-template.csv', 'text/csv', templateCsv())
              }}
            >
              Download the spreadsheet template (CSV)
            </button>
          </section>
        </div>
      )}
    </dialog>
  )
}
