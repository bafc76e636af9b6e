/** Ready-made lessons (see filters/lessons.ts), each a link that opens present mode on its events. */
import { useId, useMemo, useRef, useState, type MouseEvent } from 'react'
import type { DatasetIndex } from '../data/dataset-index'
import { listLessons, type Lesson } from '../filters/lessons'
import { serializeViewState } from '../url/serialize-view-state'
import { DEFAULT_VIEW_STATE, type ViewState } from '../url/view-state'
import { useDismiss } from './use-dismiss'

type LessonsMenuProps = {
  index: DatasetIndex
  view: ViewState
  onOpenLesson: (view: ViewState) => void
}

export function lessonView(view: ViewState, lesson: Lesson): ViewState {
  return {
    ...DEFAULT_VIEW_STATE,
    dataUrl: view.dataUrl,
    theme: view.theme,
    ...lesson.filter,
    mode: 'present',
  }
}

export function LessonsMenu({ index, view, onOpenLesson }: LessonsMenuProps) {
  const [isOpen, setOpen] = useState(false)
  const containerRef = useRef<HTMLDivElement>(null)
  const buttonRef = useRef<HTMLButtonElement>(null)
  const id = useId()
  const lessons = useMemo(() => listLessons(index), [index])
  useDismiss(isOpen, containerRef, buttonRef, () => setOpen(false))
  if (lessons.length === 0) return null

  const open = (event: MouseEvent<HTMLAnchorElement>, lesson: Lesson) => {
    // A plain click stays in the page; Ctrl-, Cmd- or middle-click opens the lesson in a new tab as usual.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
      return
    event.preventDefault()
    setOpen(false)
    onOpenLesson(lessonView(view, lesson))
  }

  return (
    <div ref={containerRef} className="relative">
      <button
        ref={buttonRef}
        type="button"
        className="ct-button inline-flex h-10 items-center gap-1.5 rounded-md border px-3 text-sm font-medium"
        aria-expanded={isOpen}
        aria-controls={id}
        onClick={() => setOpen((current) => !current)}
      >
        Lessons{' '}
        <span aria-hidden="true" className="text-xs">
          ▾
        </span>
      </button>
      {isOpen && (
        <div
          id={id}
          role="group"
          aria-label="Lessons"
          className="ct-popover absolute right-0 z-30 mt-1 flex max-h-[min(70dvh,36rem)] w-[min(24rem,calc(100vw-2rem))] flex-col overflow-y-auto rounded-lg border p-2 shadow-lg"
        >
          <p className="ct-muted px-2 pb-2 text-sm">
            Present a chapter of the war, one event at a time.
          </p>
          <ul className="flex flex-col">
            {lessons.map((lesson) => (
              <li key={lesson.id}>
                <a
                  className="ct-option flex items-baseline justify-between gap-3 rounded px-2 py-1.5 text-sm"
                  href={`?${serializeViewState(lessonView(view, lesson))}`}
                  onClick={(event) => open(event, lesson)}
                >
                  <span>{lesson.label}</span>
                  <span className="ct-count tabular-nums">
                    {lesson.eventCount} <span className="sr-only">events</span>
                  </span>
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  )
}
