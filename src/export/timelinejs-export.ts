/**
 * The shown events as TimelineJS JSON, so that people can take them back to TimelineJS: dates in parts, the
 * title as headline, the summary as the slide's text (escaped, since TimelineJS reads it as HTML), the type as
 * group, periods as eras. TimelineJS has no actors, places, figures, quotes or sources; JSON and CSV keep them.
 */
import { parsePartialDate } from '../data/partial-date'
import type { Dataset } from '../data/schema'

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
}

function paragraphs(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, '<br>')}</p>`)
    .join('')
}

function dateParts(date: string) {
  const parsed = parsePartialDate(date)
  if (!parsed) return undefined
  return {
    // TimelineJS counts years without a year 0, as people do: our "-0043" (44 BC) is its -44.
    year: parsed.year <= 0 ? parsed.year - 1 : parsed.year,
    ...(parsed.month !== undefined && { month: parsed.month }),
    ...(parsed.day !== undefined && { day: parsed.day }),
  }
}

export function datasetToTimelineJs(dataset: Dataset): string {
  const types = new Map(dataset.eventTypes.map((type) => [type.id, type.label]))
  const document = {
    title: {
      text: {
        headline: escapeHtml(dataset.title),
        ...(dataset.description && { text: paragraphs(dataset.description) }),
      },
    },
    events: dataset.events.map((event) => ({
      unique_id: event.id,
      start_date: dateParts(event.date),
      ...(event.endDate && { end_date: dateParts(event.endDate) }),
      text: { headline: escapeHtml(event.title), text: paragraphs(event.summary) },
      group: types.get(event.type) ?? event.type,
      ...(event.media && { media: event.media }),
    })),
    eras: (dataset.periods ?? []).map((period) => ({
      start_date: dateParts(period.start),
      end_date: dateParts(period.end),
      text: { headline: escapeHtml(period.label) },
    })),
  }
  return `${JSON.stringify(document, null, 2)}\n`
}
