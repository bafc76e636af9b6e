/**
 * The dataset format, version 1 (GUIDE §1). This file is the only source of the dataset types; the JSON Schema
 * in data/events.schema.json is generated from it (`npm run generate-schema`).
 *
 * Each schema here checks one record on its own. Rules that need the whole document (unique ids, references
 * between lists) live in validate-dataset.ts, which also keeps the good records when some are bad.
 */
import { z } from 'zod'
import { firstDayOf, isPartialDate, lastDayOf, parsePartialDate } from './partial-date'
import { ACTOR_KINDS, CATEGORIES, FIGURE_BOUNDS, LOCATION_KINDS } from './vocabulary'

const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/
const COLOR_PATTERN = /^#[0-9a-fA-F]{6}$/
const COUNTRY_PATTERN = /^[A-Z]{2}$/

export const IdSchema = z
  .string({ error: 'expected an id (text)' })
  .regex(ID_PATTERN, 'expected a kebab-case id such as "istanbul-talks-2025"')

export const PartialDateSchema = z
  .string({ error: 'expected a date as text' })
  .regex(/^-?\d{4}(-\d{2}(-\d{2})?)?$/, {
    message:
      'expected a date as YYYY, YYYY-MM or YYYY-MM-DD (years before 1 BC with a minus: -0043 is 44 BC)',
    abort: true,
  })
  .refine(isPartialDate, 'expected a real calendar date')

/**
 * Plain text. Bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069) are removed: in a name they
 * can make the text around it read backwards. Nothing else of the text changes.
 */
function text(maxLength?: { max: number; message: string }) {
  const required = z.string({ error: 'expected text' }).trim().min(1, 'must not be empty')
  return (maxLength ? required.max(maxLength.max, maxLength.message) : required).transform(
    (value) => value.replace(/[\u202a-\u202e\u2066-\u2069]/g, ''),
  )
}

const TextSchema = text()

/**
 * An http(s) address of the plainest kind, which the URL standard's parser always accepts: a host of ASCII
 * letters, digits and hyphens whose last label starts with a letter (so it is never read as an IP address), no
 * label in punycode (xn--), no user, a port of at most four digits, then printable ASCII.
 */
