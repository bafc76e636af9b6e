/**
 * The normal view: header with status and view controls, notices, filters, the timeline or the list, and the
 * details of the open event.
 */
import { useEffect, useState } from 'react'
import type { LoadedDataset } from '../../load/loaded-dataset'
import { suggestRelaxations } from '../../filters/active-filters'
import type { HistoryMode, ViewUpdate } from '../../url/use-view-state'
import type { UrlNotice } from '../../url/parse-view-state'
import type { ViewState } from '../../view/view-state'
import { AppHeader } from './AppHeader'
import { EventDetails, useEventStepping } from '../details'
import { FilterBar, useFilters } from '../filters'
import { NoticeBanner } from './NoticeBanner'
import { useNotices } from './use-notices'
import { PrintHandout } from '../print'
import { OfflineNotice } from '../../ui/OfflineNotice'
import { ViewErrorBoundary } from '../../ui/ViewErrorBoundary'
import { ShownEvents } from '../events'
import { DataSourceBar, OpenData } from '../import'
import { deleteLocalFile } from '../../load/local-files'
import { provenanceSentence, provenanceTitle } from '../../load/provenance'
import { useProvenance } from '../../load/use-provenance'
import { DEFAULT_VIEW_STATE, type MapViewport } from '../../view/view-state'
import { MapPanel } from '../map'
import { useMediaQuery } from '../../ui/use-media-query'
import { useIsIdle } from '../../ui/use-is-idle'

/** Wide enough for a map beside the timeline and the open event's details. */
const MAP_BESIDE_QUERY = '(min-width: 80rem)'
const VIEW_NAMES = { timeline: 'The timeline', list: 'The list', map: 'The map' } as const

type MainViewProps = {
  loaded: LoadedDataset
  view: ViewState
  urlNotices: readonly UrlNotice[]
  setView: (update: ViewUpdate, history?: HistoryMode) => void
}

