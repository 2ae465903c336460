// The URL ⇄ filters codec every page shares: pure, no Vue, no clock of its own.
//
//   range=today|yesterday|7d|30d|month|lastMonth|all   (default all, omitted)
//   from=YYYY-MM-DD&to=YYYY-MM-DD                      (自定义; wins over range)
//   account=OPEN_KFID  group=GROUP_ID  servicer=USERID
//   at=YYYY-MM-DDTHH:MM[:SS]                           (replay moment, in the dataset's zone)
//
// Keys are written in that order, defaults are left out, relative ranges stay relative. A bad value
// falls back to its default and adds a notice in Chinese. A page adds its own keys (会话记录:
// nickname, friend, state, metric, sort, session…) with a `QueryKeys` descriptor: each key parses
// its text (undefined = invalid), serializes its value (undefined = default, left out) and names
// the notice for a bad value. Page keys follow the shared ones, in the descriptor's order.
import type { LocationQuery, LocationQueryValue } from 'vue-router'
import type { RangePreset, RangeSpec } from '@/domain/figures/rangePresets'
import { parseAsOf } from '@/domain/time/eventTime'
import { parseDay, type ZoneClock } from '@/domain/time/zoneClock'
import type { ViewFilters } from '@/workers/analyticsTypes'

export const RANGE_PRESETS: readonly RangePreset[] = [
  'today',
  'yesterday',
  '7d',
  '30d',
  'month',
  'lastMonth',
  'all',
]
export const DEFAULT_RANGE: RangeSpec = { preset: 'all' }

/** The shared keys, in the order they are written. */
export const SHARED_QUERY_KEYS = ['range', 'from', 'to', 'account', 'group', 'servicer', 'at']

/** A custom range may span at most this many days (a typo like 0201 must not hang the worker). */
export const MAX_RANGE_DAYS = 3660
const FIRST_DAY = '1970-01-01'

export const NOTICES = {
  range: '链接中的日期范围无效，已显示全部日期',
  rangeTooLong: '链接中的日期范围超过 10 年，已显示全部日期',
  account: '链接中的客服账号无效，已显示全部客服账号',
  group: '链接中的接待组无效，已显示全部接待组',
  servicer: '链接中的接待人员无效，已显示全部接待人员',
  at: '链接中的回放时刻无效，已显示当前数据',
} as const

/** One page-specific query key. */
export interface QueryKey<T> {
  /** The value of the key's text; undefined when the text is not valid. */
  parse(text: string): T | undefined
  /** The key's text; undefined leaves the key out (its default). */
  serialize(value: T): string | undefined
  /** Shown when a link carries a text that parse refuses. */
  notice: string
}

/** A descriptor of a page's own keys: one QueryKey per field of E. */
export type QueryKeys<E> = { [K in keyof E]-?: QueryKey<Exclude<E[K], undefined>> }

export interface ParsedViewQuery<E = Record<never, never>> {
  filters: ViewFilters
  /** The page's own keys that were present and valid. */
  extra: Partial<E>
  /** `at` exactly as the link gave it (when valid), to write it back unchanged. */
  atText?: string
  notices: string[]
}

export interface SerializeOptions<E = Record<never, never>> {
  /** The dataset's zone: `at` is written as a wall time in it. */
  clock: ZoneClock
  /** The text `at` came from: written back as is when it still means `filters.at`. */
  atText?: string
  keys?: QueryKeys<E>
  extra?: Partial<E>
}

const AT_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?$/
const MAX_ID_LENGTH = 128

/** Non-empty, at most `max` characters, no control characters. */
export function isPlainText(text: string, max: number): boolean {
  if (text.length === 0 || text.length > max) return false
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x20 || code === 0x7f) return false
  }
  return true
}

/** The first string of a query value (a repeated key keeps its first value). */
export function queryText(value: LocationQueryValue | LocationQueryValue[] | undefined): string {
  const first = Array.isArray(value) ? value.find((v) => typeof v === 'string') : value
  return typeof first === 'string' ? first.trim() : ''
}

function isPreset(text: string): text is RangePreset {
  return (RANGE_PRESETS as readonly string[]).includes(text)
}

/** 自定义 dates: both real days from 1970 on, from ≤ to, at most MAX_RANGE_DAYS. */
export function checkCustomRange(from: string, to: string): RangeSpec | 'invalid' | 'too-long' {
  const first = parseDay(from)
  const last = parseDay(to)
  const floor = parseDay(FIRST_DAY) as number
  if (first === null || last === null || first < floor || first > last) return 'invalid'
  if (last - first + 1 > MAX_RANGE_DAYS) return 'too-long'
  return { from, to }
}

/** `at` as the URL writes it: the wall time in the zone, seconds only when not 0. */
export function formatAtText(at: number, clock: ZoneClock): string {
  const w = clock.wallTime(at)
  const p = (n: number): string => String(n).padStart(2, '0')
  const text = `${String(w.year).padStart(4, '0')}-${p(w.month)}-${p(w.day)}T${p(w.hour)}:${p(w.minute)}`
  return w.second === 0 ? text : `${text}:${p(w.second)}`
}

