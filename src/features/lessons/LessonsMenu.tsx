/** Ready-made lessons (see filters/lessons.ts), each a link that opens present mode on its events. */
import { useMemo, type MouseEvent } from 'react'
import type { DatasetIndex } from '../../data/dataset-index'
import { listLessons, type Lesson } from '../../filters/lessons'
import { serializeViewState } from '../../url/serialize-view-state'
import { DEFAULT_VIEW_STATE, type ViewState } from '../../view/view-state'
import { Popover } from '../../ui/Popover'

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
  const lessons = useMemo(() => listLessons(index), [index])
  if (lessons.length === 0) return null

  return (
    <Popover
      title="Lessons"
      panelLabel="Lessons"
      align="right"
      panelClassName="max-h-[min(70dvh,36rem)] w-[min(24rem,calc(100vw-2rem))] overflow-y-auto"
      trigger="Lessons"
    >
      {(close) => (
        <div className="p-2">
          <p className="ct-muted px-2 pb-2 text-sm">
            Present a chapter of the war, one event at a time.
          </p>
          <ul className="flex flex-col">
            {lessons.map((lesson) => (
              <li key={lesson.id}>
                <a
                  className="ct-option flex items-baseline justify-between gap-3 rounded px-2 py-1.5 text-sm"
                  href={`?${serializeViewState(lessonView(view, lesson))}`}
                  onClick={(event) => {
                    // A plain click stays in the page; Ctrl-, Cmd- or middle-click opens a new tab as usual.
                    if (isModifiedClick(event)) return
                    event.preventDefault()
                    close()
                    onOpenLesson(lessonView(view, lesson))
                  }}
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
    </Popover>
  )
}

function isModifiedClick(event: MouseEvent<HTMLAnchorElement>): boolean {
  return event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey
}
