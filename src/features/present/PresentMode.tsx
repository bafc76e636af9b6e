/**
 * Present mode, for a classroom projector: one event at a time as a large card, above a timeline strip that
 * shows where it sits. Steps follow the current filters in time order, and the URL keeps the event, so a
 * refresh or a shared link resumes at the same step.
 */
import { StillMap } from '../map'
import { mapPlacesOf } from '../../map/event-places'
import { OfflineNotice } from '../../ui/OfflineNotice'
import { provenanceSentence, provenanceTitle } from '../../load/provenance'
import { useProvenance } from '../../load/use-provenance'
import { useEffect, useEffectEvent, useLayoutEffect, useMemo, useRef } from 'react'
import type { LoadedDataset } from '../../load/loaded-dataset'
import { formatEventDate } from '../../data/format-event-date'
import { formatFigureValue } from '../../data/format-figure'
import { describeSource } from '../../data/describe-source'
import { rangeAround } from '../../timeline/zoom'
import type { HistoryMode, ViewUpdate } from '../../url/use-view-state'
import type { ViewState } from '../../view/view-state'
import type { DatasetIndex } from '../../data/dataset-index'
import type { TimelineEvent } from '../../data/schema'
import { LoadedTimeline } from '../../timeline/LoadedTimeline'
import { usePresentKeys } from './use-present-keys'
import { useFilteredEvents } from '../filters'

/** Below this, text on a 1920-pixel projector would drop under 28 px. */
const MIN_FIT_SCALE = 0.9

/** The strip shows about a year around the current event. */
const STRIP_DAYS = 400

type PresentModeProps = {
  loaded: LoadedDataset
  view: ViewState
  setView: (update: ViewUpdate, history?: HistoryMode) => void
}

function toggleFullscreen() {
  if (document.fullscreenElement) void document.exitFullscreen()
  else void document.documentElement.requestFullscreen?.().catch(() => undefined)
}

