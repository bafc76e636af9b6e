/**
 * The figures Node can measure: filtering and facet counts on the bundled dataset and on 10,000 synthetic events,
 * validation and indexing once per load, the memory the indexes take, and the gzipped size of the built app.
 * Timings are medians of repeated runs. They say how much work the page does, not how long a reader waits:
 * browser-figures.ts measures that.
 */
import { readFileSync } from 'node:fs'
import { indexDataset } from '../../src/data/dataset-index'
import type { Dataset } from '../../src/data/schema'
import { validateDataset } from '../../src/data/validate-dataset'
import { countFacets } from '../../src/filters/facet-counts'
import { buildFilterContext } from '../../src/filters/filter-context'
import { resolveCriteria } from '../../src/filters/filter-criteria'
import { filterEvents } from '../../src/filters/filter-events'
import { parseViewState } from '../../src/url/parse-view-state'
import { bundleRows } from './bundle-size'
import { syntheticDataset } from './synthetic-dataset'

export type Row = { measure: string; value: number; unit: string; target: number }
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

const INTERACTIONS = [
  ['no filter', ''],
  ['typing a word', '?q=tal'],
  ['two types, an actor, a word, dates', '?type=TYPES&actor=ACTOR&q=talks&from=2018'],
] as const

/** The filter context with every event's search text and facets worked out, as the page has it once idle. */
function preparedContext(dataset: Dataset) {
  const context = buildFilterContext(indexDataset(validateDataset(dataset).dataset ?? dataset))
  for (const event of context.index.dataset.events) {
    context.searchTextOf(event)
    context.facetsOf(event)
  }
  return context
}

/** Filtering and facet counts together, as the page computes them on each change. */
function benchFiltering(
  name: string,
  dataset: Dataset,
  frameTarget: number,
  types: string,
  actor: string,
) {
  const context = preparedContext(dataset)
  const { index } = context
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
    value: time(() => preparedContext(dataset), 5),
    unit: 'ms',
    target: frameTarget * 40,
  })
}

function heapUsedMb(): number {
  globalThis.gc?.()
  return process.memoryUsage().heapUsed / 1_048_576
}

const MEMORY_TARGET_MB = 64

/** Every Node figure, each beside its target. */
export function measureInNode(): Row[] {
  rows.length = 0
  const bundled = JSON.parse(readFileSync('data/events.json', 'utf8')) as Dataset
  benchFiltering(
    `bundled (${bundled.events.length} events)`,
    bundled,
    16,
    'negotiations,summit',
    'russia',
  )
  benchFiltering('10,000 events', syntheticDataset(10_000), 50, 'negotiations,summit', 'russia')
  if (globalThis.gc) {
    const before = heapUsedMb()
    const kept = preparedContext(syntheticDataset(10_000))
    rows.push({
      measure: '10,000 events: dataset + indexes in memory',
      value: heapUsedMb() - before,
      unit: 'MB',
      target: MEMORY_TARGET_MB,
    })
    void kept
  }
  rows.push(...bundleRows())
  return [...rows]
}
