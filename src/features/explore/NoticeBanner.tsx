import { useState } from 'react'
import { formatNumber } from '../../data/format-number'

/** A file with thousands of bad rows would otherwise put thousands of lines in the page. */
const LISTED_DETAILS = 200

export type Notice = {
  /** Stable across renders, so a dismissed notice stays dismissed. */
  key: string
  message: string
  /** Lines shown when the reader opens the notice. */
  details?: readonly string[]
}

type NoticeBannerProps = { notices: readonly Notice[] }

/** Problems that did not stop the page: ignored URL parameters, records set aside. Each can be dismissed. */
export function NoticeBanner({ notices }: NoticeBannerProps) {
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set())
  const visible = notices.filter((notice) => !dismissed.has(notice.key))
  if (visible.length === 0) return null
  return (
    <section aria-label="Notices" className="flex flex-col gap-2">
      {visible.map((notice) => (
        <div
          key={notice.key}
          className="ct-notice flex items-start gap-3 rounded-md border px-3 py-2 text-sm"
        >
          <div className="min-w-0 flex-1">
            <p>{notice.message}</p>
            {notice.details && notice.details.length > 0 && (
              <details className="mt-1">
                <summary className="ct-link cursor-pointer">Show details</summary>
                <ul className="mt-1 list-disc pl-5 font-mono text-xs break-words">
                  {notice.details.slice(0, LISTED_DETAILS).map((line, position) => (
                    <li key={position}>{line}</li>
                  ))}
                </ul>
                {notice.details.length > LISTED_DETAILS && (
                  <p className="ct-muted mt-1 text-xs">
                    and {formatNumber(notice.details.length - LISTED_DETAILS)} more of the same kind
                  </p>
                )}
              </details>
            )}
          </div>
          <button
            type="button"
            className="ct-button inline-flex size-8 shrink-0 items-center justify-center rounded-md border"
            aria-label={`Dismiss notice: ${notice.message}`}
            onClick={() => setDismissed((current) => new Set(current).add(notice.key))}
          >
            <span aria-hidden="true">×</span>
          </button>
        </div>
      ))}
    </section>
  )
}
