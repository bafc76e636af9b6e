/**
 * `npm run check-sources -- [file] [--sample N | --all] [--ids a,b] [--record] [--mark-checked a,b]`
 *
 * Re-reads the sources of a sample of events (by default the 25 checked longest ago, those never checked first)
 * and reports each event whose source no longer answers, or whose sources no longer mention its date or one of
 * its figures. `--record` sets `checked` to today on the events that passed. `--mark-checked` records a check
 * done by hand (for example against the search index of a machine without internet) without fetching anything.
 * Exits non-zero when an event did not pass.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { format, resolveConfig } from 'prettier'
import { formatIssue } from '../src/data/dataset-issues'
import { eventCheckProblems, selectEventsToCheck } from '../src/data/source-check'
import { validateDataset } from '../src/data/validate-dataset'
import { readSources, withCheckedDay } from './check-sources/read-sources'

const args = process.argv.slice(2)
function option(name: string): string | undefined {
  const at = args.indexOf(name)
  return at >= 0 ? args.splice(at, 2)[1] : undefined
}
function flag(name: string): boolean {
  const at = args.indexOf(name)
  if (at >= 0) args.splice(at, 1)
  return at >= 0
}
const sample = option('--sample')
const ids = option('--ids')?.split(',')
const markChecked = option('--mark-checked')?.split(',')
const isAll = flag('--all')
const isRecording = flag('--record')
const path = args[0] ?? 'data/events.json'
const today = new Date().toISOString().slice(0, 10)

const text = readFileSync(path, 'utf8')
const report = validateDataset(JSON.parse(text), { requireSources: true })
if (!report.dataset) {
  console.error(report.issues.map(formatIssue).join('\n'))
  process.exit(1)
}
const { events } = report.dataset

async function save(checkedIds: ReadonlySet<string>) {
  const options = { ...(await resolveConfig(path)), filepath: path }
  writeFileSync(path, await format(withCheckedDay(text, checkedIds, today), options))
  console.log(`Recorded checked: ${today} on ${checkedIds.size} event(s) in ${path}.`)
}

if (markChecked) {
  const known = new Set(events.map((event) => event.id))
  const unknown = markChecked.filter((id) => !known.has(id))
  if (unknown.length > 0) {
    console.error(`No such event: ${unknown.join(', ')}`)
    process.exit(1)
  }
  await save(new Set(markChecked))
  process.exit(0)
}

const chosen = selectEventsToCheck(events, {
  ids,
  sample: isAll ? undefined : Number(sample ?? (ids ? ids.length : 25)),
})
console.log(`Reading the sources of ${chosen.length} event(s)…`)
const checks = await readSources(chosen, { timeoutMs: 20_000, concurrency: 4 })
const passed = new Set<string>()
for (const check of checks) {
  const problems = eventCheckProblems(check)
  if (problems.length === 0) {
    passed.add(check.event.id)
    console.log(`  ok    ${check.event.id}`)
  } else {
    console.log(`  FAIL  ${check.event.id}`)
    for (const problem of problems) console.log(`          ${problem}`)
  }
}
console.log(`${passed.size} of ${checks.length} passed.`)
if (isRecording && passed.size > 0) await save(passed)
process.exit(passed.size === checks.length ? 0 : 1)
