/**
 * The printed handout: the filtered events in time order with date, title, summary and sources, a summary of
 * the filters, and the link to the live view. Its events are rendered only while the page prints (Ctrl+P or
 * "Print handout"), where the interactive parts are hidden.
 */
import type { DatasetIndex } from '../../data/dataset-index'
import { formatEventDate } from '../../data/format-event-date'
import { describeSource } from '../../data/describe-source'
import type { TimelineEvent } from '../../data/schema'
import { useIsPrinting } from './use-is-printing'
import { StillMap } from '../map'
import { useIsIdle } from '../../ui/use-is-idle'

/** The handout's map, on an A4 page's width. */
const PRINT_MAP_SIZE = { width: 680, height: 340 }

type PrintHandoutProps = {
  index: DatasetIndex
  /** Whose data the handout shows, when it is not the Conflict Timeline dataset. */
  dataSource: string | null
  events: readonly TimelineEvent[]
  filterSummary: readonly string[]
}

export function PrintHandout({ index, dataSource, events, filterSummary }: PrintHandoutProps) {
  const isPrinting = useIsPrinting()
  // The browser lays the page out for print at once after `beforeprint`: the map's code must be loaded and
  // mounted before then, so it is, when the page is first idle, with no events until the page prints.
  const isMapMounted = useIsIdle()
  return (
    <div className="ct-print-only">
      <h1 className="text-2xl font-bold">{index.dataset.title}</h1>
      {dataSource && <p className="mt-1 font-semibold">{dataSource}</p>}
      <p className="mt-1">
        {events.length} of {index.dataset.events.length} events
        {filterSummary.length > 0 ? ` · ${filterSummary.join(' · ')}` : ' · no filters'}
      </p>
      <p className="mt-1 text-sm">
        Live view: <span className="break-all">{window.location.href}</span>
      </p>
      {isMapMounted && (
        <div className="ct-print-map mt-3 flex">
          <StillMap
            index={index}
            events={isPrinting ? events : []}
            viewport={null}
            selectedEventId={null}
            fixedSize={PRINT_MAP_SIZE}
          />
        </div>
      )}
      <ol className="mt-4 flex flex-col gap-3">
        {(isPrinting ? events : []).map((event) => (
          <li key={event.id} className="ct-print-event">
            <p className="text-sm font-semibold">
              {formatEventDate(index, event)} ·{' '}
              {index.typesById.get(event.type)?.label ?? event.type}
            </p>
            <h2 className="text-base font-bold">{event.title}</h2>
            <p className="text-sm whitespace-pre-line">{event.summary}</p>
            <ul className="mt-1 text-xs">
              {event.sources.map((source, position) => (
                <li key={position}>
                  {describeSource(source)}
                  {source.url && (
                    <>
                      {' '}
                      — <span className="break-all">{source.url}</span>
                    </>
                  )}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </div>
  )
}
