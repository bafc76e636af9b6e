import { useEffect, useRef, useState } from 'react'
import { copyText } from '../../ui/copy-text'

type ShareState = 'idle' | 'copied' | 'failed'

/**
 * Shares the link to exactly this view: through the system's share sheet where the browser has one (phones,
 * most desktops), otherwise by copying it, and says so.
 */
type CopyLinkButtonProps = {
  title: string
  /** Set when the view shows the reader's own file, which a link cannot carry to anyone else. */
  localFileName?: string
}

export function CopyLinkButton({ title, localFileName }: CopyLinkButtonProps) {
  const [state, setState] = useState<ShareState>('idle')
  const timerRef = useRef<number | undefined>(undefined)
  useEffect(() => () => window.clearTimeout(timerRef.current), [])
  const canShare = typeof navigator.share === 'function'

  const share = async () => {
    const url = window.location.href
    if (canShare) {
      try {
        await navigator.share({ title, url })
        return
      } catch (error) {
        // The reader closed the share sheet: nothing to do. Any other failure falls back to copying.
        if ((error as Error).name === 'AbortError') return
      }
    }
    setState((await copyText(url)) ? 'copied' : 'failed')
    window.clearTimeout(timerRef.current)
    timerRef.current = window.setTimeout(() => setState('idle'), 3000)
  }

  return (
    <>
      <button
        type="button"
        className="ct-button inline-flex h-10 items-center rounded-md border px-3 text-sm font-medium"
        onClick={() => void share()}
      >
        {state === 'copied' ? 'Link copied ✓' : canShare ? 'Share' : 'Copy link'}
      </button>
      {localFileName && state !== 'idle' && (
        <p role="note" className="ct-notice basis-full rounded-md border px-3 py-2 text-sm">
          This link opens {localFileName} only in this browser, where the file is kept: others
          cannot open it. To share it, put the file on a website and open it with “Open data” by its
          address; the link will then work for anyone.
        </p>
      )}
      <span className="sr-only" aria-live="polite">
        {state === 'copied'
          ? 'The link to this view was copied.'
          : state === 'failed'
            ? 'The link could not be copied; copy it from the address bar.'
            : ''}
      </span>
    </>
  )
}
