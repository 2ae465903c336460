import { describe, expect, it } from 'vitest'
import { parseViewQuery, serializeViewFilters } from '../../../src/composables/viewFilterQuery'
import { ZoneClock } from '../../../src/domain/time/zoneClock'
import type { SessionPage, SessionQuery, SessionRowView } from '../../../src/workers/analyticsTypes'
import { BlockCache } from '../../../src/features/sessions/sessionBlocks'
import {
  SESSION_COLUMNS,
  sessionExportHeaders,
  sessionExportRow,
} from '../../../src/features/sessions/sessionColumns'
import {
  exportFileName,
  exportTitle,
  fetchAllSessions,
} from '../../../src/features/sessions/sessionExport'
import { SESSION_QUERY_KEYS, sortOf } from '../../../src/features/sessions/sessionQuery'
import { drillDownLabel } from '../../../src/features/sessions/drillDown'

const shanghai = new ZoneClock('Asia/Shanghai')
const newYork = new ZoneClock('America/New_York')
// 2026-11-05 10:00:00 in Shanghai = 2026-11-05T02:00:00Z.
const NOV5_10H = 1793844000

function row(patch: Partial<SessionRowView> = {}): SessionRowView {
  return {
    key: 's1',
    start: NOV5_10H,
    end: NOV5_10H + 3725,
    open_kfid: 'kf1',
    accountName: '售前咨询',
    external_userid: 'wm1',
    nickname: '小王',
    isFriend: true,
    servicers: [
      { userid: 'u1', name: '张三' },
      { userid: 'u2', name: '李四' },
    ],
    groups: [{ group_id: 'g1', name: '售前组' }],
    state: 4,
    duration: 3725,
    first_response_seconds: 65,
    customer_messages: 7,
    servicer_messages: 5,
    rating: 'middling',
    ...patch,
  }
}

describe('会话记录 URL keys', () => {
  it('reads every page key and writes it back in a stable order, defaults left out', () => {
    const parsed = parseViewQuery(
      {
        servicer: 'u1',
        nickname: '小王',
        friend: '0',
        state: '3',
        metric: 'human_sessions',
        sort: 'duration',
        desc: '0',
        session: 'kf1|wm1|3',
      },
      shanghai,
      SESSION_QUERY_KEYS,
    )
    expect(parsed.notices).toEqual([])
    expect(parsed.filters.servicer).toBe('u1')
    expect(parsed.extra).toEqual({
      nickname: '小王',
      friend: false,
      state: 3,
      metric: 'human_sessions',
      sort: 'duration',
      desc: false,
      session: 'kf1|wm1|3',
    })
    const written = serializeViewFilters(parsed.filters, {
      clock: shanghai,
      keys: SESSION_QUERY_KEYS,
      extra: parsed.extra,
    })
    expect(Object.keys(written)).toEqual([
      'servicer',
      'nickname',
      'friend',
      'state',
      'metric',
      'sort',
      'desc',
      'session',
    ])
  })

  it('omits the default sort (start, descending)', () => {
    const written = serializeViewFilters(
      { range: { preset: 'all' } },
      { clock: shanghai, keys: SESSION_QUERY_KEYS, extra: { sort: 'start', desc: true } },
    )
    expect(written).toEqual({})
    expect(sortOf({})).toEqual({ key: 'start', desc: true })
    expect(sortOf({ sort: 'end', desc: false })).toEqual({ key: 'end', desc: false })
  })

  it.each([
    ['friend', 'maybe', '企业好友'],
    ['state', '5', '接待状态'],
    ['state', '3.0', '接待状态'],
    ['metric', 'nonsense', '数据总览指标'],
    ['sort', 'nickname', '排序列'],
    ['desc', 'down', '排序方向'],
  ])('a bad %s (%s) falls back to its default with a notice', (key, value, named) => {
    const parsed = parseViewQuery({ [key]: value }, shanghai, SESSION_QUERY_KEYS)
    expect(parsed.extra).toEqual({})
    expect(parsed.notices).toHaveLength(1)
    expect(parsed.notices[0]).toContain(named)
  })
})

describe('会话记录 columns', () => {
  it('shows each cell as metrics.md §6 and §7 say, in the dataset zone', () => {
    const cells = sessionExportRow(row(), shanghai)
    expect(sessionExportHeaders()).toEqual([
      '会话开始时间',
      '结束时间',
      '客服账号',
      '访客昵称',
      '企业好友',
      '接待人员',
      '接待组',
      '接待状态',
      '会话时长',
      '首次响应时长',
      '客户消息数',
      '接待人员消息数',
      '满意度',
    ])
    expect(cells).toEqual([
      '2026-11-05 10:00:00',
      '2026-11-05 11:02:05',
      '售前咨询',
      '小王',
      '是',
      '张三、李四',
      '售前组',
      '已结束',
      '1小时2分5秒',
      '1分5秒',
      7,
      5,
      '一般',
    ])
    expect(sessionExportRow(row(), newYork)[0]).toBe('2026-11-04 21:00:00')
  })

  it('an open, unanswered, unrated session: 进行中, –, –', () => {
    const cells = sessionExportRow(
      row({
        end: null,
        state: 3,
        first_response_seconds: null,
        rating: null,
        servicers: [],
        groups: [],
        isFriend: false,
        duration: 0,
      }),
      shanghai,
    )
    expect(cells[1]).toBe('进行中')
    expect(cells[4]).toBe('否')
    expect(cells[5]).toBe('–')
    expect(cells[6]).toBe('–')
    expect(cells[7]).toBe('人工接待中')
    expect(cells[8]).toBe('0秒')
    expect(cells[9]).toBe('–')
    expect(cells[12]).toBe('–')
  })

  it('a first response of 0 seconds is 0秒, not –', () => {
    expect(sessionExportRow(row({ first_response_seconds: 0 }), shanghai)[9]).toBe('0秒')
  })

  it('sortable columns are exactly the worker sort keys', () => {
    expect(SESSION_COLUMNS.flatMap((c) => (c.sortKey ? [c.sortKey] : []))).toEqual([
      'start',
      'end',
      'duration',
      'first_response_seconds',
      'customer_messages',
      'servicer_messages',
    ])
  })
})

