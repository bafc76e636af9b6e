/**
 * What the first view waits for, announced in index.html so that the browser fetches it while the entry script
 * is still being parsed: the timeline's chunks (module preloads) and the bundled dataset (a fetch preload that
 * src/load/load-dataset.ts then reuses).
 */
import type { Plugin } from 'vite'

const FIRST_VIEW_CHUNKS = ['Timeline', 'vis']

export function preloadFirstView(): Plugin {
  return {
    name: 'conflict-timeline:preload-first-view',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const bundle = context.bundle ?? {}
        const files = Object.values(bundle)
        const chunks = files.filter(
          (file) => file.type === 'chunk' && FIRST_VIEW_CHUNKS.includes(file.name),
        )
        const dataset = files.find(
          (file) => file.type === 'asset' && /^assets\/events-[^/]+\.json$/.test(file.fileName),
        )
        return [
          ...chunks.map((chunk) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: '', href: `./${chunk.fileName}` },
            injectTo: 'head' as const,
          })),
          ...(dataset
            ? [
                {
                  tag: 'link',
                  attrs: {
                    rel: 'preload',
                    as: 'fetch',
                    crossorigin: '',
                    href: `./${dataset.fileName}`,
                  },
                  injectTo: 'head' as const,
                },
              ]
            : []),
        ]
      },
    },
  }
}
