import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import { syntheticDataset } from '../../scripts/bench/synthetic-dataset'
import { startStaticServer, type StaticServer } from './static-server'

declare module 'vitest' {
  export interface ProvidedContext {
    origin: string
  }
}

let server: StaticServer | undefined

export async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) {
    throw new Error(
      'dist/ is missing: the browser tests run against the built app (npm run test:e2e builds it).',
    )
  }
  // Where the browser tests leave their screenshots, to be looked at after a run.
  mkdirSync('test-results', { recursive: true })
  // A large dataset shaped like the bundled one, for the timeline at scale (timeline-scale.test.ts).
  const generated = mkdtempSync(join(tmpdir(), 'conflict-timeline-e2e-'))
  writeFileSync(join(generated, '10000.json'), JSON.stringify(syntheticDataset(10_000)))
  // Over the 100 MB the app reads (hostile.test.ts): it must be refused, not parsed.
  writeFileSync(join(generated, 'over-100-mb.json'), Buffer.alloc(105 * 1024 * 1024, 32))
  server = await startStaticServer([
    { prefix: '/fixtures/', directory: 'tests/fixtures' },
    // axe-core from the page's own origin: the built app's Content Security Policy refuses inline scripts.
    { prefix: '/test-vendor/axe.min.js', directory: 'node_modules/axe-core/axe.min.js' },
    { prefix: '/generated/', directory: generated },
    // The same build published under a sub-path, as on a static host that is not the domain's root.
    { prefix: '/blog/assets/timeline/', directory: 'dist' },
    { prefix: '/', directory: 'dist' },
  ])
  project.provide('origin', server.origin)
}

export async function teardown() {
  await server?.close()
}
