/**
 * A button that opens a panel of its own: filter lists, the date filter, the lessons. Escape, "Done" and a
 * click outside close it; Escape and "Done" give focus back to the button.
 */
import { useId, useRef, useState, type ReactNode } from 'react'
import { useDismiss } from './use-dismiss'

type PopoverProps = {
  /** The button's content; its accessible name should start with `title`. */
  trigger: ReactNode
  /** The panel's heading. */
  title: string
  /** The panel's accessible name. */
  panelLabel: string
  align?: 'left' | 'right'
  panelClassName?: string
  children: (close: () => void) => ReactNode
}

export function Popover({
  trigger,
  title,
  panelLabel,
  align = 'left',
  panelClassName = '',
  children,
}: PopoverProps) {
  const [isOpen, setOpen] = useState(false)
  // The button is kept in state, not a ref, because `close` goes to the panel's content during render.
  const [button, setButton] = useState<HTMLButtonElement | null>(null)
  const containerRef = useRef<HTMLDivElement>(null)
  const panelId = useId()
  useDismiss(isOpen, containerRef, button, () => setOpen(false))
  const close = () => {
    setOpen(false)
    button?.focus()
  }

  return (
    <div ref={containerRef} className="relative">
      <button
        ref={setButton}
        type="button"
        className="ct-button inline-flex h-10 items-center gap-1.5 rounded-md border px-3 text-sm font-medium"
        aria-expanded={isOpen}
        aria-controls={panelId}
        onClick={() => setOpen((open) => !open)}
      >
        {trigger}
        <span aria-hidden="true" className="text-xs">
          ▾
        </span>
      </button>
      {isOpen && (
        <div
          id={panelId}
          role="group"
          aria-label={panelLabel}
          className={`ct-popover absolute ${align === 'right' ? 'right-0' : 'left-0'} z-30 mt-1 flex flex-col rounded-lg border shadow-lg ${panelClassName}`}
        >
          <div className="flex items-center justify-between gap-3 px-3 pt-2">
            <span className="text-sm font-semibold">{title}</span>
            <button type="button" className="ct-link text-sm" onClick={close}>
              Done
            </button>
          </div>
          {children(close)}
        </div>
      )}
    </div>
  )
}
