/**
 * Our own spreadsheet template: one row per event, lists in a cell separated by `;`, and numbered columns for
 * an event's sources, figures and quotes (source_1_publisher, source_2_publisher, …) so that a spreadsheet holds
 * everything a JSON dataset does. The exporter writes the same columns (src/export/csv-export.ts).
 */
import { CATEGORIES, type Category } from '../data/vocabulary'
import type { CsvTable } from './csv'
import { dateFromText } from './date-parts'
import { DatasetBuilder } from './dataset-builder'
import type { ImportResult } from './import-result'

export const LIST_SEPARATOR = ';'

export const TEMPLATE_COLUMNS = [
  'id',
  'date',
  'end_date',
  'title',
  'summary',
  'type',
  'category',
  'importance',
  'actors',
  'locations',
  'tags',
  'media_url',
  'media_caption',
  'media_credit',
  'checked',
] as const

export const NUMBERED_GROUPS = {
  source: ['publisher', 'title', 'date', 'url'],
  figure: ['label', 'value', 'unit', 'qualifier'],
  quote: ['text', 'by'],
} as const

export const REQUIRED_TEMPLATE_COLUMNS = ['date', 'title']

/** A figure's qualifier as a spreadsheet writes it: "about 3,000", "more than 220,000". */
export const FIGURE_QUALIFIERS = {
  about: { approximate: true },
  'more than': { bound: 'more-than' },
  'at least': { bound: 'at-least' },
  'up to': { bound: 'up-to' },
} as const

export function figureQualifier(figure: { approximate?: boolean; bound?: string }): string {
  const found = Object.entries(FIGURE_QUALIFIERS).find(([, fields]) =>
    'bound' in fields
      ? fields.bound === figure.bound
      : figure.approximate === true && !figure.bound,
  )
  return found?.[0] ?? ''
}

const PLACE_WITH_COORDINATES = /^(.*?)\s*\(\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*\)$/

/** "Kyiv (50.45, 30.52)": a place and, optionally, where it is. */
export function placeCell(name: string, lat?: number, lon?: number): string {
  return lat === undefined || lon === undefined ? name : `${name} (${lat}, ${lon})`
}

function listOf(cell: string | undefined): string[] {
  return (cell ?? '')
    .split(LIST_SEPARATOR)
    .map((item) => item.trim())
    .filter(Boolean)
}

function numberedGroups(cells: Map<string, string>, group: keyof typeof NUMBERED_GROUPS) {
  const found: Map<string, string>[] = []
  for (let number = 1; ; number += 1) {
    const fields = NUMBERED_GROUPS[group].map(
      (field) => [field, cells.get(`${group}_${number}_${field}`)] as const,
    )
    if (fields.every(([, value]) => value === undefined)) return found
    if (fields.some(([, value]) => value))
      found.push(new Map(fields.map(([field, value]) => [field, value ?? ''])))
  }
}

function addRow(builder: DatasetBuilder, cells: Map<string, string>, origin: string): void {
  const date = dateFromText(cells.get('date') ?? '')
  if ('error' in date) return builder.setAsideRecord(origin, 'date', date.error)
  const title = cells.get('title') ?? ''
  if (!title) return builder.setAsideRecord(origin, 'title', "missing; expected the event's title")
  const event: { [key: string]: unknown } & { date: string; title: string } = {
    date: date.date,
    title,
  }
  const endText = cells.get('end_date')
  if (endText) {
    const end = dateFromText(endText)
    if ('error' in end) return builder.setAsideRecord(origin, 'end_date', end.error)
    if (end.date !== date.date) event.endDate = end.date
  }
  event.summary = cells.get('summary') || title
  if (!cells.get('summary'))
    builder.adjust('there was no summary, so the title stands as the summary', origin)
  const categoryCell = (cells.get('category') ?? '').toLowerCase()
  const category = CATEGORIES.find((candidate) => candidate === categoryCell) as
    Category | undefined
  if (categoryCell && !category)
    builder.adjust(
      `the category is not one of ${CATEGORIES.join(', ')}, so "political" was used`,
      origin,
    )
  event.type = builder.typeId(cells.get('type') || 'Events', category)
  event.actors = listOf(cells.get('actors')).map((name) => builder.actorId(name))
  event.locations = listOf(cells.get('locations')).map((cell) => {
    const match = PLACE_WITH_COORDINATES.exec(cell)
    return match
      ? builder.locationId(match[1] ?? cell, { lat: Number(match[2]), lon: Number(match[3]) })
      : builder.locationId(cell)
  })
  const importance = cells.get('importance')
  if (importance) {
    if (['1', '2', '3'].includes(importance)) event.importance = Number(importance)
    else builder.adjust('importance was left out: expected 1, 2 or 3', origin)
  }
  const tags = listOf(cells.get('tags'))
  if (tags.length > 0) event.tags = tags
  event.sources = numberedGroups(cells, 'source').map((source) => ({
    publisher: source.get('publisher') || 'Unknown publisher',
    ...(source.get('title') && { title: source.get('title') }),
    ...(source.get('date') && { date: source.get('date') }),
    ...(source.get('url') && { url: source.get('url') }),
  }))
  const figures = numberedGroups(cells, 'figure').flatMap((figure, index) => {
    const value = Number((figure.get('value') ?? '').replace(/[\s,]/g, ''))
    if (figure.get('value') === '' || !Number.isFinite(value)) {
      builder.adjust(`figure ${index + 1} was left out: its value is not a number`, origin)
      return []
    }
    const unit = figure.get('unit')
    const qualifierCell = (figure.get('qualifier') ?? '').toLowerCase()
    const qualifier = FIGURE_QUALIFIERS[qualifierCell as keyof typeof FIGURE_QUALIFIERS]
    if (qualifierCell && !qualifier)
      builder.adjust(
        `a figure's qualifier was left out: expected ${Object.keys(FIGURE_QUALIFIERS).join(', ')}`,
        origin,
      )
    return [{ label: figure.get('label') || 'figure', value, ...(unit && { unit }), ...qualifier }]
  })
  if (figures.length > 0) event.figures = figures
  const quotes = numberedGroups(cells, 'quote')
    .filter((quote) => quote.get('text'))
    .map((quote) => ({
      text: quote.get('text'),
      by: builder.actorId(quote.get('by') || 'Unknown speaker', 'person'),
    }))
  if (quotes.length > 0) event.quotes = quotes
  const mediaUrl = cells.get('media_url')
  if (mediaUrl) {
    const caption = cells.get('media_caption')
    const credit = cells.get('media_credit')
    event.media = { url: mediaUrl, ...(caption && { caption }), ...(credit && { credit }) }
  }
  const checkedText = cells.get('checked')
  if (checkedText) {
    const checked = dateFromText(checkedText)
    if (!('error' in checked) && checked.date.length === 10) event.checked = checked.date
    else
      builder.adjust(
        `the checked date was left out: expected the day of the check, such as 2026-12-04, got "${checkedText}"`,
        origin,
      )
  }
  builder.addEvent(origin, event, cells.get('id') || undefined)
}

export function importCsvTemplate(table: CsvTable, fileName: string): ImportResult {
  const builder = new DatasetBuilder('csv-template')
  builder.noteFileProblems(table.problems)
  for (const { number, cells } of table.rows) addRow(builder, cells, `row ${number}`)
  return builder.build({ title: fileName })
}
