/**
 * `npm run bench`: what the reader waits for, in headless Chromium, beside plain vis-timeline given the same
 * events in the same run (scripts/bench/browser-figures.ts), then the figures Node can measure
 * (scripts/bench/node-figures.ts). Prints both tables with each target, writes them with the date and the machine
 * to docs/benchmarks.md, and exits non-zero when a target is missed. `--quick` measures one run per size, for
 * a look while working; the document is written only by a full run.
 */
import { writeFileSync } from 'node:fs'
import { format, resolveConfig } from 'prettier'
import { measureInBrowser } from './bench/browser-figures'
import { measureInNode } from './bench/node-figures'
import { browserTargets, renderReport } from './bench/report'

const isQuick = process.argv.includes('--quick')
const sizes = [1_000, 10_000, 50_000]

console.log('Browser figures (headless Chromium, built app on 127.0.0.1)…')
const browser = await measureInBrowser({
  sizes,
  // Five loads per figure: on a small shared machine one load can run a quarter slower than the next. Fifteen
  // for the bundled dataset, whose first draw is compared with plain vis-timeline's within tens of milliseconds.
  runs: isQuick ? 1 : 5,
  bundledRuns: isQuick ? 1 : 15,
  plainLoadOnlyAbove: 10_000,
})
console.log('Node figures…')
const nodeRows = measureInNode()

const report = renderReport(browser, nodeRows, new Date())
console.log(`\n${report.text}`)
if (!isQuick) {
  // Formatted as the project's format check expects, so a fresh bench run keeps `npm run validate` green.
  const path = 'docs/benchmarks.md'
  const options = { ...(await resolveConfig(path)), filepath: path }
  writeFileSync(path, await format(report.markdown, options))
  console.log(`Written to ${path}.`)
}
const missed = [
  ...browserTargets(browser.sizes).filter((target) => !target.isMet),
  ...nodeRows.filter((row) => row.value > row.target),
]
if (missed.length > 0) process.exit(1)
