// The live feed's contract (issue 4), modelled on WeChat's `kf/sync_msg` cursor pull:
//
//   POST {feedUrl}/sync   { "cursor": string | null, "limit": number }
//   → { "next_cursor": string, "has_more": 0 | 1, "events": [kf-dataset events],
//       "directory"?: { "accounts"?: [], "servicers"?: [], "groups"?: [], "customers"?: [] } }
//
// `cursor` null asks from the feed's beginning; each answer's `next_cursor` is sent with the next
// request (an opaque, non-empty text); `has_more` 1 means more is ready at once. The envelope is
// checked here; each event and directory record is checked later by the dataset's own rules
// (validateEvent / validateDirectoryRecord), so an invalid one is listed, never dropped.

/** The largest page a feed is asked for (WeChat's `sync_msg` allows up to 1000). */
export const MAX_FEED_LIMIT = 1000
export const DEFAULT_FEED_LIMIT = 1000

export interface SyncRequest {
  cursor: string | null
  limit: number
}

/** Directory lists as sent: records not yet validated. Each list may be left out. */
export interface FeedDirectory {
  accounts?: unknown[]
  servicers?: unknown[]
  groups?: unknown[]
  customers?: unknown[]
}

export interface SyncResponse {
  next_cursor: string
  has_more: 0 | 1
  /** Events not yet validated. */
  events: unknown[]
  directory?: FeedDirectory
}

export type SyncCheck = { ok: true; response: SyncResponse } | { ok: false; reason: string }

export const DIRECTORY_LISTS = ['accounts', 'servicers', 'groups', 'customers'] as const

/** `{feedUrl}/sync`, whether or not the setting ends with a slash. */
export function syncUrl(feedUrl: string): string {
  return `${feedUrl.replace(/\/+$/, '')}/sync`
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Checks a parsed JSON body against the contract. Fields beyond it are ignored, except a
 * WeChat-style `errcode` other than 0, which is the server saying it failed. `directory: null`
 * counts as absent.
 */
export function parseSyncResponse(body: unknown): SyncCheck {
  if (!isPlainObject(body)) return { ok: false, reason: '返回内容不是一个 JSON 对象' }
  const errcode = body.errcode
  if (errcode !== undefined && errcode !== null && errcode !== 0) {
    const errmsg = typeof body.errmsg === 'string' && body.errmsg !== '' ? `:${body.errmsg}` : ''
    return { ok: false, reason: `服务器返回错误码 ${String(errcode)}${errmsg}` }
  }

  const cursor = body.next_cursor
  if (cursor === undefined || cursor === null) return { ok: false, reason: '缺少 next_cursor' }
  if (typeof cursor !== 'string') return { ok: false, reason: 'next_cursor 应为文本' }
  if (cursor === '') return { ok: false, reason: 'next_cursor 不能为空' }

  const hasMore = body.has_more
  if (hasMore === undefined || hasMore === null) return { ok: false, reason: '缺少 has_more' }
  if (hasMore !== 0 && hasMore !== 1) {
    return { ok: false, reason: `has_more 应为 0 或 1,实际为「${JSON.stringify(hasMore)}」` }
  }

  const events = body.events
  if (events === undefined || events === null) return { ok: false, reason: '缺少 events' }
  if (!Array.isArray(events)) return { ok: false, reason: 'events 应为数组' }

  const response: SyncResponse = { next_cursor: cursor, has_more: hasMore, events }
  const raw = body.directory
  if (raw !== undefined && raw !== null) {
    if (!isPlainObject(raw)) return { ok: false, reason: 'directory 应为对象' }
    const directory: FeedDirectory = {}
    for (const list of DIRECTORY_LISTS) {
      const records = raw[list]
      if (records === undefined || records === null) continue
      if (!Array.isArray(records)) return { ok: false, reason: `directory.${list} 应为数组` }
      directory[list] = records
    }
    response.directory = directory
  }
  return { ok: true, response }
}
