/**
 * The page's first script (src/load/start-loading.ts): a dataset named by `data=` starts loading in the worker
 * at once and its replies are kept for the app; without one the bundled dataset is downloaded and parsed.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  startLoading,
  type StartedBundledLoad,
  type StartedLoad,
} from '../../src/load/start-loading'

const FILES = {
  worker: './assets/dataset.worker-1.js',
  dataset: './assets/events-1.json',
  localPrefix: 'local:',
}

class FakeWorker {
  static created: FakeWorker[] = []
  onmessage: ((message: { data: unknown }) => void) | null = null
  onerror: ((event: unknown) => void) | null = null
  constructor(
    readonly url: string,
    readonly options: { type: string; name: string },
  ) {
    FakeWorker.created.push(this)
  }
}

/** A page at `search`, with what the script may touch. */
function page(search: string) {
  const appended: Record<string, string>[] = []
  const window: {
    location: { search: string }
    conflictTimelineStartedLoad?: StartedLoad
    conflictTimelineBundledLoad?: StartedBundledLoad
  } = { location: { search } }
  vi.stubGlobal('window', window)
  vi.stubGlobal('document', {
    baseURI: 'https://example.org/timeline/',
    head: { append: (element: Record<string, string>) => appended.push(element) },
  })
  vi.stubGlobal('Worker', FakeWorker)
  FakeWorker.created = []
  return { window, appended }
}

afterEach(() => vi.unstubAllGlobals())

describe(startLoading.name, () => {
  it('starts the worker for a dataset named by data=, with the address resolved against the page', () => {
    const { window, appended } = page('?data=%20mine/big.json%20&view=list')
    startLoading(FILES)
    expect(appended).toEqual([])
    const [worker] = FakeWorker.created
    expect(worker?.url).toBe(FILES.worker)
    expect(JSON.parse(worker?.options.name ?? '')).toEqual({
      url: 'https://example.org/timeline/mine/big.json',
      displayUrl: 'mine/big.json',
    })
    const started = window.conflictTimelineStartedLoad
    expect(started?.address).toBe('mine/big.json')
    worker?.onmessage?.({ data: { type: 'progress' } })
    worker?.onerror?.({ message: 'broken' })
    expect(started?.replies).toEqual([{ type: 'progress' }])
    expect(started?.error).toEqual({ message: 'broken' })
  })

  it.each(['', '?view=list', '?data=', '?data=%20'])(
    'downloads and parses the bundled dataset for %j',
    async (search) => {
      const { window, appended } = page(search)
      const fetched: [string, RequestInit][] = []
      vi.stubGlobal('fetch', (url: string, init: RequestInit) => {
        fetched.push([url, init])
        return Promise.resolve({ ok: true, json: () => Promise.resolve({ events: [] }) })
      })
      startLoading(FILES)
      expect(FakeWorker.created).toEqual([])
      expect(window.conflictTimelineStartedLoad).toBeUndefined()
      expect(appended).toEqual([])
      const url = 'https://example.org/timeline/assets/events-1.json'
      expect(fetched).toEqual([[url, { credentials: 'same-origin' }]])
      expect(window.conflictTimelineBundledLoad?.url).toBe(url)
      expect(await window.conflictTimelineBundledLoad?.dataset).toEqual({ events: [] })
    },
  )

  it.each([
    ['answers 404', () => Promise.resolve({ ok: false, json: () => Promise.resolve({}) })],
    ['cannot be reached', () => Promise.reject(new TypeError('Failed to fetch'))],
    [
      'is not JSON',
      () => Promise.resolve({ ok: true, json: () => Promise.reject(new SyntaxError('x')) }),
    ],
  ])('leaves the bundled dataset to the app when its file %s', async (_, answer) => {
    const { window } = page('')
    vi.stubGlobal('fetch', answer)
    startLoading(FILES)
    expect(await window.conflictTimelineBundledLoad?.dataset).toBeNull()
  })

  it('leaves a file kept in this browser to the app, and does nothing without its files', () => {
    const local = page('?data=local:mine.csv')
    startLoading(FILES)
    expect(FakeWorker.created).toEqual([])
    expect(local.appended).toEqual([])
    const withoutWorker = page('?data=x.json')
    startLoading({ ...FILES, worker: undefined })
    expect(FakeWorker.created).toEqual([])
    expect(withoutWorker.appended).toEqual([])
  })
})
