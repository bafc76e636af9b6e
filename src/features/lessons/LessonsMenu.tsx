/** Ready-made lessons (see filters/lessons.ts), each a link that opens present mode on its events. */
import { useMemo, type MouseEvent } from 'react'
import type { DatasetIndex } from '../../data/dataset-index'
import { hasLessons, listLessons, type Lesson } from '../../filters/lessons'
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
  const isShown = useMemo(() => hasLessons(index), [index])
  if (!isShown) return null

  return (
    <Popover
      title="Lessons"
      panelLabel="Lessons"
      align="right"
      panelClassName="max-h-[min(70dvh,36rem)] w-[min(24rem,calc(100vw-2rem))] overflow-y-auto"
      trigger="Lessons"
    >
      {(close) => (
        <LessonList index={index} view={view} onOpenLesson={onOpenLesson} onClose={close} />
      )}
    </Popover>
  )
}

/** Worked out when the menu opens: with 50,000 events that takes a while, and most views never open it. */
function LessonList({
  index,
  view,
  onOpenLesson,
  onClose,
}: LessonsMenuProps & { onClose: () => void }) {
  const lessons = useMemo(() => listLessons(index), [index])
  return (
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
                onClose()
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
  )
}

function isModifiedClick(event: MouseEvent<HTMLAnchorElement>): boolean {
  return event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey
}