describe('BlockCache', () => {
  it('names the missing blocks of a visible range, within the total', () => {
    const cache = new BlockCache<number>(200, 10)
    expect(cache.missing(0, 30, 0)).toEqual([])
    expect(cache.missing(150, 450, 1000)).toEqual([0, 1, 2])
    cache.put(1, [])
    expect(cache.missing(150, 450, 1000)).toEqual([0, 2])
    expect(cache.missing(900, 5000, 1000)).toEqual([4])
  })

  it('returns rows by index once their block is in', () => {
    const cache = new BlockCache<number>(200, 10)
    cache.put(
      1,
      Array.from({ length: 200 }, (_, i) => 200 + i),
    )
    expect(cache.row(199)).toBeUndefined()
    expect(cache.row(200)).toBe(200)
    expect(cache.row(399)).toBe(399)
    cache.clear()
    expect(cache.row(200)).toBeUndefined()
  })

  it('keeps at most maxBlocks, dropping the least recently used', () => {
    const cache = new BlockCache<number>(10, 2)
    cache.put(0, [0])
    cache.put(1, [10])
    cache.missing(0, 0, 100) // touches block 0
    cache.put(2, [20])
    expect(cache.has(0)).toBe(true)
    expect(cache.has(1)).toBe(false)
    expect(cache.has(2)).toBe(true)
  })
})

describe('导出列表', () => {
  const range = { from: '2026-11-01', to: '2026-11-07', asOf: NOV5_10H, dayCount: 7 }

  it('fetches every row page by page', async () => {
    const all = Array.from({ length: 12345 }, (_, i) => row({ key: `s${i}` }))
    const asked: [number, number][] = []
    const load = async (q: SessionQuery): Promise<SessionPage> => {
      asked.push([q.offset, q.limit])
      return {
        range,
        total: all.length,
        rows: all.slice(q.offset, q.offset + q.limit),
        sessionlessCount: 0,
      }
    }
    const progress: number[] = []
    const result = await fetchAllSessions(load, { range: { preset: 'all' } }, (done) =>
      progress.push(done),
    )
    expect(result.rows.map((r) => r.key)).toEqual(all.map((r) => r.key))
    expect(result.range).toEqual(range)
    expect(asked).toEqual([
      [0, 5000],
      [5000, 5000],
      [10000, 5000],
    ])
    expect(progress).toEqual([5000, 10000, 12345])
  })

  it('stops when the list shrinks under it', async () => {
    let calls = 0
    const load = async (): Promise<SessionPage> => {
      calls += 1
      return {
        range,
        total: calls === 1 ? 10000 : 0,
        rows: calls === 1 ? [row()] : [],
        sessionlessCount: 0,
      }
    }
    const result = await fetchAllSessions(load, { range: { preset: 'all' } })
    expect(result.rows).toHaveLength(1)
    expect(calls).toBe(2)
  })

  it('titles the export with the range and the filters that are set', () => {
    const names = {
      account: (id: string) => (id === 'kf1' ? '售前咨询' : id),
      group: (id: string) => (id === 'g1' ? '售前组' : id),
      servicer: (id: string) => (id === 'u1' ? '张三' : id),
      metric: drillDownLabel,
    }
    expect(exportTitle({ range: { preset: '7d' } }, range, names)).toBe(
      '会话记录 会话时间:近7天(2026-11-01 至 2026-11-07)',
    )
    expect(
      exportTitle(
        {
          range: { from: '2026-11-05', to: '2026-11-05' },
          account: 'kf1',
          group: 'g1',
          servicer: 'u1',
          nickname: '王',
          friend: false,
          state: 4,
          metric: 'human_sessions',
        },
        { ...range, from: '2026-11-05', to: '2026-11-05', dayCount: 1 },
        names,
      ),
    ).toBe(
      '会话记录 会话时间:2026-11-05;接待人员:张三;访客昵称包含:王;客服账号:售前咨询;' +
        '接待组:售前组;企业好友:否;接待状态:已结束;数据总览指标:接入人工会话数',
    )
    expect(exportFileName(range)).toBe('会话记录_2026-11-01_2026-11-07')
    expect(exportFileName(null)).toBe('会话记录')
  })
})

describe('drill-down banner', () => {
  it('names the card whose sessions are listed', () => {
    expect(drillDownLabel('sessions')).toBe('接入会话数')
    expect(drillDownLabel('addressed')).toBe('人工回复率')
    expect(drillDownLabel('replied')).toBe('平均首响时长')
    expect(drillDownLabel('assistant_sessions')).toBe('智能回复会话数')
  })

  it('names the card clicked when several cards share its sessions', () => {
    expect(drillDownLabel('surveys_sent', 'surveys_answered')).toBe('参评率')
    expect(drillDownLabel('surveys_sent', 'surveys_sent')).toBe('满意度评价发送数')
    expect(drillDownLabel('surveys_answered', 'dissatisfied')).toBe('“不满意”评价占比')
    // A card that does not drill to these sessions is not named for them.
    expect(drillDownLabel('surveys_sent', 'dissatisfied')).toBe('满意度评价发送数')
  })
})
