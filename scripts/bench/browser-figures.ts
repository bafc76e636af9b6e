/**
 * What a reader waits for, measured in headless Chromium against the built app served on 127.0.0.1, beside plain
 * vis-timeline given the same events on a page of its own: time to the first event drawn, the longest task and
 * the total blocking time while the page loads, during a five-step wheel zoom, a drag and typing a word in the
 * search, and the JS heap after load. Each figure is the median of several page loads.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { startStaticServer } from '../../tests/e2e/static-server'
import { BUILT_DATASET } from '../vite/bundled-dataset-plugin'
import { syntheticDataset } from './synthetic-dataset'

export type Phase = 'load' | 'zoom' | 'pan' | 'typing'
export type PageKind = 'app' | 'plain' | 'map'

export type PageFigures = {
  /** Milliseconds from navigation to the first drawn item of a lane; null when nothing was drawn in time. */
  firstDrawMs: number | null
  heapMb: number | null
  longestTaskMs: Partial<Record<Phase, number>>
  blockingMs: Partial<Record<Phase, number>>
}

export type SizeFigures = {
  events: number
  label: string
  app: PageFigures
  plain: PageFigures | null
  /** The app's map view (`view=map`), to its first mark: loaded only. */
  map: PageFigures | null
}

const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

const BUNDLED_EVENTS = (
  JSON.parse(readFileSync('data/events.json', 'utf8')) as { events: unknown[] }
).events.length

/** The bundled dataset in dist/, as the build wrote it (scripts/vite/bundled-dataset-plugin.ts). */
function builtDatasetPath(): string {
  const fileName = readdirSync('dist/assets').find((name) => BUILT_DATASET.test(`assets/${name}`))
  if (!fileName) throw new Error('dist/ holds no bundled dataset: build the app first')
  return `assets/${fileName}`
}

/** The first event drawn in a lane: in the app a mark (an event or a cluster), in plain vis-timeline an item. */
const FIRST_EVENT_SELECTOR: Record<PageKind, string> = {
  app: '.vis-foreground .ct-mark',
  plain: '.vis-foreground .vis-item',
  map: '#main-content .ct-map-mark',
}
const DRAW_TIMEOUT_MS = 90_000
const SETTLE_MS = 1_500

/** Installed before any script of the page: records long tasks and the moment the first item appears. */
function instrument(firstItemSelector: string) {
  const state = window as unknown as {
    __longTasks: { start: number; duration: number }[]
    __firstDraw: number | null
  }
  state.__longTasks = []
  state.__firstDraw = null
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      state.__longTasks.push({ start: entry.startTime, duration: entry.duration })
    }
  }).observe({ type: 'longtask', buffered: true })
  // Drawn means on screen: vis-timeline builds its first items while it is still hidden.
  const observer = new MutationObserver(() => {
    const first = document.querySelector(firstItemSelector)
    if (first?.checkVisibility({ visibilityProperty: true })) {
      state.__firstDraw = performance.now()
      observer.disconnect()
    }
  })
  observer.observe(document, { childList: true, subtree: true, attributes: true })
}

async function pageNow(page: Page): Promise<number> {
  return page.evaluate(() => performance.now())
}

async function tasksBetween(page: Page, start: number, end: number) {
  const tasks = await page.evaluate(
    () => (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks,
  )
  const inWindow = tasks.filter((task) => task.start >= start && task.start <= end)
  return {
    longest: Math.max(0, ...inWindow.map((task) => task.duration)),
    blocking: inWindow.reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0),
  }
}

async function heapMb(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page)
  await session.send('HeapProfiler.collectGarbage')
  const usage = (await session.send('Runtime.getHeapUsage')) as { usedSize: number }
  await session.detach()
  return usage.usedSize / 1_048_576
}

async function measurePage(
  browser: Browser,
  url: string,
  kind: PageKind,
  isLoadOnly = false,
): Promise<PageFigures> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
  const page = await context.newPage()
  await page.addInitScript(instrument, FIRST_EVENT_SELECTOR[kind])
  const figures: PageFigures = {
    firstDrawMs: null,
    heapMb: null,
    longestTaskMs: {},
    blockingMs: {},
  }
  const record = (phase: Phase, tasks: { longest: number; blocking: number }) => {
    figures.longestTaskMs[phase] = tasks.longest
    figures.blockingMs[phase] = tasks.blocking
  }
  try {
    await page.goto(url)
    await page.waitForFunction(
      () => (window as unknown as { __firstDraw: number | null }).__firstDraw !== null,
      undefined,
      { timeout: DRAW_TIMEOUT_MS, polling: 100 },
    )
    figures.firstDrawMs = await page.evaluate(
      () => (window as unknown as { __firstDraw: number }).__firstDraw,
    )
    await page.waitForTimeout(SETTLE_MS)
    record('load', await tasksBetween(page, 0, await pageNow(page)))
    figures.heapMb = await heapMb(page)
    if (isLoadOnly) return figures

    const canvas = await page.locator('.vis-panel.vis-center').first().boundingBox()
    if (!canvas) throw new Error('no timeline canvas')
    const centre = { x: canvas.x + canvas.width / 2, y: canvas.y + canvas.height / 2 }

    let start = await pageNow(page)
    await page.mouse.move(centre.x, centre.y)
    for (let step = 0; step < 5; step += 1) {
      await page.mouse.wheel(0, -240)
      await page.waitForTimeout(200)
    }
    await page.waitForTimeout(SETTLE_MS)
    record('zoom', await tasksBetween(page, start, await pageNow(page)))

    start = await pageNow(page)
    await page.mouse.move(centre.x, canvas.y + canvas.height - 30)
    await page.mouse.down()
    await page.mouse.move(centre.x - 400, canvas.y + canvas.height - 30, { steps: 20 })
    await page.mouse.up()
    await page.waitForTimeout(SETTLE_MS)
    record('pan', await tasksBetween(page, start, await pageNow(page)))

    if (kind === 'app') {
      start = await pageNow(page)
      await page.getByRole('searchbox').first().click()
      await page.keyboard.type('talks', { delay: 120 })
      await page.waitForTimeout(SETTLE_MS)
      record('typing', await tasksBetween(page, start, await pageNow(page)))
    }
  } catch (error) {
    console.warn(`  ${kind} ${url}: ${(error as Error).message.split('\n')[0]}`)
  } finally {
    await context.close()
  }
  return figures
}

