/**
 * What the first view waits for, announced in index.html so that the browser fetches it all at once while the
 * entry script is still being parsed: every chunk the entry, the app and the timeline import, however deep
 * (module preloads), and the bundled dataset (a fetch preload that src/load/load-dataset.ts then reuses).
 */
import type { Plugin } from 'vite'
import { BUILT_DATASET } from './bundled-dataset-plugin'

/** The chunks main.tsx imports dynamically for the first view. */
const FIRST_VIEW_CHUNKS = ['render-app', 'Timeline', 'vis']

type Chunk = { type: 'chunk'; name: string; fileName: string; isEntry: boolean; imports: string[] }

export function preloadFirstView(): Plugin {
  return {
    name: 'conflict-timeline:preload-first-view',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const files = Object.values(context.bundle ?? {})
        const chunks = new Map(
          files
            .filter((file): file is typeof file & Chunk => file.type === 'chunk')
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
        const dataset = files.find(
          (file) => file.type === 'asset' && BUILT_DATASET.test(file.fileName),
        )
        const preloads = [...wanted]
          .filter((fileName) => !html.includes(fileName))
          .map((fileName) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: '', href: `./${fileName}` },
            injectTo: 'head' as const,
          }))
        if (dataset) {
          preloads.push({
            tag: 'link',
            attrs: { rel: 'preload', as: 'fetch', crossorigin: '', href: `./${dataset.fileName}` },
            injectTo: 'head' as const,
          } as (typeof preloads)[number])
        }
        return preloads
      },
    },
  }
}
