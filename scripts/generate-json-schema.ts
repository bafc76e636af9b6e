/**
 * Writes data/events.schema.json from the zod schema, for dataset authors and their editors.
 * `--check` exits non-zero when the committed file is stale instead of writing it.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { datasetJsonSchemaText } from '../src/data/json-schema'

const target = new URL('../data/events.schema.json', import.meta.url)
const expected = datasetJsonSchemaText()

if (process.argv.includes('--check')) {
  const current = readFileSync(target, 'utf8')
  if (current !== expected) {
    console.error('data/events.schema.json is stale: run `npm run generate-schema`.')
    process.exit(1)
  }
  console.log('data/events.schema.json is up to date.')
} else {
  writeFileSync(target, expected)
  console.log('Wrote data/events.schema.json')
}
