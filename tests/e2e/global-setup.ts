import { existsSync } from 'node:fs'
import type { TestProject } from 'vitest/node'
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
  server = await startStaticServer([
    { prefix: '/fixtures/', directory: 'tests/fixtures' },
    // The same build published under a sub-path, as on a static host that is not the domain's root.
    { prefix: '/blog/assets/timeline/', directory: 'dist' },
    { prefix: '/', directory: 'dist' },
  ])
  project.provide('origin', server.origin)
}

export async function teardown() {
  await server?.close()
}
