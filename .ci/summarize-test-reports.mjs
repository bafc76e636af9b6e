// Sums the Vitest JSON reports of one CI run into the single line CI expects: "N passed, N failed".
// A gate step that failed before any test ran (lint, typecheck, format) counts as one failure.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

const [reportDir = '.', exitStatus = '0'] = process.argv.slice(2)
let passed = 0
let failed = 0
for (const name of readdirSync(reportDir).filter((file) => file.endsWith('.json'))) {
  const report = JSON.parse(readFileSync(join(reportDir, name), 'utf8'))
  passed += report.numPassedTests ?? 0
  failed += (report.numFailedTests ?? 0) + (report.numFailedTestSuites ?? 0)
}
if (exitStatus !== '0' && failed === 0) failed = 1
console.log(`${passed} passed, ${failed} failed`)