function median(values: readonly (number | null | undefined)[]): number | null {
  const numbers = values.filter((value): value is number => typeof value === 'number')
  if (numbers.length < values.length || numbers.length === 0) return null
  const sorted = [...numbers].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? null
}

function medianFigures(runs: readonly PageFigures[]): PageFigures {
  const phases: Phase[] = ['load', 'zoom', 'pan', 'typing']
  const pick = (key: 'longestTaskMs' | 'blockingMs') =>
    Object.fromEntries(
      phases.flatMap((phase) => {
        const value = median(runs.map((run) => run[key][phase]))
        return value === null ? [] : [[phase, value]]
      }),
    )
  return {
    firstDrawMs: median(runs.map((run) => run.firstDrawMs)),
    heapMb: median(runs.map((run) => run.heapMb)),
    longestTaskMs: pick('longestTaskMs'),
    blockingMs: pick('blockingMs'),
  }
}

export type BrowserBenchOptions = {
  sizes: readonly number[]
  runs: number
  /** Loads of the bundled dataset: its first draw is within this machine's noise of plain vis-timeline's. */
  bundledRuns: number
  /**
   * Above this many events plain vis-timeline is loaded once and only its first draw and heap are measured: each
   * of its zoom steps there takes most of a minute, so the interaction phases would take the bench an hour.
   */
  plainLoadOnlyAbove?: number
}

export async function measureInBrowser(options: BrowserBenchOptions): Promise<{
  sizes: SizeFigures[]
  chromiumVersion: string
}> {
  const dataDirectory = mkdtempSync(join(tmpdir(), 'conflict-timeline-bench-'))
  for (const size of options.sizes) {
    writeFileSync(join(dataDirectory, `${size}.json`), JSON.stringify(syntheticDataset(size)))
  }
  const server = await startStaticServer([
    { prefix: '/bench-data/', directory: dataDirectory },
    { prefix: '/data/', directory: 'data' },
    { prefix: '/plain/', directory: 'scripts/bench' },
    {
      prefix: '/vendor/vis-timeline-graph2d.min.js',
      directory: 'node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js',
    },
    {
      prefix: '/vendor/vis-timeline-graph2d.min.css',
      directory: 'node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css',
    },
    { prefix: '/', directory: 'dist' },
  ])
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_FLAGS,
  })
  const sizes: SizeFigures[] = []
  try {
    for (const size of [0, ...options.sizes]) {
      const isBundled = size === 0
      // The bundled dataset as the app fetches it, the same bytes for both pages.
      const dataPath = isBundled ? `/${builtDatasetPath()}` : `/bench-data/${size}.json`
      const appUrl = `${server.origin}/${isBundled ? '' : `?data=${dataPath}`}`
      const plainUrl = `${server.origin}/plain/plain-vis-timeline.html?data=${dataPath}`
      const events = isBundled ? BUNDLED_EVENTS : size
      const isPlainLoadOnly =
        options.plainLoadOnlyAbove !== undefined && size > options.plainLoadOnlyAbove
      const runs = isBundled ? options.bundledRuns : options.runs
      const plainRuns = isPlainLoadOnly ? 1 : runs
      const mapUrl = `${server.origin}/?${isBundled ? '' : `data=${dataPath}&`}view=map`
      const mapRuns: PageFigures[] = []
      const appRuns: PageFigures[] = []
      const plainRunsFigures: PageFigures[] = []
      const measureApp = async (run: number) => {
        console.log(`  ${events} events, run ${run + 1}: app`)
        appRuns.push(await measurePage(browser, appUrl, 'app'))
        console.log(`  ${events} events, run ${run + 1}: map view`)
        mapRuns.push(await measurePage(browser, mapUrl, 'map', true))
      }
      const measurePlain = async (run: number) => {
        console.log(`  ${events} events, run ${run + 1}: plain vis-timeline`)
        plainRunsFigures.push(await measurePage(browser, plainUrl, 'plain', isPlainLoadOnly))
      }
      // The pages take turns to load first: a load can be slowed by the work the one before leaves behind.
      for (let run = 0; run < runs; run += 1) {
        const isPlainMeasured = run < plainRuns
        if (isPlainMeasured && run % 2 === 1) await measurePlain(run)
        await measureApp(run)
        if (isPlainMeasured && run % 2 === 0) await measurePlain(run)
      }
      sizes.push({
        events,
        label: isBundled ? `bundled (${events})` : events.toLocaleString('en-US'),
        app: medianFigures(appRuns),
        plain: plainRunsFigures.length > 0 ? medianFigures(plainRunsFigures) : null,
        map: medianFigures(mapRuns),
      })
    }
    return { sizes, chromiumVersion: browser.version() }
  } finally {
    await browser.close()
    await server.close()
  }
}
