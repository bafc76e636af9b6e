/**
 * `npm run data-report [file] [--series series.json]`: what the dataset covers and where it is thin. Counts per
 * year, category, type, actor and location; the events without figures or quotes; each series of
 * data/series.json with its numbered members and the ones missing; and every editorial check of
 * src/data/quality-checks.ts. Exits non-zero on a failed check; an incomplete series is reported, not failed.
 */
import { readFileSync } from 'node:fs'
import { indexDataset } from '../src/data/dataset-index'
import { CATEGORY_NAMES } from '../src/data/display-names'
import {
  findCoordinateProblems,
  findDuplicateEvents,
  findEventsOutsideTheirPeriods,
  findIdsNotMatchingDates,
  findUnusedRecords,
  findEventsWithoutTwoPublishers,
} from '../src/data/quality-checks'
import { validateDataset } from '../src/data/validate-dataset'
import { formatIssue } from '../src/data/dataset-issues'
import {
  findNumberingProblems,
  formatSeriesReport,
  reportSeries,
  SeriesListSchema,
} from '../src/data/series'

const args = process.argv.slice(2)
const seriesFlag = args.indexOf('--series')
const seriesPath =
  (seriesFlag >= 0 ? args.splice(seriesFlag, 2)[1] : undefined) ?? 'data/series.json'
const path = args[0] ?? 'data/events.json'
const report = validateDataset(JSON.parse(readFileSync(path, 'utf8')), { requireSources: true })
if (!report.dataset) {
  console.error(report.issues.map(formatIssue).join('\n'))
  process.exit(1)
}
const index = indexDataset(report.dataset)
const { events } = report.dataset

function count<T>(values: readonly T[]): Map<T, number> {
  const counts = new Map<T, number>()
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1)
  return counts
}

function table(title: string, counts: Map<string, number>, sortByCount = true) {
  const rows = [...counts.entries()].sort(
    (a, b) => (sortByCount ? b[1] - a[1] : 0) || a[0].localeCompare(b[0]),
  )
  const width = Math.max(...rows.map(([label]) => label.length), title.length)
  console.log(`\n${title}`)
  for (const [label, value] of rows)
    console.log(`  ${label.padEnd(width)}  ${String(value).padStart(4)}`)
}

console.log(
  `${path}: ${events.length} events, ${report.dataset.actors.length} actors, ${report.dataset.locations.length} locations, ${report.dataset.eventTypes.length} event types, ${report.dataset.periods?.length ?? 0} periods`,
)
table('Events per year', count(events.map((event) => event.date.slice(0, 4))), false)
const category = (typeId: string) => {
  const type = index.typesById.get(typeId)
  return type ? CATEGORY_NAMES[type.category] : typeId
}
table('Events per category', count(events.map((event) => category(event.type))))
table(
  'Events per type',
  count(events.map((event) => index.typesById.get(event.type)?.label ?? event.type)),
)
table(
  'Events per importance (3 = milestone)',
  count(events.map((event) => String(event.importance ?? 1))),
  false,
)
table(
  'Events per precision',
  count(events.map((event) => index.spans.get(event.id)?.start.precision ?? '?')),
)
table(
  'Top 25 actors',
  new Map(
    [
      ...count(
        events.flatMap((event) => event.actors.map((id) => index.actorsById.get(id)?.name ?? id)),
      ),
    ]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 25),
  ),
)
table(
  'Top 25 locations',
  new Map(
    [
      ...count(
        events.flatMap((event) =>
          event.locations.map((id) => index.locationsById.get(id)?.name ?? id),
        ),
      ),
    ]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 25),
  ),
)
table('Tags', count(events.flatMap((event) => event.tags ?? [])))

const withoutFigures = events.filter((event) => !event.figures?.length)
const withoutQuotes = events.filter((event) => !event.quotes?.length)
const singleSource = events.filter((event) => event.sources.length === 1)
console.log(
  `\nEvents without figures: ${withoutFigures.length}; without quotes: ${withoutQuotes.length}; with a single source: ${singleSource.length}`,
)
console.log('Without figures or quotes (first 40):')
for (const event of events.filter((e) => !e.figures?.length && !e.quotes?.length).slice(0, 40)) {
  console.log(`  ${event.id}`)
}

const { series } = SeriesListSchema.parse(JSON.parse(readFileSync(seriesPath, 'utf8')))
const seriesReports = series.map((entry) => reportSeries(entry, events))
console.log(`\nSeries (${seriesPath})`)
for (const seriesReport of seriesReports) console.log(formatSeriesReport(seriesReport))
const incomplete = seriesReports.filter((seriesReport) => !seriesReport.isComplete)
console.log(
  incomplete.length === 0
    ? 'Every series is complete.'
    : `Incomplete: ${incomplete.map((seriesReport) => seriesReport.series.id).join(', ')}`,
)

const checks = {
  'series reference lists': series.flatMap(findNumberingProblems),
  'schema and sources': report.issues.map(formatIssue),
  'ids not starting with their date': findIdsNotMatchingDates(index),
  'possible duplicates': findDuplicateEvents(index),
  'events outside their period': findEventsOutsideTheirPeriods(index),
  'unused actors and locations': findUnusedRecords(index),
  coordinates: findCoordinateProblems(index),
  'events from 2026 without two publishers': findEventsWithoutTwoPublishers(index),
}
console.log('\nChecks')
let problemCount = 0
for (const [name, problems] of Object.entries(checks)) {
  problemCount += problems.length
  console.log(`  ${name}: ${problems.length === 0 ? 'ok' : `${problems.length} problem(s)`}`)
  for (const problem of problems) console.log(`    - ${problem}`)
}
process.exit(problemCount > 0 ? 1 : 0)
