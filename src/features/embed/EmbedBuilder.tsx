/**
 * The "Embed" dialog: choose the size, theme and whether readers may change the filters, see a live preview,
 * and copy the code. The code pins the current view, so the embed shows exactly what the author sees now.
 */
import { useId, useRef, useState } from 'react'
import { DEFAULT_EMBED_OPTIONS, embedCode, embedUrl, type EmbedOptions } from '../../url/embed-code'
import { VIEWS, type ViewKind, type ViewState } from '../../view/view-state'

const VIEW_LABELS: Record<ViewKind, string> = {
  timeline: 'the timeline',
  list: 'the list',
  map: 'the map',
}
import { copyText } from '../../ui/copy-text'

type EmbedBuilderProps = {
  view: ViewState
  title: string
  /** Set when the view shows the reader's own file, which an embed cannot show on anyone else's screen. */
  localFileName?: string
}

export function EmbedBuilder({ view, title, localFileName }: EmbedBuilderProps) {
  const dialogRef = useRef<HTMLDialogElement>(null)
  const [isOpen, setOpen] = useState(false)
  const [options, setOptions] = useState<EmbedOptions>(DEFAULT_EMBED_OPTIONS)
  const [shownView, setShownView] = useState<ViewKind>(view.view)
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle')
  const id = useId()

  const pageUrl = window.location.href
  const src = embedUrl({ ...view, view: shownView }, options, pageUrl)
  const code = embedCode(src, `Conflict Timeline: ${title}`, options, pageUrl)
  const update = (change: Partial<EmbedOptions>) => {
    setOptions((current) => ({ ...current, ...change }))
    setCopyState('idle')
  }

  const open = () => {
    setOpen(true)
    dialogRef.current?.showModal()
  }
  const close = () => dialogRef.current?.close()

  return (
    <>
      <button
        type="button"
        className="ct-button inline-flex h-10 items-center rounded-md border px-3 text-sm font-medium"
        onClick={open}
      >
        Embed
      </button>
      <dialog
        ref={dialogRef}
        aria-labelledby={`${id}-title`}
        className="ct-dialog m-auto w-[min(64rem,calc(100vw-1rem))] rounded-lg border p-0 shadow-xl"
        onClose={() => setOpen(false)}
      >
        {isOpen && (
          <div className="flex max-h-[calc(100dvh-2rem)] flex-col gap-4 overflow-y-auto p-4 sm:p-5">
            <div className="flex items-start justify-between gap-4">
              <div>
                <h2 id={`${id}-title`} className="text-lg font-semibold">
                  Embed this view
                </h2>
                <p className="ct-muted text-sm">
                  Paste the code into your page. It shows exactly this view: {title}.
                </p>
              </div>
              <button
                type="button"
                className="ct-button inline-flex size-9 shrink-0 items-center justify-center rounded-md border"
                aria-label="Close"
                onClick={close}
              >
                <span aria-hidden="true">×</span>
              </button>
            </div>
            {localFileName && (
              <p role="note" className="ct-notice rounded-md border px-3 py-2 text-sm">
                This timeline is your file {localFileName}, kept in this browser: an embed of it
                shows nothing on anyone else&apos;s screen. Put the file on a website first, open it
                with “Open data” by its address, and embed that view.
              </p>
            )}
            <form
              className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4"
              onSubmit={(event) => event.preventDefault()}
            >
              <fieldset className="flex flex-col gap-1">
                <legend className="text-sm font-medium">Width</legend>
                <label className="flex items-center gap-2 text-sm">
                  <input
                    type="radio"
                    name={`${id}-width`}
                    checked={options.widthPx === null}
                    onChange={() => update({ widthPx: null })}
                  />
                  Fill the column (100%)
                </label>
                <label className="flex items-center gap-2 text-sm">
                  <input
                    type="radio"
                    name={`${id}-width`}
                    checked={options.widthPx !== null}
                    onChange={() => update({ widthPx: 640 })}
                  />
                  Fixed
                </label>
                {options.widthPx !== null && (
                  <label className="flex items-center gap-2 text-sm">
                    <input
                      type="number"
                      min={320}
                      max={1200}
                      step={10}
                      className="ct-input h-9 w-24 rounded-md border px-2"
                      value={options.widthPx}
                      onChange={(event) =>
                        update({ widthPx: clamp(Number(event.target.value), 320, 1200) })
                      }
                    />
                    pixels wide
                  </label>
                )}
              </fieldset>
              <fieldset className="flex flex-col gap-1">
                <legend className="text-sm font-medium">Shows</legend>
                {VIEWS.map((kind) => (
                  <label key={kind} className="flex items-center gap-2 text-sm">
                    <input
                      type="radio"
                      name={`${id}-view`}
                      checked={shownView === kind}
                      onChange={() => {
                        setShownView(kind)
                        setCopyState('idle')
                      }}
                    />
                    {VIEW_LABELS[kind]}
                  </label>
                ))}
              </fieldset>
              <label className="flex flex-col gap-1 text-sm">
                <span className="font-medium">Height (pixels)</span>
                <input
                  type="number"
                  min={300}
                  max={900}
                  step={10}
                  className="ct-input h-9 w-28 rounded-md border px-2"
                  value={options.heightPx}
                  onChange={(event) =>
                    update({ heightPx: clamp(Number(event.target.value), 300, 900) })
                  }
                />
              </label>
              <label className="flex flex-col gap-1 text-sm">
                <span className="font-medium">Theme</span>
                <select
                  className="ct-input h-9 w-40 rounded-md border px-2"
                  value={options.theme}
                  onChange={(event) =>
                    update({ theme: event.target.value as EmbedOptions['theme'] })
                  }
                >
                  <option value="auto">Reader's system</option>
                  <option value="light">Light</option>
                  <option value="dark">Dark</option>
                </select>
              </label>
              <fieldset className="flex flex-col gap-1">
                <legend className="text-sm font-medium">Readers</legend>
                <label className="flex items-center gap-2 text-sm">
                  <input
                    type="checkbox"
                    checked={options.canChangeFilters}
                    onChange={(event) => update({ canChangeFilters: event.target.checked })}
                  />
                  may change the filters
                </label>
                <label className="flex items-center gap-2 text-sm">
                  <input
                    type="checkbox"
                    checked={options.hasAutoHeight}
                    onChange={(event) => update({ hasAutoHeight: event.target.checked })}
                  />
                  grow to fit (adds a small script)
                </label>
              </fieldset>
            </form>
            <div className="flex flex-col gap-2">
              <label htmlFor={`${id}-code`} className="text-sm font-medium">
                Code to paste
              </label>
              <textarea
                id={`${id}-code`}
                readOnly
                rows={5}
                className="ct-input w-full rounded-md border p-2 font-mono text-xs"
                value={code}
                onFocus={(event) => event.target.select()}
              />
              <div className="flex items-center gap-3">
                <button
                  type="button"
                  className="ct-button ct-button-primary h-10 rounded-md border px-4 text-sm font-medium"
                  onClick={() =>
                    void copyText(code).then((isCopied) =>
                      setCopyState(isCopied ? 'copied' : 'failed'),
                    )
                  }
                >
                  {copyState === 'copied' ? 'Code copied ✓' : 'Copy code'}
                </button>
                <span className="ct-muted text-sm" aria-live="polite">
                  {copyState === 'copied'
                    ? 'The embed code was copied.'
                    : copyState === 'failed'
                      ? 'Could not copy; select the code and copy it.'
                      : ''}
                </span>
              </div>
            </div>
            <div className="flex flex-col gap-2">
              <h3 className="text-sm font-medium">Preview</h3>
              <div className="ct-preview overflow-auto rounded-md border p-2">
                <iframe
                  src={src}
                  title={`Preview: Conflict Timeline: ${title}`}
                  width={options.widthPx ?? '100%'}
                  height={options.heightPx}
                  className="block max-w-none border-0"
                  loading="lazy"
                />
              </div>
            </div>
          </div>
        )}
      </dialog>
    </>
  )
}

function clamp(value: number, min: number, max: number): number {
  return Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : min
}
