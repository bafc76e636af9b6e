import type { Dataset } from '../data/schema'

/** Our own format, indented as data/events.json is, so that the file can be read and edited by hand. */
export function datasetToJson(dataset: Dataset): string {
  return `${JSON.stringify(dataset, null, 2)}\n`
}
