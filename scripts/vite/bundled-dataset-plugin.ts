/**
 * The bundled dataset is checked when the app is built, as strictly as its tests check it (every event sourced):
 * a build with a bad record fails, so the page can trust the file it ships with and skip validating it again
 * (src/load/load-dataset.ts). Every other dataset is validated when it is loaded. The built copy is written
 * without the indentation of data/events.json, a fifth smaller: every first view waits for it.
 */
import { readFileSync } from 'node:fs'
import type { Plugin } from 'vite'
import { formatIssue } from '../../src/data/dataset-issues'
import { validateDataset } from '../../src/data/validate-dataset'

export const BUNDLED_DATASET_PATH = 'data/events.json'
/** The bundled dataset in the build, as Vite names it (src/load/dataset-query.ts imports it by address). */
export const BUILT_DATASET = /^assets\/events-[^/]+\.json$/

export function validateBundledDataset(): Plugin {
  return {
    name: 'conflict-timeline:validate-bundled-dataset',
    apply: 'build',
    buildStart() {
      const report = validateDataset(JSON.parse(readFileSync(BUNDLED_DATASET_PATH, 'utf8')), {
        requireSources: true,
      })
      if (report.issues.length > 0) {
        this.error(
          `${BUNDLED_DATASET_PATH} has ${report.issues.length} problem(s):\n${report.issues.map(formatIssue).join('\n')}`,
        )
      }
    },
    generateBundle(_, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type === 'asset' && BUILT_DATASET.test(file.fileName)) {
          file.source = JSON.stringify(JSON.parse(readFileSync(BUNDLED_DATASET_PATH, 'utf8')))
        }
      }
    },
  }
}
