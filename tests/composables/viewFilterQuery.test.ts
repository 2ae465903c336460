import { describe, expect, it } from 'vitest'
import type { LocationQuery } from 'vue-router'
import {
  NOTICES,
  formatAtText,
  parseViewQuery,
  queryKeys,
  sameQuery,
  serializeViewFilters,
  type QueryKeys,
} from '../../src/composables/viewFilterQuery'
import { ZoneClock } from '../../src/domain/time/zoneClock'

const shanghai = new ZoneClock('Asia/Shanghai')
const newYork = new ZoneClock('America/New_York')
// 2026-11-05 10:00:00 in Shanghai (UTC+8) = 2026-11-05T02:00:00Z.
const NOV5_10H = 1793844000

describe('parseViewQuery: the shared keys', () => {
  it('an empty query is every default, with no notice', () => {
    expect(parseViewQuery({}, shanghai)).toEqual({
      filters: { range: { preset: 'all' } },
      extra: {},
      notices: [],
    })
  })

  it.each(['today', 'yesterday', '7d', '30d', 'month', 'lastMonth', 'all'] as const)(
    'range=%s stays a relative preset',
    (preset) => {
      expect(parseViewQuery({ range: preset }, shanghai).filters.range).toEqual({ preset })
    },
  )

  it('reads account, group and servicer as given', () => {
    const { filters, notices } = parseViewQuery(
      { account: 'wk_presale', group: 'g_presale', servicer: 'zhangsan' },
      shanghai,
    )
    expect(filters).toEqual({
      range: { preset: 'all' },
      account: 'wk_presale',
      group: 'g_presale',
      servicer: 'zhangsan',
    })
    expect(notices).toEqual([])
  })

  it('an empty value means 全部, without a notice', () => {
    expect(parseViewQuery({ account: '', group: '  ' }, shanghai)).toEqual({
      filters: { range: { preset: 'all' } },
      extra: {},
      notices: [],
    })
  })

  it('a repeated key keeps its first value', () => {
    const query: LocationQuery = { account: ['wk_a', 'wk_b'], range: [null, '7d'] }
    expect(parseViewQuery(query, shanghai).filters).toEqual({
      range: { preset: '7d' },
      account: 'wk_a',
    })
  })

  it('from + to is a custom range and wins over range', () => {
    const { filters, notices } = parseViewQuery(
      { range: '7d', from: '2026-11-01', to: '2026-11-07' },
      shanghai,
    )
    expect(filters.range).toEqual({ from: '2026-11-01', to: '2026-11-07' })
    expect(notices).toEqual([])
  })

  it('a one-day custom range is fine', () => {
    expect(
      parseViewQuery({ from: '2024-02-29', to: '2024-02-29' }, shanghai).filters.range,
    ).toEqual({ from: '2024-02-29', to: '2024-02-29' })
  })
})

