/**
 * What the first view waits for, announced in index.html so that the browser fetches it all at once while the
 * entry script is still being parsed: every chunk the entry, the app and the timeline import, however deep
 * (module preloads). And before them, the page's first script (src/load/start-loading.ts): it starts loading a
 * dataset named by `data=` in the loading worker at once, or else downloads and parses the bundled dataset
 * (which src/load/load-dataset.ts then takes over).
 */
import type { Plugin } from 'vite'
import { startLoading } from '../../src/load/start-loading'
import { LOCAL_DATA_PREFIX } from '../../src/view/view-state'
import { BUILT_DATASET } from './bundled-dataset-plugin'

/** The chunks main.tsx imports dynamically for the first view. */
const FIRST_VIEW_CHUNKS = ['Timeline', 'vis']
const START_LOADING_NAME = 'start-loading.js'
/** The loading worker as the build writes it (src/load/load-dataset.ts creates it). */
const BUILT_WORKER = /^assets\/dataset\.worker-[^/]+\.js$/

type Chunk = { type: 'chunk'; name: string; fileName: string; isEntry: boolean; imports: string[] }
type Asset = { type: 'asset'; fileName: string; names?: string[] }

export function preloadFirstView(): Plugin {
  return {
    name: 'conflict-timeline:preload-first-view',
    apply: 'build',
    buildStart() {
      this.emitFile({
        type: 'asset',
        name: START_LOADING_NAME,
        source: `(${startLoading.toString()})(document.currentScript.dataset)\n`,
      })
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const files = Object.values(context.bundle ?? {}) as (Chunk | Asset)[]
        const chunks = new Map(
          files
            .filter((file): file is Chunk => file.type === 'chunk')
            .map((chunk) => [chunk.fileName, chunk]),
        )
        const wanted = new Set<string>()
        const visit = (fileName: string) => {
          if (wanted.has(fileName)) return
          wanted.add(fileName)
          for (const imported of chunks.get(fileName)?.imports ?? []) visit(imported)
        }
        for (const chunk of chunks.values()) {
          if (chunk.isEntry || FIRST_VIEW_CHUNKS.includes(chunk.name)) visit(chunk.fileName)
        }
        const assetFile = (test: (asset: Asset) => boolean) =>
          files.find((file): file is Asset => file.type === 'asset' && test(file))?.fileName
        const script = assetFile((asset) => asset.names?.includes(START_LOADING_NAME) ?? false)
        const worker = assetFile((asset) => BUILT_WORKER.test(asset.fileName))
        const dataset = assetFile((asset) => BUILT_DATASET.test(asset.fileName))
        if (!script || !worker || !dataset) {
          throw new Error(
            'The build wrote no start-loading script, loading worker or bundled dataset',
          )
        }
        const preloads = [...wanted]
          .filter((fileName) => !html.includes(fileName))
          .map((fileName) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: '', href: `./${fileName}` },
            injectTo: 'head' as const,
          }))
        return [
          {
            tag: 'script',
            attrs: {
              src: `./${script}`,
              'data-worker': `./${worker}`,
              'data-dataset': `./${dataset}`,
              'data-local-prefix': LOCAL_DATA_PREFIX,
            },
            // Before the stylesheet, which a script after it would wait for.
            injectTo: 'head-prepend' as const,
          },
          ...preloads,
        ]
      },
    },
  }
}
