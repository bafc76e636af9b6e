/** The normal view: header with status, notices, the timeline and legend, and the details of the open event. */
import { lazy, Suspense, useEffect, useMemo, useState } from 'react'
import type { LoadedDataset } from '../data/dataset-query'
import { countSetAside, formatIssue } from '../data/validate-dataset'
import { stepEvent } from '../timeline/step-through'
import type { UrlNotice, ViewState } from '../url/view-state'
import type { HistoryMode, ViewUpdate } from '../url/use-view-state'
import { EventDetails } from './EventDetails'
import { Legend } from './Legend'
import { NoticeBanner, type Notice } from './NoticeBanner'
import { StatusLine } from './StatusLine'
import { useEventKeys } from './use-event-keys'

// vis-timeline is the largest dependency; the shell, status and notices render while it loads.
const Timeline = lazy(() =>
  import('../timeline/Timeline').then((module) => ({ default: module.Timeline })),
)

type MainViewProps = {
  loaded: LoadedDataset
  view: ViewState
  urlNotices: readonly UrlNotice[]
  setView: (update: ViewUpdate, history?: HistoryMode) => void
}

export function MainView({ loaded, view, urlNotices, setView }: MainViewProps) {
  const { index, report } = loaded
  const events = index.chronological
  const orderedIds = useMemo(() => events.map((event) => event.id), [events])
  const selectedEvent = view.selectedEventId
    ? index.eventsById.get(view.selectedEventId)
    : undefined
  const position = selectedEvent ? orderedIds.indexOf(selectedEvent.id) + 1 : 0

  const notices = useMemo(() => {
    const list: Notice[] = urlNotices.map((notice) => ({
      key: `url:${notice.param}:${notice.value}`,
      message: notice.message,
    }))
    if (view.selectedEventId && !index.eventsById.has(view.selectedEventId)) {
      list.push({
        key: `event:${view.selectedEventId}`,
        message: `There is no event "${view.selectedEventId}" in this dataset, so none is open.`,
      })
    }
    const setAside = countSetAside(report)
    if (setAside > 0) {
      list.push({
        key: 'set-aside',
        message: `${setAside} ${setAside === 1 ? 'record was' : 'records were'} set aside because ${setAside === 1 ? 'it is' : 'they are'} not valid; the rest of the dataset is shown.`,
        details: report.issues.map(formatIssue),
      })
    }
    return list
  }, [urlNotices, view.selectedEventId, index, report])

  const [hasChosenEvent, setHasChosenEvent] = useState(false)
  const selectEvent = (eventId: string | null, history: HistoryMode = 'push') => {
    setHasChosenEvent(true)
    setView((current) => ({ ...current, selectedEventId: eventId }), history)
  }

  const stepTo = (direction: 'previous' | 'next') => {
    const target = stepEvent(orderedIds, view.selectedEventId, direction)
    if (target && target !== view.selectedEventId) selectEvent(target, 'replace')
  }

  const closeDetails = () => {
    const closedId = view.selectedEventId
    selectEvent(null)
    // Return focus to where the reader came from: the event on the timeline.
    if (closedId) {
      document
        .querySelector<HTMLElement>(`.ct-timeline [data-event-id="${CSS.escape(closedId)}"]`)
        ?.focus({ preventScroll: true })
    }
  }

  useEventKeys(selectedEvent !== undefined, {
    onPrevious: () => stepTo('previous'),
    onNext: () => stepTo('next'),
    onClose: closeDetails,
  })

  useEffect(() => {
    document.title = selectedEvent
      ? `${selectedEvent.title} — Conflict Timeline`
      : `${index.dataset.title} — Conflict Timeline`
  }, [selectedEvent, index.dataset.title])

  return (
    <div className="ct-app flex min-h-dvh flex-col">
      <a href="#timeline" className="ct-skip-link">
        Skip to the timeline
      </a>
      <header className="ct-header flex flex-wrap items-baseline gap-x-4 gap-y-1 border-b px-4 py-3">
        <h1 className="text-lg font-semibold tracking-tight">Conflict Timeline</h1>
        <p className="ct-muted order-last min-w-0 basis-full text-sm sm:order-none sm:basis-auto sm:flex-1 sm:truncate">
          {index.dataset.title}
        </p>
        <StatusLine shown={events.length} total={index.dataset.events.length} />
      </header>
      {notices.length > 0 && (
        <div className="px-4 pt-3">
          <NoticeBanner notices={notices} />
        </div>
      )}
      <div className="ct-body flex min-h-0 flex-1">
        <main id="timeline" tabIndex={-1} className="flex min-w-0 flex-1 flex-col gap-3 p-3 sm:p-4">
          <Suspense fallback={<p className="ct-muted p-4">Drawing the timeline…</p>}>
            <Timeline
              index={index}
              events={events}
              grouping={view.grouping}
              selectedEventId={selectedEvent?.id ?? null}
              range={view.range}
              onSelectEvent={(eventId) => selectEvent(eventId)}
              onRangeChange={(range) => setView((current) => ({ ...current, range }), 'replace')}
            />
          </Suspense>
          <Legend index={index} />
        </main>
        {selectedEvent && (
          <aside className="ct-details-panel" aria-label="Event details">
            <EventDetails
              index={index}
              event={selectedEvent}
              position={position}
              total={orderedIds.length}
              onPrevious={position > 1 ? () => stepTo('previous') : null}
              onNext={position > 0 && position < orderedIds.length ? () => stepTo('next') : null}
              onClose={closeDetails}
              shouldTakeFocus={hasChosenEvent}
            />
          </aside>
        )}
      </div>
    </div>
  )
}
