/**
 * `npm run bench`: filtering and facet counts on the bundled dataset and on synthetic datasets of 1,000 and
 * 10,000 events, the memory their indexes take, and the gzipped size of the built app, each against its target.
 * Prints a table and exits non-zero when a target is missed. Timings are medians of repeated runs.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { indexDataset, type DatasetIndex } from '../src/data/dataset-index'
import type { Dataset } from '../src/data/schema'
import { validateDataset } from '../src/data/validate-dataset'
import { countFacets } from '../src/filters/facet-counts'
import { buildEventFacets, resolveCriteria } from '../src/filters/filter-criteria'
import { filterEvents, type FilterContext } from '../src/filters/filter-events'
import { buildSearchIndex } from '../src/filters/search-index'
import { parseViewState } from '../src/url/parse-view-state'

type Row = { measure: string; value: number; unit: string; target: number }
const rows: Row[] = []

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? NaN
}

function time(run: () => unknown, repeats = 25): number {
  run()
  const samples: number[] = []
  for (let i = 0; i < repeats; i += 1) {
    const start = performance.now()
    run()
    samples.push(performance.now() - start)
  }
  return median(samples)
}

/** A deterministic synthetic dataset shaped like the real one: 16 types, 120 actors, 120 places, 2014–2025. */
function syntheticDataset(eventCount: number): Dataset {
  let seed = 7
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T
  const categories = ['diplomatic', 'military', 'political', 'humanitarian', 'economic'] as const
  const eventTypes = Array.from({ length: 16 }, (_, i) => ({
    id: `type-${i}`,
    label: `Type ${i}`,
    category: categories[i % 5] ?? 'political',
    color: '#1d4ed8',
  }))
  const actors = Array.from({ length: 120 }, (_, i) => ({
    id: `actor-${i}`,
    name: `Actor ${i} ${pick(['Kyiv', 'Moscow', 'Ankara', 'Brussels'])}`,
    kind: i < 20 ? ('state' as const) : ('person' as const),
    ...(i >= 20 ? { affiliation: `actor-${i % 20}` } : {}),
  }))
  const locations = Array.from({ length: 120 }, (_, i) => ({
    id: `place-${i}`,
    name: `Place ${i} Zaporižžia`,
    kind: i < 20 ? ('region' as const) : ('city' as const),
    country: 'UA',
    ...(i >= 20 ? { region: `place-${i % 20}` } : {}),
    lat: 48 + random() * 3,
    lon: 25 + random() * 12,
  }))
  const words = [
    'talks',
    'strike',
    'drone',
    'exchange',
    'ceasefire',
    'missile',
    'summit',
    'sanctions',
    'front',
  ]
  const events = Array.from({ length: eventCount }, (_, i) => {
    const year = 2014 + Math.floor(random() * 12)
    const month = 1 + Math.floor(random() * 12)
    const day = 1 + Math.floor(random() * 28)
    const date =
      i % 10 === 0
        ? `${year}-${String(month).padStart(2, '0')}`
        : `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
    return {
      id: `${date}-event-${i}`,
      date,
      title: `Event ${i}: ${pick(words)} ${pick(words)} near ${pick(locations).name}`,
      summary: `A summary of event ${i} about ${pick(words)}, ${pick(words)} and ${pick(words)}. It has two sentences.`,
      type: pick(eventTypes).id,
      actors: [pick(actors).id, pick(actors).id],
      locations: [pick(locations).id],
      sources: [{ publisher: 'Bench', title: 'Bench', date, url: 'https://example.org' }],
      importance: 1 + Math.floor(random() * 3),
    }
  })
  return {
    schemaVersion: 1,
    title: 'Synthetic',
    actors,
    locations,
    eventTypes,
    periods: [],
    events,
  }
}

function contextFor(index: DatasetIndex): FilterContext {
  return { index, searchIndex: buildSearchIndex(index), eventFacets: buildEventFacets(index) }
}

const INTERACTIONS = [
  ['no filter', ''],
  ['typing a word', '?q=tal'],
  ['two types, an actor, a word, dates', '?type=TYPES&actor=ACTOR&q=talks&from=2018'],
] as const

/** Filtering and facet counts together, as the page computes them on each change. */
function benchFiltering(
  name: string,
  dataset: Dataset,
  frameTarget: number,
  types: string,
  actor: string,
) {
  const index = indexDataset(dataset)
  const context = contextFor(index)
  for (const [interaction, template] of INTERACTIONS) {
    const query = template.replace('TYPES', types).replace('ACTOR', actor)
    const criteria = resolveCriteria(index, parseViewState(query).view).criteria
    const shown = filterEvents(context, criteria).length
    rows.push({
      measure: `${name}: filter + facet counts, ${interaction} (${shown} shown)`,
      value: time(() => {
        filterEvents(context, criteria)
        countFacets(context, criteria)
      }),
      unit: 'ms',
      target: frameTarget,
    })
  }
  rows.push({
    measure: `${name}: validate + index + search index (once per load)`,
    value: time(() => contextFor(indexDataset(validateDataset(dataset).dataset ?? dataset)), 5),
    unit: 'ms',
    target: frameTarget * 40,
  })
}

function heapUsedMb(): number {
  globalThis.gc?.()
  return process.memoryUsage().heapUsed / 1_048_576
}

const bundled = JSON.parse(readFileSync('data/events.json', 'utf8')) as Dataset
benchFiltering(
  `bundled (${bundled.events.length} events)`,
  bundled,
  16,
  'negotiations,summit',
  'russia',
)
benchFiltering('10,000 events', syntheticDataset(10_000), 50, 'type-1,type-2', 'actor-3')

if (globalThis.gc) {
  const before = heapUsedMb()
  const large = syntheticDataset(10_000)
  const kept = contextFor(indexDataset(large))
  const after = heapUsedMb()
  rows.push({
    measure: '10,000 events: dataset + indexes in memory',
    value: after - before,
    unit: 'MB',
    target: 64,
  })
  void kept
}

function gzippedKb(directory: string, pattern: RegExp): number {
  return (
    readdirSync(directory)
      .filter((file) => pattern.test(file))
      .reduce((sum, file) => sum + gzipSync(readFileSync(join(directory, file))).length, 0) / 1024
  )
}

try {
  statSync('dist/assets')
  rows.push({
    measure: 'first load JS, gzipped (entry chunk)',
    value: gzippedKb('dist/assets', /^index-.*\.js$/),
    unit: 'KB',
    target: 150,
  })
  rows.push({
    measure: 'timeline JS, gzipped (vis-timeline + moment, loaded lazily)',
    value: gzippedKb('dist/assets', /^(vis|Timeline)-.*\.js$/),
    unit: 'KB',
    target: 200,
  })
  rows.push({
    measure: 'CSS, gzipped',
    value: gzippedKb('dist/assets', /\.css$/),
    unit: 'KB',
    target: 20,
  })
  rows.push({
    measure: 'bundled dataset, gzipped',
    value: gzippedKb('dist/assets', /^events-.*\.json$/),
    unit: 'KB',
    target: 250,
  })
} catch {
  console.warn('dist/ is missing: run `npm run build` to measure the bundle.')
}

const failures = rows.filter((row) => row.value > row.target)
const width = Math.max(...rows.map((row) => row.measure.length))
console.log(`${'measure'.padEnd(width)} | value      | target     | ok`)
console.log(`${'-'.repeat(width)}-|------------|------------|---`)
for (const row of rows) {
  const value = `${row.value.toFixed(row.unit === 'ms' ? 2 : 1)} ${row.unit}`
  console.log(
    `${row.measure.padEnd(width)} | ${value.padEnd(10)} | ≤ ${`${row.target} ${row.unit}`.padEnd(8)} | ${row.value <= row.target ? 'yes' : 'NO'}`,
  )
}
console.log(`\nNode ${process.version}, ${process.arch}; medians of 25 runs (5 for indexing).`)
if (failures.length > 0) process.exit(1)
