/**
 * Embed mode, for an iframe in a blog post: the timeline (or list) of the author's view, a one-line summary of
 * its filters, a compact status, the details of an event opening in place, and a link to the full view.
 * Readers zoom, pan, open and step through events; the filters stay the author's unless the link allows
 * changing them. Every change replaces the URL, so the embedding page's history is never touched.
 */
import { provenanceSentence, provenanceTitle } from '../../load/provenance'
import { useProvenance } from '../../load/use-provenance'
import { useEffect, useRef } from 'react'
import type { LoadedDataset } from '../../load/loaded-dataset'
import { suggestRelaxations } from '../../filters/active-filters'
import { serializeViewState } from '../../url/serialize-view-state'
import type { HistoryMode, ViewUpdate } from '../../url/use-view-state'
import type { ViewState } from '../../view/view-state'
import { EventDetails, useEventStepping } from '../details'
import { FilterBar, useFilters } from '../filters'
import { ShownEvents } from '../events'
import { StatusLine } from '../../ui/StatusLine'
import { usePostHeight } from './use-post-height'
import { formatNumber } from '../../data/format-number'

type EmbedViewProps = {
  loaded: LoadedDataset
  view: ViewState
  unknownParams: readonly [string, string][]
  setView: (update: ViewUpdate, history?: HistoryMode) => void
}

export function EmbedView({ loaded, view, unknownParams, setView }: EmbedViewProps) {
  const { index } = loaded
  const contentRef = useRef<HTMLDivElement>(null)
  usePostHeight(contentRef, true)
  const canChangeFilters = view.controls === 'filters'
  const filtering = useFilters(loaded.filterContext, view, setView, 'replace')
  const { context, criteria, events, describedView, change } = filtering
  const summary = filtering.summary.length > 0 ? filtering.summary.join(' · ') : 'All events'
  const fullViewHref = `?${serializeViewState({ ...view, mode: 'default', controls: 'none' }, unknownParams)}`

  const selectEvent = (eventId: string | null) =>
    change((current) => ({ ...current, selectedEventId: eventId }))
  const { selectedEvent, steps } = useEventStepping({
    index,
    events,
    selectedEventId: view.selectedEventId,
    onStep: selectEvent,
    onClose: () => selectEvent(null),
  })

  const provenance = useProvenance(view.dataUrl)
  const dataSource = provenanceSentence(provenance)
  useEffect(() => {
    document.title = provenanceTitle(selectedEvent?.title ?? summary, provenance)
  }, [selectedEvent, summary, provenance])

  return (
    <div ref={contentRef} className="ct-embed flex flex-col gap-2 p-2 sm:p-3">
      <header className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <h1
          className="min-w-0 basis-full truncate text-sm font-semibold sm:basis-0 sm:flex-1"
          title={summary}
        >
          <span className="ct-muted font-normal">
            {dataSource ? `${index.dataset.title} · ` : 'Conflict Timeline · '}
          </span>
          {summary}
        </h1>
        <StatusLine
          shown={formatNumber(events.length)}
          total={formatNumber(index.dataset.events.length)}
        />
        <a
          href={fullViewHref}
          target="_blank"
          rel="noopener noreferrer"
          className="ct-link text-sm"
        >
          Open full view <span aria-hidden="true">↗</span>
          <span className="sr-only"> (opens in a new tab)</span>
        </a>
      </header>
      {dataSource && (
        <p role="note" className="ct-data-source rounded-md border px-2 py-1 text-xs font-medium">
          {dataSource}
        </p>
      )}
      {canChangeFilters && <FilterBar {...filtering.filterBar} />}
      <main id="main-content" className="flex min-w-0 flex-col gap-2">
        <ShownEvents
          index={index}
          events={events}
          view={view}
          selectedEventId={selectedEvent?.id ?? null}
          onSelectEvent={selectEvent}
          onRangeChange={(range) => change((current) => ({ ...current, range }))}
          onMapChange={(map) => change((current) => ({ ...current, map }))}
          onFilterLocation={
            canChangeFilters
              ? (locationId) => change((current) => ({ ...current, locations: [locationId] }))
              : undefined
          }
          emptyResults={{
            suggestions: canChangeFilters ? suggestRelaxations(context, criteria) : [],
            view: describedView,
            onRemove: filtering.removeFilter,
            onClearAll: filtering.clearFilters,
          }}
          isLegendOpen={false}
        />
        {selectedEvent && (
          <aside className="ct-embed-details rounded-lg border p-3" aria-label="Event details">
            <EventDetails
              index={index}
              event={selectedEvent}
              {...steps}
              onClose={() => selectEvent(null)}
              shouldTakeFocus={false}
            />
          </aside>
        )}
      </main>
    </div>
  )
}
