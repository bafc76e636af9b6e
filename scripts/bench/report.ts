/** The benchmark's tables: for the terminal, and for docs/benchmarks.md with the date and the machine. */
import { cpus, totalmem } from 'node:os'
import type { PageFigures, Phase, SizeFigures } from './browser-figures'
import type { Row } from './node-figures'

type BrowserResult = { sizes: SizeFigures[]; chromiumVersion: string }

export type Target = { name: string; value: number | null; limit: number | null; isMet: boolean }

const PHASE_NAMES: Record<Phase, string> = {
  load: 'while loading',
  zoom: 'during a five-step wheel zoom',
  pan: 'during a drag',
  typing: 'typing a word in search',
}

const seconds = (ms: number | null) => (ms === null ? '—' : `${(ms / 1000).toFixed(2)} s`)
const milliseconds = (ms: number | null | undefined) =>
  ms === null || ms === undefined ? '—' : `${Math.round(ms)} ms`
const megabytes = (mb: number | null) => (mb === null ? '—' : `${mb.toFixed(1)} MB`)

function ratio(ours: number | null | undefined, theirs: number | null | undefined): string {
  if (ours === null || ours === undefined || !theirs) return '—'
  return `${(ours / theirs).toFixed(2)} ×`
}

function figureRows(size: SizeFigures): string[][] {
  const { app, plain } = size
  const rows: string[][] = [
    [
      'first event drawn',
      seconds(app.firstDrawMs),
      seconds(plain?.firstDrawMs ?? null),
      ratio(app.firstDrawMs, plain?.firstDrawMs),
    ],
  ]
  for (const phase of Object.keys(PHASE_NAMES) as Phase[]) {
    const ours = app.longestTaskMs[phase]
    if (ours === undefined && plain?.longestTaskMs[phase] === undefined) continue
    rows.push([
      `longest task ${PHASE_NAMES[phase]}`,
      milliseconds(ours),
      milliseconds(plain?.longestTaskMs[phase]),
      ratio(ours, plain?.longestTaskMs[phase]),
    ])
    rows.push([
      `total blocking time ${PHASE_NAMES[phase]}`,
      milliseconds(app.blockingMs[phase]),
      milliseconds(plain?.blockingMs[phase]),
      ratio(app.blockingMs[phase], plain?.blockingMs[phase]),
    ])
  }
  if (size.map) {
    rows.push(['map view: first mark drawn', seconds(size.map.firstDrawMs), '—', '—'])
    rows.push([
      'map view: longest task loading',
      milliseconds(size.map.longestTaskMs.load),
      '—',
      '—',
    ])
  }
  rows.push([
    'JS heap after load',
    megabytes(app.heapMb),
    megabytes(plain?.heapMb ?? null),
    ratio(app.heapMb, plain?.heapMb),
  ])
  return rows
}

const worstInteraction = (figures: PageFigures) =>
  Math.max(
    figures.longestTaskMs.zoom ?? Infinity,
    figures.longestTaskMs.pan ?? Infinity,
    figures.longestTaskMs.typing ?? Infinity,
  )

/** The targets, each as measured in this run. */
export function browserTargets(sizes: readonly SizeFigures[]): Target[] {
  const bySize = (events: number) => sizes.find((size) => size.events === events)
  const bundled = sizes[0]
  const tenThousand = bySize(10_000)
  const fiftyThousand = bySize(50_000)
  const within = (name: string, value: number | null | undefined, limit: number | null) => ({
    name,
    value: value ?? null,
    limit,
    isMet: value !== null && value !== undefined && limit !== null && value <= limit,
  })
  const plainTenThousand = tenThousand?.plain?.firstDrawMs ?? null
  return [
    within(
      'first draw of 10,000 events ≤ 0.5 × plain vis-timeline (ms)',
      tenThousand?.app.firstDrawMs,
      plainTenThousand === null ? null : plainTenThousand * 0.5,
    ),
    within(
      "50,000 events drawn in ≤ 1 × plain vis-timeline's time at 10,000 (ms)",
      fiftyThousand?.app.firstDrawMs,
      plainTenThousand,
    ),
    within(
      'longest task zooming, panning or typing at 10,000 events (ms)',
      tenThousand ? worstInteraction(tenThousand.app) : null,
      200,
    ),
    within(
      `longest task zooming, panning or typing at ${bundled?.label ?? 'the bundled dataset'} (ms)`,
      bundled ? worstInteraction(bundled.app) : null,
      50,
    ),
    within(
      'bundled dataset: first event drawn no later than plain vis-timeline (ms)',
      bundled?.app.firstDrawMs,
      bundled?.plain?.firstDrawMs ?? null,
    ),
    within(
      'heap at 10,000 events ≤ 1.5 × plain vis-timeline (MB)',
      tenThousand?.app.heapMb,
      tenThousand?.plain?.heapMb ? tenThousand.plain.heapMb * 1.5 : null,
    ),
  ]
}

