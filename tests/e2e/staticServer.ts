// Serves the built dist/ under a sub-path, as any static host would: no rewrite rules. An
// optional handler answers other requests on the same origin first (the bench's live feed).
import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { extname, join, normalize } from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
}

export const SUB_PATH = '/kf/stats/'

/** Answers the request and returns true, or returns false to leave it to the static files. */
export type ExtraHandler = (request: IncomingMessage, response: ServerResponse) => boolean

export function serveStatic(
  root: string,
  extra?: ExtraHandler,
): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    if (extra?.(request, response)) return
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)
    if (!path.startsWith(SUB_PATH)) {
      response.writeHead(404).end('not found')
      return
    }
    let file = normalize(join(root, path.slice(SUB_PATH.length)))
    if (!file.startsWith(root)) {
      response.writeHead(403).end()
      return
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html')
    if (!existsSync(file)) {
      response.writeHead(404).end('not found')
      return
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
    createReadStream(file).pipe(response)
  })
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      resolve({ server, url: `http://127.0.0.1:${port}${SUB_PATH}` })
    })
  })
}
