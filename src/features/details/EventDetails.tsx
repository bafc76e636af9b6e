/**
 * The details of one event: a region named by the event's title, with its date written at its precision,
 * type, actors, places, figures, quotes and sources. Previous and next step through the shown events in time
 * order.
 */
import { useEffect, useRef } from 'react'
import type { DatasetIndex } from '../../data/dataset-index'
import { formatFigureValue } from '../../data/format-figure'
import { formatDateText } from '../../data/partial-date'
import type { TimelineEvent } from '../../data/schema'
import { CATEGORY_NAMES } from '../../data/display-names'
import { formatEventDate } from '../../data/format-event-date'
import { EventMedia } from './EventMedia'

type EventDetailsProps = {
  index: DatasetIndex
  event: TimelineEvent
  /** 1-based position among the shown events, and how many there are. */
  position: number
  total: number
  onPrevious: (() => void) | null
  onNext: (() => void) | null
  onClose: () => void
  /** Move focus to the title: when the reader opened the event, not when a link did. */
  shouldTakeFocus: boolean
}

export function EventDetails({
  index,
  event,
  position,
  total,
  onPrevious,
  onNext,
  onClose,
  shouldTakeFocus,
}: EventDetailsProps) {
  const headingRef = useRef<HTMLHeadingElement>(null)
  const type = index.typesById.get(event.type)
  const titleId = `event-title-${event.id}`

  // A panel the reader opened takes focus, so keyboard and screen-reader users land on what they opened.
  useEffect(() => {
    if (shouldTakeFocus) headingRef.current?.focus({ preventScroll: true })
  }, [event.id, shouldTakeFocus])

  const actors = event.actors.flatMap((id) => index.actorsById.get(id) ?? [])
  const locations = event.locations.flatMap((id) => index.locationsById.get(id) ?? [])

  return (
    <section aria-labelledby={titleId} className="ct-details flex flex-col gap-4">
      <header className="flex items-start gap-3">
        <div className="min-w-0 flex-1">
          <p className="ct-muted text-sm font-medium">
            <time dateTime={event.date}>{formatEventDate(index, event)}</time>
          </p>
          <h2
            id={titleId}
            ref={headingRef}
            tabIndex={-1}
            className="mt-1 text-xl leading-snug font-semibold text-balance"
          >
            {event.title}
          </h2>
          {type && (
            <p className="mt-2 flex flex-wrap items-center gap-2 text-sm">
              <span
                className="ct-swatch inline-block size-3 rounded-full"
                style={{ backgroundColor: type.color }}
                aria-hidden="true"
              />
              <span>{type.label}</span>
              <span className="ct-muted">· {CATEGORY_NAMES[type.category]}</span>
            </p>
          )}
        </div>
        <button
          type="button"
          className="ct-button inline-flex size-9 shrink-0 items-center justify-center rounded-md border text-lg"
          onClick={onClose}
          aria-label="Close details"
          title="Close (Esc)"
        >
          <span aria-hidden="true">×</span>
        </button>
      </header>

      <p className="leading-relaxed whitespace-pre-line">{event.summary}</p>

      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
        {actors.length > 0 && (
          <>
            <dt className="ct-muted font-medium">Actors</dt>
            <dd>{actors.map((actor) => actor.name).join(', ')}</dd>
          </>
        )}
        {locations.length > 0 && (
          <>
            <dt className="ct-muted font-medium">Places</dt>
            <dd>{locations.map((location) => location.name).join(', ')}</dd>
          </>
        )}
      </dl>

      {event.figures && event.figures.length > 0 && (
        <section aria-label="Figures">
          <h3 className="ct-muted text-xs font-semibold tracking-wide uppercase">Figures</h3>
          <ul className="mt-2 flex flex-col gap-2">
            {event.figures.map((figure) => (
              <li key={`${figure.label}-${figure.value}`} className="text-sm">
                <span className="text-base font-semibold">{formatFigureValue(figure)}</span>{' '}
                <span>{figure.label}</span>
              </li>
            ))}
          </ul>
        </section>
      )}

      {event.quotes && event.quotes.length > 0 && (
        <section aria-label="Quotes" className="flex flex-col gap-3">
          <h3 className="ct-muted text-xs font-semibold tracking-wide uppercase">Quotes</h3>
          {event.quotes.map((quote) => (
            <figure key={quote.text} className="ct-quote border-l-4 pl-3">
              <blockquote>
                <p className="italic">“{quote.text}”</p>
              </blockquote>
              <figcaption className="ct-muted mt-1 text-sm">
                — {index.actorsById.get(quote.by)?.name ?? quote.by}
              </figcaption>
            </figure>
          ))}
        </section>
      )}

      {event.links && event.links.length > 0 && (
        <section aria-label="Links">
          <h3 className="ct-muted text-xs font-semibold tracking-wide uppercase">Links</h3>
          <ul className="mt-2 flex flex-col gap-1 text-sm">
            {event.links.map((link) => (
              <li key={link.url}>
                <a href={link.url} target="_blank" rel="noopener noreferrer" className="ct-link">
                  {link.text} <span className="sr-only">(opens in a new tab)</span>
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}

      {event.media && <EventMedia key={event.id} media={event.media} />}

      <section aria-label="Sources">
        <h3 className="ct-muted text-xs font-semibold tracking-wide uppercase">Sources</h3>
        {event.sources.length === 0 ? (
          <p className="mt-2 text-sm">This dataset gives no source for this event.</p>
        ) : (
          <ul className="mt-2 flex flex-col gap-2 text-sm">
            {event.sources.map((source, position) => (
              <li key={position}>
                {source.url ? (
                  <a
                    href={source.url}
                    target="_blank"
                    rel="noopener noreferrer"
                    className="ct-link"
                  >
                    {source.title ?? source.publisher}{' '}
                    <span className="sr-only">(opens in a new tab)</span>
                  </a>
                ) : (
                  <span>{source.title ?? source.publisher}</span>
                )}
                <span className="ct-muted">
                  {' '}
                  — {source.publisher}
                  {source.date && `, ${formatDateText(source.date)}`}
                </span>
              </li>
            ))}
          </ul>
        )}
        {event.checked && (
          <p className="ct-muted mt-2 text-xs">
            Checked against its sources on {formatDateText(event.checked)}.
          </p>
        )}
      </section>

      <nav aria-label="Step through events" className="mt-auto flex items-center gap-2 pt-2">
        <button
          type="button"
          className="ct-button inline-flex h-10 items-center rounded-md border px-3 text-sm font-medium"
          onClick={onPrevious ?? undefined}
          disabled={!onPrevious}
          title="Previous event (←)"
        >
          <span aria-hidden="true">←&nbsp;</span>Previous
        </button>
        <span className="ct-muted flex-1 text-center text-sm">
          {position > 0 ? `${position} of ${total}` : 'Not among the filtered events'}
        </span>
        <button
          type="button"
          className="ct-button inline-flex h-10 items-center rounded-md border px-3 text-sm font-medium"
          onClick={onNext ?? undefined}
          disabled={!onNext}
          title="Next event (→)"
        >
          Next<span aria-hidden="true">&nbsp;→</span>
        </button>
      </nav>
    </section>
  )
}
