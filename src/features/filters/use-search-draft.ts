import { useEffect, useRef, useState } from 'react'

const URL_WRITE_DELAY_MS = 400

/**
 * What the search box shows while the reader types. Results follow every keystroke; the URL is written only
 * once typing pauses (a replace, not a new history entry). A draft stays while the URL still says what it
 * said when the draft was made, so Back or a new link replaces it.
 */
export function useSearchDraft(urlQuery: string, writeQuery: (query: string) => void) {
  const [draft, setDraft] = useState<{ text: string; urlQuery: string } | null>(null)
  const timerRef = useRef<number | undefined>(undefined)
  const text = draft && draft.urlQuery === urlQuery ? draft.text : urlQuery

  useEffect(() => () => window.clearTimeout(timerRef.current), [])

  const setText = (next: string) => {
    setDraft({ text: next, urlQuery })
    window.clearTimeout(timerRef.current)
    timerRef.current = window.setTimeout(() => {
      writeQuery(next)
      // The URL now holds the trimmed text; the draft keeps what was typed, trailing space included.
      setDraft({ text: next, urlQuery: next.trim() })
    }, URL_WRITE_DELAY_MS)
  }

  return [text, setText] as const
}