export const PLAIN_WEB_ADDRESS =
  /^https?:\/\/(?:(?!xn--)[a-z0-9-]+\.)*(?!xn--)[a-z][a-z0-9-]*(?::\d{1,4})?(?:[/?#][!-~]*)?$/i

/**
 * Only http(s) addresses: a dataset must never smuggle in javascript: or data: links. Most addresses are plain
 * and are known good without the browser's parser, which took 1–2 µs for each of a dataset's thousands.
 */
export function isWebAddress(value: string): boolean {
  if (PLAIN_WEB_ADDRESS.test(value)) return true
  try {
    const { protocol } = new URL(value)
    return protocol === 'http:' || protocol === 'https:'
  } catch {
    return false
  }
}

export const WebAddressSchema = z
  .string({ error: 'expected a web address as text' })
  .refine(isWebAddress, 'expected an absolute http: or https: address')

export const ActorSchema = z.object({
  id: IdSchema,
  name: TextSchema,
  kind: z.enum(ACTOR_KINDS, { error: `expected one of ${ACTOR_KINDS.join(', ')}` }),
  /** For a person or a unit: the actor (state, organisation) they belong to. */
  affiliation: IdSchema.optional(),
  description: TextSchema.optional(),
})

export const LocationSchema = z
  .object({
    id: IdSchema,
    name: TextSchema,
    kind: z.enum(LOCATION_KINDS, { error: `expected one of ${LOCATION_KINDS.join(', ')}` }),
    /**
     * The bundled dataset gives it for every place but seas (src/data/quality-checks.ts); an imported timeline
     * may not know it.
     */
    country: z
      .string({ error: 'expected a country code as text' })
      .regex(COUNTRY_PATTERN, 'expected an ISO 3166-1 alpha-2 country code such as "UA"')
      .optional(),
    /** The id of the region (oblast, province) location this place lies in. */
    region: IdSchema.optional(),
    /** Both or neither: a place named in an imported timeline may have no coordinates. */
    lat: z
      .number({ error: 'expected a latitude (number)' })
      .min(-90, 'expected a latitude from -90 to 90')
      .max(90, 'expected a latitude from -90 to 90')
      .optional(),
    lon: z
      .number({ error: 'expected a longitude (number)' })
      .min(-180, 'expected a longitude from -180 to 180')
      .max(180, 'expected a longitude from -180 to 180')
      .optional(),
  })
  .refine((location) => (location.lat === undefined) === (location.lon === undefined), {
    message: 'expected both lat and lon, or neither',
    path: ['lon'],
  })

export const EventTypeSchema = z.object({
  id: IdSchema,
  label: TextSchema,
  category: z.enum(CATEGORIES, { error: `expected one of ${CATEGORIES.join(', ')}` }),
  color: z
    .string({ error: 'expected a colour as text' })
    .regex(COLOR_PATTERN, 'expected a colour as #rrggbb'),
  description: TextSchema.optional(),
})

export const PeriodSchema = z
  .object({
    id: IdSchema,
    label: TextSchema,
    start: PartialDateSchema,
    end: PartialDateSchema,
    description: TextSchema.optional(),
    /**
     * Region locations held by an occupying force, in whole or in part, throughout the period: the map hatches
     * them while its window lies in the period.
     */
    occupiedRegions: z.array(IdSchema, { error: 'expected a list of location ids' }).optional(),
  })
  .refine((period) => isInOrder(period.start, period.end), {
    message: 'expected end not before start',
    path: ['end'],
  })

export const FigureSchema = z.object({
  label: TextSchema,
  value: z.number({ error: 'expected a number' }),
  unit: TextSchema.optional(),
  /** The value is an estimate ("about 3,000"). */
  approximate: z.boolean({ error: 'expected true or false' }).optional(),
  /** The value is a bound ("more than 220,000"). */
  bound: z.enum(FIGURE_BOUNDS, { error: `expected one of ${FIGURE_BOUNDS.join(', ')}` }).optional(),
})

export const QuoteSchema = z.object({
  text: TextSchema,
  /** The actor id of who said it. */
  by: IdSchema,
  context: TextSchema.optional(),
})

/**
 * The bundled dataset gives all four fields of every source (validate-dataset.ts, `requireSources`); an imported
 * one may name only the publisher, as ACLED's exports do.
 */
export const SourceSchema = z.object({
  publisher: TextSchema,
  title: TextSchema.optional(),
  date: PartialDateSchema.optional(),
  url: WebAddressSchema.optional(),
})

/** A picture or video that goes with an event; loaded only when the reader asks for it. */
export const MediaSchema = z.object({
  url: WebAddressSchema,
  caption: TextSchema.optional(),
  credit: TextSchema.optional(),
  thumbnail: WebAddressSchema.optional(),
})

/** A link from the event's own text (a TimelineJS slide's), kept as a link beside the summary. */
export const LinkSchema = z.object({ text: TextSchema, url: WebAddressSchema })

export const EventSchema = z
  .object({
    id: IdSchema,
    date: PartialDateSchema,
    endDate: PartialDateSchema.optional(),
    title: text({ max: 500, message: 'expected a title of at most 500 characters' }),
    summary: text({ max: 200_000, message: 'expected a summary of at most 200,000 characters' }),
    type: IdSchema,
    actors: z.array(IdSchema, { error: 'expected a list of actor ids' }),
    locations: z.array(IdSchema, { error: 'expected a list of location ids' }),
    figures: z.array(FigureSchema, { error: 'expected a list of figures' }).optional(),
    quotes: z.array(QuoteSchema, { error: 'expected a list of quotes' }).optional(),
    sources: z.array(SourceSchema, { error: 'expected a list of sources' }),
    importance: z
      .number({ error: 'expected 1, 2 or 3' })
      .int('expected 1, 2 or 3')
      .min(1, 'expected 1, 2 or 3')
      .max(3, 'expected 1, 2 or 3')
      .optional(),
    tags: z.array(IdSchema, { error: 'expected a list of tags' }).optional(),
    media: MediaSchema.optional(),
    links: z.array(LinkSchema, { error: 'expected a list of links' }).optional(),
    /** The day the event was last checked against its sources (scripts/check-sources.ts). */
    checked: PartialDateSchema.refine(
      (date) => date.length === 10,
      'expected the day of the check as YYYY-MM-DD',
    ).optional(),
  })
  .refine((event) => event.endDate === undefined || isInOrder(event.date, event.endDate), {
    message: 'expected endDate not before date',
    path: ['endDate'],
  })

export const DatasetSchema = z.object({
  schemaVersion: z.literal(1, { error: 'expected 1 (the only version this app reads)' }),
  title: TextSchema,
  description: TextSchema.optional(),
  updated: PartialDateSchema.optional(),
  license: TextSchema.optional(),
  actors: z.array(ActorSchema),
  locations: z.array(LocationSchema),
  eventTypes: z.array(EventTypeSchema),
  periods: z.array(PeriodSchema).optional(),
  events: z.array(EventSchema),
})

function isInOrder(start: string, end: string): boolean {
  const first = parsePartialDate(start)
  const last = parsePartialDate(end)
  // An unparsable date already has its own message; do not add a second one about order.
  return !first || !last || lastDayOf(last) >= firstDayOf(first)
}

export type Dataset = z.infer<typeof DatasetSchema>
export type Actor = z.infer<typeof ActorSchema>
export type Location = z.infer<typeof LocationSchema>
export type EventType = z.infer<typeof EventTypeSchema>
export type Period = z.infer<typeof PeriodSchema>
export type TimelineEvent = z.infer<typeof EventSchema>
export type Figure = z.infer<typeof FigureSchema>
export type Quote = z.infer<typeof QuoteSchema>
export type Source = z.infer<typeof SourceSchema>
export type Media = z.infer<typeof MediaSchema>
