// 演示数据 as a live feed: MSW's service worker answers `POST …/demo-feed/sync` with today's
// traffic of the demo's accounts (mocks/liveFeed), from the demo's seed and the real clock.
// Loaded by dynamic imports only when the 演示数据 source runs, so MSW and the generator are
// chunks of their own; a build with `VITE_KF_DEMO=off` leaves them out altogether.
import type { LiveFeedFault } from '../../mocks/liveFeed/handlers'

export type { LiveFeedFault }

/** The demo's seed: the same accounts and servicers as the first-open demo. */
export const DEMO_FEED_SEED = 1

interface DemoFeedServer {
  url: string
  inject(...faults: LiveFeedFault[]): void
  readonly requests: number
}

let server: Promise<DemoFeedServer> | null = null

/** Starts MSW once and returns the demo feed's address. */
export function startDemoFeedServer(): Promise<DemoFeedServer> {
  server ??= start().catch((error: unknown) => {
    server = null
    const detail = error instanceof Error ? error.message : String(error)
    throw new Error(`演示数据源无法启动(需要浏览器支持 Service Worker):${detail}`)
  })
  return server
}

async function start(): Promise<DemoFeedServer> {
  if (import.meta.env.VITE_KF_DEMO === 'off') throw new Error('此版本不含演示数据源')
  const [{ setupWorker }, { createLiveFeed }] = await Promise.all([
    import('msw/browser'),
    import('../../mocks/liveFeed/handlers'),
  ])
  const feed = createLiveFeed({ seed: DEMO_FEED_SEED, now: () => Date.now() / 1000 })
  const worker = setupWorker(...feed.handlers)
  await worker.start({
    serviceWorker: { url: './mockServiceWorker.js' },
    onUnhandledRequest: 'bypass',
    quiet: true,
  })
  const url = new URL('demo-feed', document.baseURI).href
  return {
    url,
    inject: (...faults) => feed.inject(...faults),
    get requests() {
      return feed.requests
    },
  }
}