/** `at` text → epoch seconds in the zone; null when it is not `YYYY-MM-DDTHH:MM[:SS]`. */
export function parseAtText(text: string, clock: ZoneClock): number | null {
  if (!AT_PATTERN.test(text)) return null
  const result = parseAsOf(text, clock)
  return result.ok ? result.time : null
}

export function parseViewQuery<E = Record<never, never>>(
  query: LocationQuery,
  clock: ZoneClock,
  keys?: QueryKeys<E>,
): ParsedViewQuery<E> {
  const notices: string[] = []
  const filters: ViewFilters = { range: DEFAULT_RANGE }

  const from = queryText(query.from)
  const to = queryText(query.to)
  const preset = queryText(query.range)
  let rangeDone = false
  if (from !== '' || to !== '') {
    const custom = checkCustomRange(from, to)
    if (custom === 'invalid') notices.push(NOTICES.range)
    else if (custom === 'too-long') notices.push(NOTICES.rangeTooLong)
    else {
      filters.range = custom
      rangeDone = true
    }
  }
  if (!rangeDone && preset !== '') {
    if (isPreset(preset)) filters.range = { preset }
    else if (notices.length === 0) notices.push(NOTICES.range)
  }

  for (const key of ['account', 'group', 'servicer'] as const) {
    const text = queryText(query[key])
    if (text === '') continue
    if (isPlainText(text, MAX_ID_LENGTH)) filters[key] = text
    else notices.push(NOTICES[key])
  }

  let atText: string | undefined
  const at = queryText(query.at)
  if (at !== '') {
    const time = parseAtText(at, clock)
    if (time === null) notices.push(NOTICES.at)
    else {
      filters.at = time
      atText = at
    }
  }

  const extra: Partial<E> = {}
  if (keys) {
    for (const key of Object.keys(keys) as (keyof E & string)[]) {
      const text = queryText(query[key])
      if (text === '') continue
      const codec = keys[key]
      const value = codec.parse(text)
      if (value === undefined) notices.push(codec.notice)
      else extra[key] = value
    }
  }

  return atText === undefined ? { filters, extra, notices } : { filters, extra, atText, notices }
}

export function serializeViewFilters<E = Record<never, never>>(
  filters: ViewFilters,
  options: SerializeOptions<E>,
): Record<string, string> {
  const out: Record<string, string> = {}
  const range = filters.range
  if ('from' in range) {
    out.from = range.from
    out.to = range.to
  } else if (range.preset !== 'all') {
    out.range = range.preset
  }
  if (filters.account) out.account = filters.account
  if (filters.group) out.group = filters.group
  if (filters.servicer) out.servicer = filters.servicer
  if (filters.at !== undefined) {
    const given = options.atText
    out.at =
      given !== undefined && parseAtText(given, options.clock) === filters.at
        ? given
        : formatAtText(filters.at, options.clock)
  }
  const { keys, extra } = options
  if (keys && extra) {
    for (const key of Object.keys(keys) as (keyof E & string)[]) {
      const value = extra[key]
      if (value === undefined) continue
      const text = keys[key].serialize(value as Exclude<E[typeof key], undefined>)
      if (text !== undefined && text !== '') out[key] = text
    }
  }
  return out
}

/** Two queries hold the same keys and texts, in the same order. */
export function sameQuery(a: LocationQuery, b: LocationQuery): boolean {
  const ka = Object.keys(a)
  const kb = Object.keys(b)
  if (ka.length !== kb.length) return false
  return ka.every((k, i) => k === kb[i] && JSON.stringify(a[k]) === JSON.stringify(b[k]))
}

/** Common page keys. */
export const queryKeys = {
  /** One of a fixed set of texts. */
  oneOf<T extends string>(values: readonly T[], notice: string, fallback?: T): QueryKey<T> {
    return {
      parse: (text) => ((values as readonly string[]).includes(text) ? (text as T) : undefined),
      serialize: (value) => (value === fallback ? undefined : value),
      notice,
    }
  },
  /** `1` for true, left out for false (`0` reads as false): a switch that is off by default. */
  flag(notice: string): QueryKey<boolean> {
    return {
      parse: (text) => (text === '1' ? true : text === '0' ? false : undefined),
      serialize: (value) => (value ? '1' : undefined),
      notice,
    }
  },
  /** `1` or `0`, both written: a yes/no filter whose absence means 全部 (企业好友). */
  yesNo(notice: string): QueryKey<boolean> {
    return {
      parse: (text) => (text === '1' ? true : text === '0' ? false : undefined),
      serialize: (value) => (value ? '1' : '0'),
      notice,
    }
  },
  /** Free text, up to `max` characters. */
  text(notice: string, max = 200): QueryKey<string> {
    return {
      parse: (text) => (isPlainText(text, max) ? text : undefined),
      serialize: (value) => value,
      notice,
    }
  },
}
