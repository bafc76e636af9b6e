import { useEffect, useRef, useState } from 'react'

type CopyState = 'idle' | 'copied' | 'failed'

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text)
    return true
  } catch {
    // No clipboard permission (an iframe, an old browser): fall back to a selected text field.
    const field = document.createElement('textarea')
    field.value = text
    field.setAttribute('readonly', '')
    field.style.position = 'fixed'
    field.style.opacity = '0'
    document.body.append(field)
    field.select()
    const isCopied = document.execCommand('copy')
    field.remove()
    return isCopied
  }
}

/** Copies the link to exactly this view, and says so. */
export function CopyLinkButton({ className = '' }: { className?: string }) {
  const [state, setState] = useState<CopyState>('idle')
  const timerRef = useRef<number | undefined>(undefined)
  useEffect(() => () => window.clearTimeout(timerRef.current), [])

  const copy = async () => {
    const isCopied = await copyText(window.location.href)
    setState(isCopied ? 'copied' : 'failed')
    window.clearTimeout(timerRef.current)
    timerRef.current = window.setTimeout(() => setState('idle'), 3000)
  }

  return (
    <>
      <button
        type="button"
        className={`ct-button inline-flex h-10 items-center rounded-md border px-3 text-sm font-medium ${className}`}
        onClick={() => void copy()}
      >
        {state === 'copied' ? 'Link copied ✓' : 'Copy link'}
      </button>
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
