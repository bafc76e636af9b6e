import { z } from 'zod'
import { DatasetSchema } from './schema'

/** The JSON Schema text for data/events.schema.json, generated from the zod schema so the two never drift. */
export function datasetJsonSchemaText(): string {
  const schema = z.toJSONSchema(DatasetSchema, { io: 'input', unrepresentable: 'any' })
  const document = {
    $schema: schema.$schema,
    title: 'Conflict Timeline dataset, version 1',
    description:
      'Generated from src/data/schema.ts by `npm run generate-schema`; do not edit by hand. ' +
      'Rules that need the whole document (unique ids, references between lists, real calendar dates, ' +
      'endDate not before date) are checked by `npm run validate-data`.',
    ...Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$schema')),
  }
  return `${JSON.stringify(document, null, 2)}\n`
}
