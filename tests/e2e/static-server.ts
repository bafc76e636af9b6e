/**
 * A tiny static server for the browser tests: the built app from dist/, test fixtures under /fixtures/, and a
 * real 404 for anything missing (a single-page-app fallback would hide a missing dataset behind index.html).
 */
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, resolve } from 'node:path'

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
}

export type Mount = { prefix: string; directory: string }

export type StaticServer = { origin: string; close: () => Promise<void> }

export async function startStaticServer(mounts: Mount[]): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    void (async () => {
      const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)
      const mount = mounts
        .filter((candidate) => pathname.startsWith(candidate.prefix))
        .sort((a, b) => b.prefix.length - a.prefix.length)[0]
      if (!mount) {
        response.writeHead(404).end('Not found')
        return
      }
      const root = resolve(mount.directory)
      let filePath = normalize(join(root, pathname.slice(mount.prefix.length)))
      if (!filePath.startsWith(root)) {
        response.writeHead(403).end('Forbidden')
        return
      }
      try {
        if ((await stat(filePath)).isDirectory()) filePath = join(filePath, 'index.html')
        await stat(filePath)
      } catch {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found')
        return
      }
      response.writeHead(200, {
        'content-type': CONTENT_TYPES[extname(filePath)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      })
      createReadStream(filePath).pipe(response)
    })()
  })
  await new Promise<void>((resolveListen) => server.listen(0, '127.0.0.1', resolveListen))
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolveClose) => server.close(() => resolveClose())),
  }
}