function markdownTable(header: string[], rows: string[][]): string {
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n')
}

function textTable(header: string[], rows: string[][]): string {
  const widths = header.map((_, column) =>
    Math.max(...[header, ...rows].map((row) => (row[column] ?? '').length)),
  )
  const line = (row: string[]) =>
    row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ')
  return [
    line(header),
    widths.map((width) => '-'.repeat(width)).join('  '),
    ...rows.map(line),
  ].join('\n')
}

export function renderReport(browser: BrowserResult, nodeRows: readonly Row[], date: Date) {
  const figureHeader = ['events', 'measure', 'this app', 'plain vis-timeline', 'ratio']
  const figures = browser.sizes.flatMap((size) =>
    figureRows(size).map((row, position) => [position === 0 ? size.label : '', ...row]),
  )
  const targetHeader = ['target', 'measured', 'limit', 'met']
  const targets = browserTargets(browser.sizes).map((target) => [
    target.name,
    target.value === null ? '—' : target.value.toFixed(target.name.endsWith('(MB)') ? 1 : 0),
    target.limit === null ? '—' : target.limit.toFixed(target.name.endsWith('(MB)') ? 1 : 0),
    target.isMet ? 'yes' : 'NO',
  ])
  const nodeHeader = ['measure', 'value', 'target', 'met']
  const node = nodeRows.map((row) => [
    row.measure,
    `${row.value.toFixed(row.unit === 'ms' ? 2 : 1)} ${row.unit}`,
    `≤ ${row.target} ${row.unit}`,
    row.value <= row.target ? 'yes' : 'NO',
  ])
  const cpu = cpus()
  const machine = `${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(totalmem() / 1_073_741_824)} GiB, Node ${process.version}, Chromium ${browser.chromiumVersion}, ${process.platform} ${process.arch}`
  const day = date.toISOString().slice(0, 10)
  const markdown = `# Benchmarks

Measured by \`npm run bench\` on ${day}: ${machine}.

The built app is served on 127.0.0.1 and loaded in headless Chromium at 1440 × 900, once with the bundled dataset
and once per synthetic dataset (\`?data=\`, shaped like the bundled one: its types, actors, places and periods,
events from 2014 to 2025; scripts/bench/synthetic-dataset.ts). In the same run, a page of its own gives plain
vis-timeline the same events as items in a lane per category, with its defaults
(scripts/bench/plain-vis-timeline.html); for the bundled dataset both pages read the file the build writes.
Each figure is the median of five page loads, fifteen for the bundled dataset; from one load to the next, the
app and plain vis-timeline take turns to load first. Plain vis-timeline at 50,000 events is loaded once and
measured only to its first draw and heap: there each of its zoom steps blocks the page for most of a minute.

- **first event drawn**: from navigation to the first item drawn in a lane (an event or a cluster).
- **longest task** and **total blocking time** (the sum of every long task's time over 50 ms), while loading
  (navigation until 1.5 s after the first draw), during five wheel steps of zoom at the centre, during a 400-pixel
  drag, and while typing "talks" in the search (this app only; plain vis-timeline has no search).
- **JS heap** after load and a garbage collection.
- **map view**: the same dataset with \`view=map\`, from navigation to the first mark on the map, and the longest
  task while it loads (at 1440 × 900 the timeline view also shows the map beside it once the page is idle, so
  the timeline's figures include the map's work).

## Targets

${markdownTable(targetHeader, targets)}

## Figures, beside plain vis-timeline

${markdownTable(figureHeader, figures)}

## Node figures

The work the page does per change, timed in Node (medians of 25 runs; 5 for indexing), and the size of the
build.

${markdownTable(nodeHeader, node)}
`
  const text = [
    `Targets\n${textTable(targetHeader, targets)}`,
    `Browser figures\n${textTable(figureHeader, figures)}`,
    `Node figures\n${textTable(nodeHeader, node)}`,
    machine,
  ].join('\n\n')
  return { markdown, text }
}