describe('parseViewQuery: bad values fall back to their default, with a Chinese notice', () => {
  it.each<[string, LocationQuery]>([
    ['an unknown preset', { range: 'week' }],
    ['from without to', { from: '2026-11-01' }],
    ['to without from', { to: '2026-11-01' }],
    ['a date that does not exist', { from: '2026-02-30', to: '2026-03-01' }],
    ['a date in another format', { from: '2026/11/01', to: '2026/11/07' }],
    ['from after to', { from: '2026-11-08', to: '2026-11-07' }],
    ['a day before 1970', { from: '1969-12-31', to: '1970-01-02' }],
  ])('%s → 全部', (_name, query) => {
    expect(parseViewQuery(query, shanghai)).toEqual({
      filters: { range: { preset: 'all' } },
      extra: {},
      notices: ['链接中的日期范围无效，已显示全部日期'],
    })
  })

  it('bad custom dates fall back to a valid range preset, still with the notice', () => {
    const { filters, notices } = parseViewQuery(
      { range: '30d', from: '2026-13-01', to: '2026-13-02' },
      shanghai,
    )
    expect(filters.range).toEqual({ preset: '30d' })
    expect(notices).toEqual([NOTICES.range])
  })

  it('one notice when both the dates and the preset are bad', () => {
    expect(parseViewQuery({ range: 'x', from: 'y', to: 'z' }, shanghai).notices).toEqual([
      NOTICES.range,
    ])
  })

  it('a custom range longer than 3660 days is refused', () => {
    const { filters, notices } = parseViewQuery({ from: '2000-01-01', to: '2026-01-01' }, shanghai)
    expect(filters.range).toEqual({ preset: 'all' })
    expect(notices).toEqual(['链接中的日期范围超过 10 年，已显示全部日期'])
  })

  it('ids with control characters or over 128 characters are refused', () => {
    const { filters, notices } = parseViewQuery(
      { account: 'wk\u0000a', group: 'g'.repeat(129), servicer: 'ok' },
      shanghai,
    )
    expect(filters).toEqual({ range: { preset: 'all' }, servicer: 'ok' })
    expect(notices).toEqual([
      '链接中的客服账号无效，已显示全部客服账号',
      '链接中的接待组无效，已显示全部接待组',
    ])
  })

  it.each([
    '2026-11-05',
    '2026-11-05 10:00',
    '2026-11-05T10',
    '2026-11-05T24:00',
    '2026-02-30T10:00',
    '2026-11-05T10:00:00+08:00',
    '1793844000',
    'now',
  ])('at=%s is not a replay moment', (at) => {
    const { filters, notices, atText } = parseViewQuery({ at }, shanghai)
    expect(filters.at).toBeUndefined()
    expect(atText).toBeUndefined()
    expect(notices).toEqual(['链接中的回放时刻无效，已显示当前数据'])
  })
})

describe('parseViewQuery: at is read in the dataset zone', () => {
  it('HH:MM in Shanghai', () => {
    const parsed = parseViewQuery({ at: '2026-11-05T10:00' }, shanghai)
    expect(parsed.filters.at).toBe(NOV5_10H)
    expect(parsed.atText).toBe('2026-11-05T10:00')
  })

  it('HH:MM:SS in Shanghai', () => {
    expect(parseViewQuery({ at: '2026-11-05T10:00:30' }, shanghai).filters.at).toBe(NOV5_10H + 30)
  })

  it('the same text is another instant in another zone', () => {
    // 2026-11-05 10:00 in New York (EST, UTC−5) = 15:00Z, 13 hours after Shanghai's.
    expect(parseViewQuery({ at: '2026-11-05T10:00' }, newYork).filters.at).toBe(
      NOV5_10H + 13 * 3600,
    )
  })

  it('a repeated hour (DST ends) is its earlier instant', () => {
    // 2026-11-01 01:30 happens twice in New York; the first is EDT (UTC−4): 05:30Z.
    expect(parseViewQuery({ at: '2026-11-01T01:30' }, newYork).filters.at).toBe(1793511000)
  })

  it('a skipped hour (DST starts) is read with the offset before the gap', () => {
    // 2026-03-08 02:30 does not exist in New York; read as EST (UTC−5): 07:30Z.
    expect(parseViewQuery({ at: '2026-03-08T02:30' }, newYork).filters.at).toBe(1772955000)
  })
})

