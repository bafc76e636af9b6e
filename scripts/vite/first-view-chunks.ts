/**
 * How the build splits the code into files. The page is served over HTTP/1.1, where a browser opens six
 * connections to a host: split into twenty small chunks by what imports what, the first view's code came in
 * three or four waves of requests, and the bundled dataset was drawn 25–50 ms later than with the first view's
 * own code in one file (measured in headless Chromium, medians of 15 loads; decision 0003). So:
 * - vis-timeline and what it needs (moment, vis-data…) are one chunk, `vis`, loaded with the timeline only;
 * - every module the entry imports statically, the app among them, is one chunk, `app`;
 * - everything else (the timeline's wrapper, the map, the importers, zod, the exports) is split as Vite would.
 */
import { resolve } from 'node:path'

type ModuleInfo = { importedIds: readonly string[] }
type ChunkMeta = { getModuleInfo: (moduleId: string) => ModuleInfo | null }

const VIS_MODULE = /[\\/]node_modules[\\/](vis-[^\\/]+|moment)[\\/]/

/** Modules reachable from `roots` by static imports. */
function staticClosure(roots: readonly string[], meta: ChunkMeta): Set<string> {
  const seen = new Set<string>()
  const pending = [...roots]
  for (let moduleId = pending.pop(); moduleId !== undefined; moduleId = pending.pop()) {
    if (seen.has(moduleId)) continue
    seen.add(moduleId)
    pending.push(...(meta.getModuleInfo(moduleId)?.importedIds ?? []))
  }
  return seen
}

/** Rollup's `manualChunks` for the split above; `root` is the project's folder. */
export function firstViewChunks(root = process.cwd()) {
  const entry = resolve(root, 'src/main.tsx')
  let appModules: Set<string> | null = null
  return (moduleId: string, meta: ChunkMeta): string | undefined => {
    if (VIS_MODULE.test(moduleId)) return 'vis'
    appModules ??= staticClosure(meta.getModuleInfo(entry)?.importedIds ?? [], meta)
    return appModules.has(moduleId) ? 'app' : undefined
  }
}
