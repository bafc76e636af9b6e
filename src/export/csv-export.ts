/** The shown events in our spreadsheet template (src/import/csv-template.ts), one row each. */
import Papa from 'papaparse'
import type { Dataset } from '../data/schema'
import { CATEGORIES } from '../data/vocabulary'
import {
  figureQualifier,
  LIST_SEPARATOR,
  NUMBERED_GROUPS,
  placeCell,
  TEMPLATE_COLUMNS,
} from '../import/csv-template'

export function datasetToCsv(dataset: Dataset): string {
  const actors = new Map(dataset.actors.map((actor) => [actor.id, actor.name]))
  const places = new Map(dataset.locations.map((place) => [place.id, place]))
  const types = new Map(dataset.eventTypes.map((type) => [type.id, type]))
  const most = (count: (event: Dataset['events'][number]) => number) =>
    Math.max(0, ...dataset.events.map(count))
  const groupSizes = {
    source: most((event) => event.sources.length),
    figure: most((event) => event.figures?.length ?? 0),
    quote: most((event) => event.quotes?.length ?? 0),
  }
  const numberedColumns = (
    Object.keys(NUMBERED_GROUPS) as (keyof typeof NUMBERED_GROUPS)[]
  ).flatMap((group) =>
    Array.from({ length: groupSizes[group] }, (_, index) =>
      NUMBERED_GROUPS[group].map((field) => `${group}_${index + 1}_${field}`),
    ).flat(),
  )
  const rows = dataset.events.map((event) => {
    const type = types.get(event.type)
    const row: Record<string, string> = {
      id: event.id,
      date: event.date,
      end_date: event.endDate ?? '',
      title: event.title,
      summary: event.summary,
      type: type?.label ?? event.type,
      category: type && CATEGORIES.includes(type.category) ? type.category : '',
      importance: event.importance === undefined ? '' : String(event.importance),
      actors: event.actors.map((id) => actors.get(id) ?? id).join(`${LIST_SEPARATOR} `),
      locations: event.locations
        .map((id) => {
          const place = places.get(id)
          return place ? placeCell(place.name, place.lat, place.lon) : id
        })
        .join(`${LIST_SEPARATOR} `),
      tags: (event.tags ?? []).join(`${LIST_SEPARATOR} `),
      media_url: event.media?.url ?? '',
      media_caption: event.media?.caption ?? '',
      media_credit: event.media?.credit ?? '',
      checked: event.checked ?? '',
    }
    event.sources.forEach((source, index) => {
      for (const field of NUMBERED_GROUPS.source)
        row[`source_${index + 1}_${field}`] = source[field] ?? ''
    })
    event.figures?.forEach((figure, index) => {
      row[`figure_${index + 1}_label`] = figure.label
      row[`figure_${index + 1}_value`] = String(figure.value)
      row[`figure_${index + 1}_unit`] = figure.unit ?? ''
      row[`figure_${index + 1}_qualifier`] = figureQualifier(figure)
    })
    event.quotes?.forEach((quote, index) => {
      row[`quote_${index + 1}_text`] = quote.text
      row[`quote_${index + 1}_by`] = actors.get(quote.by) ?? quote.by
    })
    return row
  })
  // A formula-like cell ("=HYPERLINK(…)") is data, not a formula: a leading apostrophe keeps spreadsheets from
  // running it when the file is opened.
  return Papa.unparse(
    { fields: [...TEMPLATE_COLUMNS, ...numberedColumns], data: rows },
    { escapeFormulae: true },
  )
}
