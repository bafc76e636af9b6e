/**
 * The fast path through the record schemas (src/data/schema-fast-path.ts) agrees with zod: whatever it accepts,
 * zod accepts too, with exactly the same result; what it cannot decide is left to zod.
 */
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import {
  ActorSchema,
  EventSchema,
  EventTypeSchema,
  LocationSchema,
  PeriodSchema,
} from '../../src/data/schema'
import { fastPathOf, UNDECIDED } from '../../src/data/schema-fast-path'

const bundled = JSON.parse(readFileSync('data/events.json', 'utf8')) as Record<string, unknown[]>

const LISTS = [
  { list: 'actors', schema: ActorSchema },
  { list: 'locations', schema: LocationSchema },
  { list: 'eventTypes', schema: EventTypeSchema },
  { list: 'periods', schema: PeriodSchema },
  { list: 'events', schema: EventSchema },
] as const

/** Same result as zod's, down to which keys are present and their order. */
function expectSameAsZod(schema: z.ZodType, value: unknown) {
  const fast = fastPathOf(schema)(value)
  const parsed = schema.safeParse(value)
  if (fast === UNDECIDED) return
  expect(parsed.success).toBe(true)
  expect(fast).toStrictEqual(parsed.data)
  expect(JSON.stringify(fast)).toBe(JSON.stringify(parsed.data))
}

/** Values a field may hold in a hostile or careless file, beside any JSON. */
const awkwardValue = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom(
    undefined,
    '',
    ' ',
    '  padded  ',
    '\u202eevil\u202c',
    'javascript:alert(1)',
    'HTTPS://Example.org/a',
    ' https://example.org/',
    'http://',
    'https://exa mple.org/',
    'ht\ttps://example.org/',
    '2025-02-29',
    '2024-02-29',
    '-0043',
    '2025-13',
    'kebab-case-id',
    'Not An Id',
    0,
    1,
    2.5,
    3,
    4,
    -90,
    91,
    Number.MAX_SAFE_INTEGER + 2,
    true,
    [],
    ['ukraine'],
    [''],
    {},
  ),
)

const KEYS = [
  'id',
  'name',
  'kind',
  'label',
  'category',
  'color',
  'date',
  'endDate',
  'start',
  'end',
  'title',
  'summary',
  'type',
  'actors',
  'locations',
  'sources',
  'importance',
  'tags',
  'figures',
  'quotes',
  'media',
  'links',
  'checked',
  'lat',
  'lon',
  'country',
  'region',
  'affiliation',
  'occupiedRegions',
  'unknownField',
]

describe('the fast path through the record schemas', () => {
  it.each(LISTS)('gives zod’s result for every record of the bundled $list', ({ list, schema }) => {
    const fastPath = fastPathOf(schema)
    for (const record of bundled[list] ?? []) {
      const fast = fastPath(record)
      expect(fast).not.toBe(UNDECIDED)
      expect(JSON.stringify(fast)).toBe(JSON.stringify(schema.parse(record)))
    }
  })

  it.each(LISTS)('accepts only what zod accepts, as zod returns it: $list', ({ list, schema }) => {
    const records = bundled[list] ?? []
    const changedRecord = fc
      .record({
        index: fc.nat({ max: records.length - 1 }),
        changes: fc.array(fc.tuple(fc.constantFrom(...KEYS), awkwardValue), { maxLength: 3 }),
        removed: fc.option(fc.constantFrom(...KEYS), { nil: undefined }),
      })
      .map(({ index, changes, removed }) => {
        const record = structuredClone(records[index]) as Record<string, unknown>
        for (const [key, value] of changes) record[key] = value
        return Object.fromEntries(Object.entries(record).filter(([key]) => key !== removed))
      })
    fc.assert(
      fc.property(fc.oneof(changedRecord, awkwardValue), (value) => expectSameAsZod(schema, value)),
      { numRuns: 400 },
    )
  })

  it('trims text, removes bidirectional overrides and keeps an optional key given as undefined', () => {
    const source = {
      publisher: '  Reuters ',
      title: 'A \u202eheadline\u202c',
      url: 'HTTPS://example.org/x',
      extra: 'dropped',
    }
    const event = { ...(bundled.events?.[0] as object), endDate: undefined, sources: [source] }
    const fast = fastPathOf(EventSchema)(event)
    expect(fast).not.toBe(UNDECIDED)
    expect(fast).toStrictEqual(EventSchema.parse(event))
    expect(fast).toHaveProperty('endDate', undefined)
    expect((fast as z.infer<typeof EventSchema>).sources[0]).toStrictEqual({
      publisher: 'Reuters',
      title: 'A headline',
      url: 'HTTPS://example.org/x',
    })
  })

  it.each([
    ['a javascript: address', { publisher: 'x', url: 'javascript:alert(1)' }],
    ['an address with a space in its host', { publisher: 'x', url: 'https://exa mple.org/' }],
    ['an empty publisher', { publisher: '   ' }],
    ['an impossible date', { publisher: 'x', date: '2025-02-30' }],
  ])('leaves %s to zod, which refuses it', (_, source) => {
    const event = { ...(bundled.events?.[0] as object), sources: [source] }
    expect(fastPathOf(EventSchema)(event)).toBe(UNDECIDED)
    expect(EventSchema.safeParse(event).success).toBe(false)
  })

  it('returns a record that needs nothing changed as it is, and a copy of any other', () => {
    const fastPath = fastPathOf(EventSchema)
    const asWritten = EventSchema.parse(bundled.events?.[0])
    expect(fastPath(asWritten)).toBe(asWritten)
    const reordered = Object.fromEntries(Object.entries(asWritten).reverse())
    const withExtra = { ...asWritten, note: 'not in the schema' }
    const padded = { ...asWritten, title: ` ${asWritten.title}` }
    for (const record of [reordered, withExtra, padded]) {
      const result = fastPath(record)
      expect(result).not.toBe(record)
      expect(JSON.stringify(result)).toBe(JSON.stringify(asWritten))
    }
  })

  it('refuses to build for a kind of schema it does not know', () => {
    expect(() => fastPathOf(z.object({ when: z.date() }))).toThrow(/date is not supported/)
    expect(() => fastPathOf(z.string().email())).toThrow(/not supported/)
    expect(() => fastPathOf(z.string().default('x'))).toThrow(/not supported/)
  })
})
