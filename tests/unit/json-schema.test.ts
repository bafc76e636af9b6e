import { readFileSync } from 'node:fs'
import { expect, it } from 'vitest'
import { datasetJsonSchemaText } from '../../src/data/json-schema'

it('data/events.schema.json is generated from the zod schema and up to date (npm run generate-schema)', () => {
  const committed = readFileSync(new URL('../../data/events.schema.json', import.meta.url), 'utf8')
  expect(committed).toBe(datasetJsonSchemaText())
})