describe('serializeViewFilters', () => {
  it('defaults are left out', () => {
    expect(serializeViewFilters({ range: { preset: 'all' } }, { clock: shanghai })).toEqual({})
  })

  it('writes the keys in a stable order whatever the object order', () => {
    const query = serializeViewFilters(
      { at: NOV5_10H, servicer: 's1', group: 'g1', account: 'a1', range: { preset: '7d' } },
      { clock: shanghai },
    )
    expect(Object.entries(query)).toEqual([
      ['range', '7d'],
      ['account', 'a1'],
      ['group', 'g1'],
      ['servicer', 's1'],
      ['at', '2026-11-05T10:00'],
    ])
  })

  it('a custom range is written as from and to, with no range', () => {
    expect(
      Object.entries(
        serializeViewFilters(
          { range: { from: '2026-11-01', to: '2026-11-07' }, account: 'a1' },
          { clock: shanghai },
        ),
      ),
    ).toEqual([
      ['from', '2026-11-01'],
      ['to', '2026-11-07'],
      ['account', 'a1'],
    ])
  })

  it('at is written back exactly as the link gave it', () => {
    const parsed = parseViewQuery({ at: '2026-11-05T10:00:00' }, shanghai)
    expect(
      serializeViewFilters(parsed.filters, { clock: shanghai, atText: parsed.atText }),
    ).toEqual({ at: '2026-11-05T10:00:00' })
  })

  it('a changed at is written as a wall time in the zone, seconds only when not 0', () => {
    expect(
      serializeViewFilters(
        { range: { preset: 'all' }, at: NOV5_10H + 5 },
        { clock: shanghai, atText: '2026-11-05T10:00' },
      ),
    ).toEqual({ at: '2026-11-05T10:00:05' })
    expect(formatAtText(NOV5_10H, newYork)).toBe('2026-11-04T21:00')
  })

  it('parse(serialize(f)) = f', () => {
    const filters = {
      range: { from: '2026-10-01', to: '2026-10-31' },
      account: 'wk_x',
      group: 'g_y',
      servicer: 'u_z',
      at: NOV5_10H + 59,
    }
    const query = serializeViewFilters(filters, { clock: shanghai })
    expect(parseViewQuery(query, shanghai).filters).toEqual(filters)
  })
})

describe('page keys through a descriptor', () => {
  interface SessionKeys {
    nickname?: string
    friend?: boolean
    state?: '0' | '1' | '2' | '3' | '4'
    desc?: boolean
  }
  const keys: QueryKeys<SessionKeys> = {
    nickname: queryKeys.text('链接中的访客昵称无效，已忽略'),
    friend: queryKeys.yesNo('链接中的企业好友条件无效，已显示全部客户'),
    state: queryKeys.oneOf(['0', '1', '2', '3', '4'], '链接中的接待状态无效，已显示全部状态'),
    desc: queryKeys.flag('链接中的排序方向无效，已按升序显示'),
  }

  it('parses valid page keys next to the shared ones', () => {
    const parsed = parseViewQuery(
      { range: 'today', friend: '0', state: '3', nickname: '小王', desc: '1' },
      shanghai,
      keys,
    )
    expect(parsed.filters).toEqual({ range: { preset: 'today' } })
    expect(parsed.extra).toEqual({ nickname: '小王', friend: false, state: '3', desc: true })
    expect(parsed.notices).toEqual([])
  })

  it('a bad page key is left out with its own notice', () => {
    const parsed = parseViewQuery({ state: '9', friend: 'yes' }, shanghai, keys)
    expect(parsed.extra).toEqual({})
    expect(parsed.notices).toEqual([
      '链接中的企业好友条件无效，已显示全部客户',
      '链接中的接待状态无效，已显示全部状态',
    ])
  })

  it('page keys follow the shared keys, in the descriptor order; defaults left out', () => {
    const query = serializeViewFilters(
      { range: { preset: 'month' }, group: 'g1' },
      {
        clock: shanghai,
        keys,
        extra: { desc: false, state: '2', friend: false, nickname: '阿' },
      },
    )
    expect(Object.entries(query)).toEqual([
      ['range', 'month'],
      ['group', 'g1'],
      ['nickname', '阿'],
      ['friend', '0'],
      ['state', '2'],
    ])
  })
})

describe('sameQuery', () => {
  it('compares keys, order and values', () => {
    expect(sameQuery({ a: '1', b: '2' }, { a: '1', b: '2' })).toBe(true)
    expect(sameQuery({ a: '1', b: '2' }, { b: '2', a: '1' })).toBe(false)
    expect(sameQuery({ a: '1' }, { a: '2' })).toBe(false)
    expect(sameQuery({ a: '1' }, { a: '1', b: '2' })).toBe(false)
  })
})
