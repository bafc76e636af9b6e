/**
 * TimelineJS's JSON format (https://timeline.knightlab.com/docs/json-format.html): a title slide, events with
 * `start_date`/`end_date` in parts, `text.headline`/`text.text` that may hold HTML, `group`, `media`,
 * `unique_id`, and `eras`. Groups become event types (one lane each when lanes are by type), eras periods, the
 * title slide the dataset's title and description.
 */
import { dateFromParts, type DatePart } from './date-parts'
import { DatasetBuilder } from './dataset-builder'
import type { ImportFormat, ImportResult } from './import-result'
import { textFromHtml, webAddress } from './text-from-html'

type Slide = { [key: string]: unknown }

const TIME_PARTS = ['hour', 'minute', 'second', 'millisecond']
const TITLE_LENGTH = 80
const UNGROUPED_TYPE = 'Events'

function asObject(value: unknown): Slide | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Slide)
    : null
}

function textOf(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : ''
}

/** A title from the start of a text that has no headline: its first sentence, cut at a word. */
function titleFromText(text: string): string {
  const sentence = text.split(/(?<=[.!?])\s/)[0] ?? text
  if (sentence.length <= TITLE_LENGTH) return sentence
  return `${sentence.slice(0, TITLE_LENGTH - 1).replace(/\s+\S*$/, '')}…`
}

/** How the file names a field: `start_date.day` in TimelineJS JSON, `Day` in its spreadsheet template. */
export type FieldNames = (field: 'start_date' | 'end_date' | 'text', part?: DatePart) => string

const JSON_FIELD_NAMES: FieldNames = (field, part) => (part ? `${field}.${part}` : field)

function readDate(
  builder: DatasetBuilder,
  origin: string,
  field: 'start_date' | 'end_date',
  value: unknown,
  names: FieldNames,
) {
  const parts = asObject(value)
  if (!parts) {
    const error = 'missing; expected an object with year, month and day'
    builder.setAsideRecord(origin, names(field), error)
    return { error }
  }
  if (TIME_PARTS.some((part) => textOf(parts[part]).trim() !== ''))
    builder.adjust('the time of day was left out: this app keeps dates to the day', origin)
  const result = dateFromParts(parts.year, parts.month, parts.day)
  if ('error' in result) builder.setAsideRecord(origin, names(field, result.part), result.error)
  return result
}

/** One TimelineJS slide as our event; shared with the spreadsheet template, whose rows are slides too. */
export function addSlide(
  builder: DatasetBuilder,
  slide: Slide,
  origin: string,
  names: FieldNames = JSON_FIELD_NAMES,
): void {
  const start = readDate(builder, origin, 'start_date', slide.start_date, names)
  if ('error' in start) return
  let endDate: string | undefined
  if (slide.end_date !== undefined && slide.end_date !== null && slide.end_date !== '') {
    const end = readDate(builder, origin, 'end_date', slide.end_date, names)
    if ('error' in end) return
    endDate = end.date
  }
  const text = asObject(slide.text) ?? {}
  const headline = textFromHtml(textOf(text.headline))
  const body = textFromHtml(textOf(text.text))
  if (!headline.text && !body.text) {
    builder.setAsideRecord(
      origin,
      names('text'),
      'no headline and no text; expected at least one of them',
    )
    return
  }
  let title = headline.text.replace(/\n+/g, ' ')
  if (!title) {
    title = titleFromText(body.text)
    builder.adjust('there was no headline, so the start of the text became the title', origin)
  }
  let summary = body.text
  if (!summary) {
    summary = title
    builder.adjust('there was no text, so the headline stands as the summary', origin)
  }
  if (/<[a-z!/]/i.test(textOf(text.headline) + textOf(text.text)))
    builder.adjust(
      'HTML in the text was turned into plain text; its links are listed under Links',
      origin,
    )
  const group = textOf(slide.group).trim()
  const event: { [key: string]: unknown } & { date: string; title: string } = {
    date: start.date,
    title,
    summary,
    type: builder.typeId(group || UNGROUPED_TYPE),
    actors: [],
    locations: [],
    sources: [],
  }
  if (endDate && endDate !== start.date) event.endDate = endDate
  const links = [...headline.links, ...body.links]
  if (links.length > 0) event.links = links
  const media = asObject(slide.media)
  if (media && textOf(media.url).trim()) {
    const url = webAddress(textOf(media.url))
    if (url) {
      const caption = textFromHtml(textOf(media.caption)).text
      const credit = textFromHtml(textOf(media.credit)).text
      const thumbnail = webAddress(textOf(media.thumbnail))
      event.media = {
        url,
        ...(caption && { caption }),
        ...(credit && { credit }),
        ...(thumbnail && { thumbnail }),
      }
    } else {
      builder.adjust('the media was left out: its address is not an http(s) address', origin)
    }
  }
  if (textOf(slide.display_date).trim())
    builder.adjust('display_date was not kept: dates are written from their parts', origin)
  if (slide.background !== undefined && slide.background !== null && slide.background !== '')
    builder.adjust('the slide background was not kept', origin)
  const givenId = textOf(slide.unique_id).trim()
  builder.addEvent(origin, event, givenId || undefined)
}

/** An era as a period; an era without both dates cannot be drawn and is reported. */
export function addEra(
  builder: DatasetBuilder,
  era: Slide,
  origin: string,
  names: FieldNames = JSON_FIELD_NAMES,
): void {
  const start = readDate(builder, origin, 'start_date', era.start_date, names)
  const end = readDate(builder, origin, 'end_date', era.end_date, names)
  if ('error' in start || 'error' in end) return
  const text = asObject(era.text) ?? {}
  const label = textFromHtml(textOf(text.headline)).text || `${start.date} – ${end.date}`
  const description = textFromHtml(textOf(text.text)).text
  builder.addPeriod({
    label,
    start: start.date,
    end: end.date,
    ...(description && { description }),
  })
}

export function titleOf(slide: Slide | null, fallback: string) {
  const text = asObject(slide?.text) ?? {}
  const title = textFromHtml(textOf(text.headline)).text.replace(/\n+/g, ' ') || fallback
  const description = textFromHtml(textOf(text.text)).text
  return { title, ...(description && { description }) }
}

export function isTimelineJs(json: unknown): boolean {
  const document = asObject(json)
  return (
    document !== null &&
    document.schemaVersion === undefined &&
    Array.isArray(document.events) &&
    document.events.some((slide) => asObject(slide)?.start_date !== undefined)
  )
}

export function importTimelineJs(
  json: unknown,
  fileName: string,
  format: ImportFormat = 'timelinejs',
): ImportResult {
  const document = asObject(json) ?? {}
  const builder = new DatasetBuilder(format)
  const slides = Array.isArray(document.events) ? document.events : []
  slides.forEach((slide, index) => addSlide(builder, asObject(slide) ?? {}, `events[${index}]`))
  const eras = Array.isArray(document.eras) ? document.eras : []
  eras.forEach((era, index) => addEra(builder, asObject(era) ?? {}, `eras[${index}]`))
  return builder.build(titleOf(asObject(document.title), fileName))
}
