// MSW handlers for the live feed: `POST */demo-feed/sync` answers by the contract from
// LiveFeedSource. Only that path: a company's own feed address is never answered by the demo.
// They work with `setupWorker` (msw/browser, demo mode) and `setupServer` (msw/node, tests).
// Faults can be queued: each request takes the next one, then the feed is well again.
import { http, HttpResponse, type HttpHandler } from 'msw'
import { ACCOUNT_MODELS } from '../demoDataset/directory'
import { BadSyncRequest, LiveFeedSource, pageLimit } from './liveFeedSource'

/**
 * - `status500`: HTTP 500, nothing sent.
 * - `timeout`: no answer until the client gives up (aborts).
 * - `networkError`: the connection fails.
 * - `garbage`: 200 with an HTML page (not JSON).
 * - `notContract`: 200 with JSON that is not the contract (no next_cursor).
 * - `duplicatePage`: the page before the cursor again, the cursor unmoved (a replayed page).
 * - `invalidEvent`: the right page plus one event that fails validation (state 9).
 */
export type LiveFeedFault =
  | 'status500'
  | 'timeout'
  | 'networkError'
  | 'garbage'
  | 'notContract'
  | 'duplicatePage'
  | 'invalidEvent'

export interface LiveFeedOptions {
  seed: number
  /** Now, in epoch seconds (the real clock in the demo; a test's own in tests). */
  now: () => number
  /** Where days are cut (default 'Asia/Shanghai'). */
  timezone?: string
  /** About this many events a whole day (default 10,000). */
  eventsPerDay?: number
  /** Faults for the first requests, in order. */
  faults?: readonly LiveFeedFault[]
}

export interface LiveFeed {
  handlers: HttpHandler[]
  source: LiveFeedSource
  /** Queues faults for the next requests, in order. */
  inject(...faults: LiveFeedFault[]): void
  /** Requests answered so far (faults included). */
  readonly requests: number
}

export function createLiveFeed(options: LiveFeedOptions): LiveFeed {
  const source = new LiveFeedSource(options)
  const faults: LiveFeedFault[] = [...(options.faults ?? [])]
  let requests = 0

  const handler = http.post('*/demo-feed/sync', async ({ request }) => {
    requests += 1
    const fault = faults.shift()
    switch (fault) {
      case 'status500':
        return HttpResponse.json({ errcode: -1, errmsg: 'system error' }, { status: 500 })
      case 'timeout':
        await aborted(request.signal)
        return HttpResponse.error()
      case 'networkError':
        return HttpResponse.error()
      case 'garbage':
        return HttpResponse.html('<html><body><h1>502 Bad Gateway</h1></body></html>')
      case 'notContract':
        return HttpResponse.json({ errcode: 0, errmsg: 'ok', msg_list: [] })
      default:
        break
    }

    let body: unknown
    try {
      body = await request.json()
    } catch {
      return badRequest('请求体不是 JSON')
    }
    const fields = (typeof body === 'object' && body !== null ? body : {}) as Record<
      string,
      unknown
    >
    const cursor = fields.cursor
    if (cursor !== null && cursor !== undefined && typeof cursor !== 'string') {
      return badRequest('cursor 应为文本或 null')
    }
    try {
      const response = source.serve(
        { cursor: cursor ?? null, limit: pageLimit(fields.limit) },
        options.now(),
        fault === 'duplicatePage',
      )
      if (fault === 'invalidEvent') {
        response.events = [...response.events, invalidEvent(requests, options.now())]
      }
      return HttpResponse.json(response)
    } catch (error) {
      if (error instanceof BadSyncRequest) return badRequest(error.message)
      throw error
    }
  })

  return {
    handlers: [handler],
    source,
    inject: (...more) => void faults.push(...more),
    get requests() {
      return requests
    },
  }
}

/** The handlers alone: `setupWorker(...createLiveFeedHandlers({ seed, now }))`. */
export function createLiveFeedHandlers(options: LiveFeedOptions): HttpHandler[] {
  return createLiveFeed(options).handlers
}

/** An event that fails validation: state 9 is outside 0–4. */
function invalidEvent(request: number, now: number): Record<string, unknown> {
  return {
    id: `live-invalid-${request}`,
    type: 'state',
    time: Math.floor(now),
    open_kfid: ACCOUNT_MODELS[0]?.account.open_kfid,
    external_userid: 'wmAJ2GCAAAinvalidEventXXXXXXXXXXX',
    state: 9,
  }
}

function badRequest(errmsg: string): Response {
  return HttpResponse.json({ errcode: 40058, errmsg }, { status: 400 })
}

/** Resolves when the request is aborted (the client's time-out); never otherwise. */
function aborted(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) resolve()
    else signal.addEventListener('abort', () => resolve(), { once: true })
  })
}
