/**
 * The gzipped size of the built app in dist/: what the first page load fetches (the scripts and module preloads
 * that index.html names), the lazily loaded timeline chunk, the CSS and the bundled dataset. The bench prints
 * these; tests/e2e/bundle-size.test.ts fails when one passes its budget.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

export const BUNDLE_BUDGETS_KB = { firstLoadJs: 150, timelineJs: 200, css: 20, dataset: 250 }

export type BundleSizes = {
  firstLoadJsKb: number
  timelineJsKb: number
  cssKb: number
  datasetKb: number
  /** The script files index.html loads or preloads, relative to dist/. */
  firstLoadFiles: string[]
}

const gzippedKb = (path: string) => gzipSync(readFileSync(path)).length / 1024

export function measureBundle(distDirectory = 'dist'): BundleSizes | null {
  const indexHtml = join(distDirectory, 'index.html')
  if (!existsSync(indexHtml)) return null
  const html = readFileSync(indexHtml, 'utf8')
  const firstLoadFiles = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.js)"/g)].map(
    (match) => match[1] ?? '',
  )
  const assets = readdirSync(join(distDirectory, 'assets'))
  const sum = (files: readonly string[]) =>
    files.reduce((total, file) => total + gzippedKb(join(distDirectory, file)), 0)
  return {
    firstLoadJsKb: sum(firstLoadFiles),
    timelineJsKb: sum(
      assets.filter((file) => /^(vis|Timeline)-.*\.js$/.test(file)).map((file) => `assets/${file}`),
    ),
    cssKb: sum(assets.filter((file) => file.endsWith('.css')).map((file) => `assets/${file}`)),
    datasetKb: sum(
      assets.filter((file) => /^events-.*\.json$/.test(file)).map((file) => `assets/${file}`),
    ),
    firstLoadFiles,
  }
}

export function bundleRows(): { measure: string; value: number; unit: string; target: number }[] {
  const sizes = measureBundle()
  if (!sizes) {
    console.warn('dist/ is missing: run `npm run build` to measure the bundle.')
    return []
  }
  return [
    {
      measure: 'first load JS, gzipped (what index.html loads)',
      value: sizes.firstLoadJsKb,
      unit: 'KB',
      target: BUNDLE_BUDGETS_KB.firstLoadJs,
    },
    {
      measure: 'timeline JS, gzipped (vis-timeline + moment, loaded lazily)',
      value: sizes.timelineJsKb,
      unit: 'KB',
      target: BUNDLE_BUDGETS_KB.timelineJs,
    },
    { measure: 'CSS, gzipped', value: sizes.cssKb, unit: 'KB', target: BUNDLE_BUDGETS_KB.css },
    {
      measure: 'bundled dataset, gzipped',
      value: sizes.datasetKb,
      unit: 'KB',
      target: BUNDLE_BUDGETS_KB.dataset,
    },
  ]
}
