/**
 * The gzipped size of the built app in dist/, from Vite's manifest: what the first view needs before its
 * timeline (the entry, the app it renders, and all they import), the timeline's chunks (loaded apart: fetched
 * early through index.html's preloads, run only when the timeline is drawn), the CSS, the bundled dataset, and
 * the loading worker, and the map (loaded on first use). The bench prints these; tests/e2e/bundle-size.test.ts fails when one passes its budget.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

export const BUNDLE_BUDGETS_KB = {
  firstLoadJs: 150,
  timelineJs: 200,
  css: 20,
  dataset: 250,
  worker: 60,
  mapJs: 120,
}

type ManifestChunk = {
  file: string
  name?: string
  isEntry?: boolean
  imports?: string[]
  dynamicImports?: string[]
  css?: string[]
}

export type BundleSizes = {
  firstLoadJsKb: number
  timelineJsKb: number
  cssKb: number
  datasetKb: number
  workerKb: number
  mapJsKb: number
  firstLoadFiles: string[]
  timelineFiles: string[]
  mapFiles: string[]
}

const gzippedKb = (distDirectory: string, file: string) =>
  gzipSync(readFileSync(join(distDirectory, file))).length / 1024

export function measureBundle(distDirectory = 'dist'): BundleSizes | null {
  const manifestPath = join(distDirectory, '.vite', 'manifest.json')
  if (!existsSync(manifestPath)) return null
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, ManifestChunk>
  const chunks = Object.entries(manifest)
  /** A chunk and everything it imports statically. */
  const closure = (keys: string[]) => {
    const seen = new Set<string>()
    const visit = (key: string) => {
      if (seen.has(key)) return
      seen.add(key)
      for (const imported of manifest[key]?.imports ?? []) visit(imported)
    }
    keys.forEach(visit)
    return seen
  }
  const keyOf = (name: string) => chunks.find(([, chunk]) => chunk.name === name)?.[0]
  const entries = chunks.filter(([, chunk]) => chunk.isEntry).map(([key]) => key)
  const firstLoad = closure(entries)
  const timelineKey = keyOf('Timeline')
  const timeline = [...closure(timelineKey ? [timelineKey] : [])].filter(
    (key) => !firstLoad.has(key),
  )
  const mapKey = keyOf('EventMap')
  const map = [...closure(mapKey ? [mapKey] : [])].filter((key) => !firstLoad.has(key))
  const files = (keys: Iterable<string>) =>
    [...keys].map((key) => manifest[key]?.file ?? '').filter((file) => file.endsWith('.js'))
  const sum = (fileNames: readonly string[]) =>
    fileNames.reduce((total, file) => total + gzippedKb(distDirectory, file), 0)
  const css = [...new Set(chunks.flatMap(([, chunk]) => chunk.css ?? []))]
  const asset = (pattern: RegExp) =>
    readdirSync(join(distDirectory, 'assets'))
      .map((file) => `assets/${file}`)
      .filter((file) => pattern.test(file))
  return {
    firstLoadJsKb: sum(files(firstLoad)),
    timelineJsKb: sum(files(timeline)),
    cssKb: sum(css),
    datasetKb: sum(asset(/^assets\/events-.*\.json$/)),
    // The worker's small script and the checking code it loads while the file downloads.
    workerKb: sum(asset(/^assets\/(dataset\.worker|check-dataset)-.*\.js$/)),
    mapJsKb: sum(files(map)),
    firstLoadFiles: files(firstLoad),
    timelineFiles: files(timeline),
    mapFiles: files(map),
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
      measure: 'first load JS, gzipped (entry, React and the app, before the timeline)',
      value: sizes.firstLoadJsKb,
      unit: 'KB',
      target: BUNDLE_BUDGETS_KB.firstLoadJs,
    },
    {
      measure: 'timeline JS, gzipped (vis-timeline, moment and the wrapper, run when drawn)',
      value: sizes.timelineJsKb,
      unit: 'KB',
      target: BUNDLE_BUDGETS_KB.timelineJs,
    },
    { measure: 'CSS, gzipped', value: sizes.cssKb, unit: 'KB', target: BUNDLE_BUDGETS_KB.css },
    {
      measure: 'loading worker JS, gzipped (zod; only for datasets other than the bundled one)',
      value: sizes.workerKb,
      unit: 'KB',
      target: BUNDLE_BUDGETS_KB.worker,
    },
    {
      measure: 'map JS, gzipped (d3-geo, the bundled borders and the map; loaded on first use)',
      value: sizes.mapJsKb,
      unit: 'KB',
      target: BUNDLE_BUDGETS_KB.mapJs,
    },
    {
      measure: 'bundled dataset, gzipped',
      value: sizes.datasetKb,
      unit: 'KB',
      target: BUNDLE_BUDGETS_KB.dataset,
    },
  ]
}