export function PresentMode({ loaded, view, setView }: PresentModeProps) {
  const { index } = loaded
  const { events } = useFilteredEvents(loaded.filterContext, view, view.query)
  const orderedIds = useMemo(() => events.map((event) => event.id), [events])
  const requestedPosition = view.selectedEventId ? orderedIds.indexOf(view.selectedEventId) : -1
  const position = requestedPosition === -1 ? 0 : requestedPosition
  const event = events[position]
  const span = event ? index.spans.get(event.id) : undefined

  const goTo = (nextPosition: number) => {
    const target = orderedIds[Math.min(orderedIds.length - 1, Math.max(0, nextPosition))]
    if (target) setView((current) => ({ ...current, selectedEventId: target }), 'replace')
  }
  const leave = () => {
    if (document.fullscreenElement) void document.exitFullscreen()
    setView((current) => ({ ...current, mode: 'default' }), 'push')
  }

  const typedStep = usePresentKeys({
    onNext: () => goTo(position + 1),
    onPrevious: () => goTo(position - 1),
    onFirst: () => goTo(0),
    onLast: () => goTo(orderedIds.length - 1),
    onGoTo: (step) => goTo(step - 1),
    onToggleFullscreen: toggleFullscreen,
    onLeave: leave,
  })

  // A presentation opened without an event starts at the first step, and says so in the URL.
  const startAtFirstStep = useEffectEvent(() => goTo(0))
  useEffect(() => {
    if (requestedPosition === -1 && orderedIds.length > 0) startAtFirstStep()
  }, [requestedPosition, orderedIds.length])

  const provenance = useProvenance(view.dataUrl)
  const dataSource = provenanceSentence(provenance)
  useEffect(() => {
    document.title = provenanceTitle(event?.title ?? index.dataset.title, provenance)
  }, [event, index.dataset.title, provenance])

  // A long event shrinks its card just enough to fit the screen, rather than hide its end below the fold.
  const cardRef = useRef<HTMLElement>(null)
  const fitCard = useEffectEvent(() => {
    const card = cardRef.current
    if (!card) return
    let scale = 1
    card.style.setProperty('--ct-fit', '1')
    while (card.scrollHeight > card.clientHeight + 1 && scale > MIN_FIT_SCALE) {
      scale = Math.max(MIN_FIT_SCALE, scale - 0.025)
      card.style.setProperty('--ct-fit', String(scale))
    }
  })
  useLayoutEffect(() => fitCard(), [event])
  useEffect(() => {
    const onResize = () => fitCard()
    window.addEventListener('resize', onResize)
    return () => window.removeEventListener('resize', onResize)
  }, [])

  const stripRange = useMemo(
    () => (span ? rangeAround((span.firstDay + span.lastDay + 1) / 2, STRIP_DAYS) : null),
    [span],
  )

  if (!event) {
    return (
      <main className="ct-present grid min-h-dvh place-items-center p-8">
        <div className="flex flex-col items-center gap-4 text-center">
          <h1 className="ct-present-title">No events to present</h1>
          <p className="ct-present-text">The filters of this link match no event.</p>
          <button type="button" className="ct-button rounded-md border px-4 py-2" onClick={leave}>
            Back to the timeline
          </button>
        </div>
      </main>
    )
  }

  const type = index.typesById.get(event.type)
  const quote = event.quotes?.[0]
  const source = event.sources[0]

  return (
    <div className="ct-present flex flex-col">
      <header className="ct-present-bar flex items-center gap-4 px-6 py-3">
        <p className="ct-present-brand font-semibold">
          {dataSource ? index.dataset.title : 'Conflict Timeline'}
        </p>
        {dataSource && (
          <p role="note" className="ct-data-source rounded-md border px-2 py-1 text-base">
            {dataSource}
          </p>
        )}
        <OfflineNotice />
        <p
          className="ct-present-progress ml-auto tabular-nums"
          aria-label={`Step ${position + 1} of ${orderedIds.length}`}
        >
          {position + 1} / {orderedIds.length}
        </p>
        {typedStep !== '' && (
          <p className="ct-present-goto tabular-nums" aria-live="polite">
            Go to step {typedStep} ⏎
          </p>
        )}
        <button
          type="button"
          className="ct-button rounded-md border px-3 py-1.5"
          onClick={toggleFullscreen}
        >
          Full screen <span className="ct-muted">(F)</span>
        </button>
        <button type="button" className="ct-button rounded-md border px-3 py-1.5" onClick={leave}>
          Leave <span className="ct-muted">(Esc)</span>
        </button>
      </header>
      <main id="main-content" className="flex min-h-0 flex-1 flex-col">
        <div className="ct-present-stage flex min-h-0 flex-1">
          <article
            ref={cardRef}
            aria-labelledby="present-title"
            aria-live="polite"
            className="ct-present-card mx-auto flex w-full max-w-[110rem] flex-1 flex-col gap-[0.6em] px-[4vw] py-[2.5vh]"
          >
            <p className="ct-present-meta flex flex-wrap items-center gap-x-4">
              <time dateTime={event.date} className="font-semibold">
                {formatEventDate(index, event)}
              </time>
              {type && (
                <span className="inline-flex items-center gap-2">
                  <span
                    className="ct-swatch inline-block size-[0.8em] rounded-full"
                    style={{ backgroundColor: type.color }}
                    aria-hidden="true"
                  />
                  {type.label}
                </span>
              )}
            </p>
            <h1 id="present-title" className="ct-present-title text-balance">
              {event.title}
            </h1>
            <p className="ct-present-text whitespace-pre-line">{event.summary}</p>
            {event.figures && event.figures.length > 0 && (
              <ul className="ct-present-figures flex flex-col gap-[0.2em]" aria-label="Key figures">
                {event.figures.slice(0, 3).map((figure) => (
                  <li key={`${figure.label}-${figure.value}`} className="ct-present-small">
                    <span className="ct-present-figure font-bold">{formatFigureValue(figure)}</span>{' '}
                    {figure.label}
                  </li>
                ))}
              </ul>
            )}
            {quote && (
              <figure className="ct-present-quote border-l-[0.25em] pl-[0.8em]">
                <blockquote>
                  <p>“{quote.text}”</p>
                </blockquote>
                <figcaption className="ct-present-small mt-1">
                  — {index.actorsById.get(quote.by)?.name ?? quote.by}
                </figcaption>
              </figure>
            )}
            {source && (
              <p className="ct-present-small ct-muted mt-auto">Source: {describeSource(source)}</p>
            )}
          </article>
          {hasPlaceOnMap(index, event) && (
            <figure className="ct-present-map" aria-label="Where it happened">
              <StillMap
                index={index}
                events={[event]}
                viewport={null}
                selectedEventId={event.id}
                maxFitZoom={5}
              />
            </figure>
          )}
        </div>
        <div className="ct-present-strip px-4 pb-3">
          <LoadedTimeline
            index={index}
            events={events}
            grouping="none"
            selectedEventId={event.id}
            range={stripRange}
            onSelectEvent={(eventId) => {
              if (eventId && orderedIds.includes(eventId)) goTo(orderedIds.indexOf(eventId))
            }}
            onRangeChange={() => undefined}
            label="Where this event sits in time"
            variant="strip"
          />
        </div>
        <nav aria-label="Steps" className="flex items-center justify-between gap-4 px-6 pb-3">
          <button
            type="button"
            className="ct-button rounded-md border px-4 py-2"
            onClick={() => goTo(position - 1)}
            disabled={position === 0}
          >
            ← Previous
          </button>
          <p className="ct-muted text-center text-sm lg:text-base">
            → Space PageDown: next · ← PageUp: previous · Home/End · type a number and Enter
          </p>
          <button
            type="button"
            className="ct-button rounded-md border px-4 py-2"
            onClick={() => goTo(position + 1)}
            disabled={position === orderedIds.length - 1}
          >
            Next →
          </button>
        </nav>
      </main>
    </div>
  )
}

function hasPlaceOnMap(index: DatasetIndex, event: TimelineEvent): boolean {
  return mapPlacesOf(event, index.locationsById).length > 0
}
