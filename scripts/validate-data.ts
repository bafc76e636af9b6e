/**
 * `npm run validate-data [file]`: prints the validation report of a dataset (the bundled one by default) and
 * exits non-zero when any record has a problem. The bundled dataset must also give every event a source.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { validateDataset } from '../src/data/validate-dataset'
import { countSetAside, formatIssue } from '../src/data/dataset-issues'

const bundledPath = resolve(import.meta.dirname, '../data/events.json')
const fileArgument = process.argv.slice(2).find((argument) => !argument.startsWith('--'))
const path = fileArgument ? resolve(fileArgument) : bundledPath
const requireSources = path === bundledPath || process.argv.includes('--require-sources')

let input: unknown
try {
  input = JSON.parse(readFileSync(path, 'utf8'))
} catch (error) {
  console.error(`${path}: cannot read it as JSON: ${(error as Error).message}`)
  process.exit(2)
}

const report = validateDataset(input, { requireSources })
for (const issue of report.issues) console.error(`  ${formatIssue(issue)}`)

if (!report.dataset) {
  console.error(`${path}: not a usable dataset (${report.issues.length} problem(s) above).`)
  process.exit(1)
}
const { dataset } = report
const counts = `${dataset.events.length} events, ${dataset.actors.length} actors, ${dataset.locations.length} locations, ${dataset.eventTypes.length} event types, ${dataset.periods?.length ?? 0} periods`
if (report.issues.length > 0) {
  console.error(
    `${path}: ${report.issues.length} problem(s); ${countSetAside(report)} record(s) set aside. Kept: ${counts}.`,
  )
  process.exit(1)
}
console.log(`${path}: valid. ${counts}.`)