export function MainView({ loaded, view, urlNotices, setView }: MainViewProps) {
  const { index, report } = loaded
  const filtering = useFilters(loaded.filterContext, view, setView, 'push')
  const { context, criteria, unknownIds, events, describedView, summary } = filtering
  const notices = useNotices(index, report, urlNotices, unknownIds, view.selectedEventId)

  const [hasChosenEvent, setHasChosenEvent] = useState(false)
  const [isOpenDataShown, setOpenDataShown] = useState(false)
  const provenance = useProvenance(view.dataUrl)
  const showBundled = () => {
    if (provenance.kind === 'local') void deleteLocalFile(provenance.fileName)
    setView({ ...DEFAULT_VIEW_STATE, theme: view.theme }, 'push')
  }
  const selectEvent = (eventId: string | null, history: HistoryMode = 'push') => {
    setHasChosenEvent(true)
    setView((current) => ({ ...current, selectedEventId: eventId }), history)
  }

  const closeDetails = () => {
    const closedId = view.selectedEventId
    selectEvent(null)
    // Return focus to where the reader came from: the event on the timeline or in the list.
    if (closedId) {
      document
        .querySelector<HTMLElement>(
          `.ct-timeline [data-event-id="${CSS.escape(closedId)}"], .ct-list [data-event-id="${CSS.escape(closedId)}"] button`,
        )
        ?.focus({ preventScroll: true })
    }
  }

  const changeView = filtering.change
  const isWide = useMediaQuery(MAP_BESIDE_QUERY)
  const [isMapHidden, setMapHidden] = useState(false)
  const mapHandlers = {
    onMapChange: (map: MapViewport | null) =>
      setView((current) => ({ ...current, map }), 'replace'),
    onFilterLocation: (locationId: string) =>
      changeView((current) => ({ ...current, locations: [locationId] })),
  }
  // The map beside the timeline has its room from the start, so the timeline never narrows after drawing, but
  // it waits for the page's first idle moment: the timeline draws first.
  const isIdle = useIsIdle()
  const isMapBeside = isWide && !isMapHidden && view.view === 'timeline' && events.length > 0

  const { orderedIds, selectedEvent, position, steps } = useEventStepping({
    index,
    events,
    selectedEventId: view.selectedEventId,
    onStep: (eventId) => selectEvent(eventId, 'replace'),
    onClose: closeDetails,
  })

  useEffect(() => {
    document.title = provenanceTitle(selectedEvent?.title ?? index.dataset.title, provenance)
  }, [selectedEvent, index.dataset.title, provenance])

  return (
    <div className="ct-app flex min-h-dvh flex-col">
      <a href="#main-content" className="ct-skip-link">
        Skip to the events
      </a>
      {provenance.kind !== 'bundled' && (
        <DataSourceBar provenance={provenance} title={index.dataset.title} onClose={showBundled} />
      )}
      <AppHeader
        index={index}
        view={view}
        shownEvents={events}
        embedTitle={summary.length > 0 ? summary.join(' · ') : index.dataset.title}
        onViewChange={(kind) => changeView((current) => ({ ...current, view: kind }))}
        onGroupingChange={(grouping) => changeView((current) => ({ ...current, grouping }))}
        onThemeChange={(theme) => setView((current) => ({ ...current, theme }), 'replace')}
        onPresent={() =>
          changeView((current) => ({
            ...current,
            mode: 'present',
            selectedEventId: position > 0 ? current.selectedEventId : (orderedIds[0] ?? null),
          }))
        }
        onOpenLesson={(lesson) => setView(lesson, 'push')}
        onOpenData={() => setOpenDataShown(true)}
      />
      <OpenData
        view={view}
        isDialogOpen={isOpenDataShown}
        onDialogOpenChange={setOpenDataShown}
        onOpen={(next) => setView(next, 'push')}
      />
      {notices.length > 0 && (
        <div className="px-4 pt-3">
          <NoticeBanner notices={notices} />
        </div>
      )}
      <div className="px-4 pt-3 empty:hidden">
        <OfflineNotice />
      </div>
      <div className="px-3 pt-3 sm:px-4">
        <FilterBar {...filtering.filterBar} />
      </div>
      <div className="ct-body flex min-h-0 flex-1">
        <main
          id="main-content"
          tabIndex={-1}
          className="ct-main flex min-w-0 flex-1 flex-col gap-3 p-3 sm:p-4"
        >
          <ViewErrorBoundary name={VIEW_NAMES[view.view]}>
            <ShownEvents
              index={index}
              events={events}
              view={view}
              selectedEventId={selectedEvent?.id ?? null}
              onSelectEvent={(eventId) => selectEvent(eventId)}
              onRangeChange={(range) => setView((current) => ({ ...current, range }), 'replace')}
              {...mapHandlers}
              emptyResults={{
                suggestions: suggestRelaxations(context, criteria),
                view: describedView,
                onRemove: filtering.removeFilter,
                onClearAll: filtering.clearFilters,
              }}
            />
          </ViewErrorBoundary>
          {isWide && isMapHidden && view.view === 'timeline' && (
            <button
              type="button"
              className="ct-link self-end text-sm"
              onClick={() => setMapHidden(false)}
            >
              Show the map beside the timeline
            </button>
          )}
        </main>
        {isMapBeside && (
          <div className="ct-map-aside flex min-h-0 flex-col p-4 pl-0">
            <ViewErrorBoundary name="The map">
              {isIdle ? (
                <MapPanel
                  index={index}
                  events={events}
                  timelineRange={view.range}
                  viewport={view.map}
                  selectedEventId={selectedEvent?.id ?? null}
                  onViewportChange={mapHandlers.onMapChange}
                  onSelectEvent={(eventId) => selectEvent(eventId)}
                  onFilterLocation={mapHandlers.onFilterLocation}
                  onHide={() => setMapHidden(true)}
                />
              ) : (
                <p className="ct-muted p-4 text-sm">Loading the map…</p>
              )}
            </ViewErrorBoundary>
          </div>
        )}
        {selectedEvent && (
          <aside className="ct-details-panel" aria-label="Event details">
            <ViewErrorBoundary key={selectedEvent.id} name="The event's details">
              <EventDetails
                index={index}
                event={selectedEvent}
                {...steps}
                onClose={closeDetails}
                shouldTakeFocus={hasChosenEvent}
              />
            </ViewErrorBoundary>
          </aside>
        )}
      </div>
      <PrintHandout
        index={index}
        dataSource={provenanceSentence(provenance)}
        events={events}
        filterSummary={summary}
      />
    </div>
  )
}
