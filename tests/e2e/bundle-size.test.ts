/** The size budget of the build (npm run test:e2e builds it first): the bench reports, this fails. */
import { describe, expect, it } from 'vitest'
import { BUNDLE_BUDGETS_KB, measureBundle } from '../../scripts/bench/bundle-size'

describe('the built app', () => {
  const sizes = measureBundle()

  it('stays within its budgets, gzipped', () => {
    if (!sizes) throw new Error('dist/.vite/manifest.json is missing: build the app first')
    expect(sizes.firstLoadJsKb).toBeLessThanOrEqual(BUNDLE_BUDGETS_KB.firstLoadJs)
    expect(sizes.timelineJsKb).toBeLessThanOrEqual(BUNDLE_BUDGETS_KB.timelineJs)
    expect(sizes.cssKb).toBeLessThanOrEqual(BUNDLE_BUDGETS_KB.css)
    expect(sizes.datasetKb).toBeLessThanOrEqual(BUNDLE_BUDGETS_KB.dataset)
    expect(sizes.mapJsKb).toBeGreaterThan(0)
    expect(sizes.mapJsKb).toBeLessThanOrEqual(BUNDLE_BUDGETS_KB.mapJs)
  })

  it("keeps the map's code and borders out of the first view's code", () => {
    if (!sizes) throw new Error('dist/.vite/manifest.json is missing: build the app first')
    expect(sizes.mapFiles.some((file) => file.includes('/EventMap-'))).toBe(true)
    expect(sizes.firstLoadFiles.some((file) => file.includes('/EventMap-'))).toBe(false)
  })

  it("brings the first view's code in at most six files, one request per connection a browser opens", () => {
    if (!sizes) throw new Error('dist/.vite/manifest.json is missing: build the app first')
    const firstViewFiles = [...sizes.firstLoadFiles, ...sizes.timelineFiles]
    expect(firstViewFiles.some((file) => file.includes('/app-'))).toBe(true)
    expect(firstViewFiles.length).toBeLessThanOrEqual(6)
  })

  it('keeps vis-timeline out of the first view’s code, and zod out of the page', () => {
    if (!sizes) throw new Error('dist/.vite/manifest.json is missing: build the app first')
    expect(sizes.timelineFiles.some((file) => file.includes('/vis-'))).toBe(true)
    expect(sizes.firstLoadFiles.some((file) => file.includes('/vis-'))).toBe(false)
    expect(sizes.firstLoadFiles.some((file) => file.includes('/read-dataset-'))).toBe(false)
  })
})
