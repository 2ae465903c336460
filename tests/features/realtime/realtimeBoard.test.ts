import { describe, expect, it } from 'vitest'
import { parseViewQuery, serializeViewFilters } from '../../../src/composables/viewFilterQuery'
import { ALL_OVERVIEW_CARDS } from '../../../src/domain/figures/figureCatalog'
import { emptyOverviewFigures } from '../../../src/domain/figures/figureKeys'
import { ZoneClock } from '../../../src/domain/time/zoneClock'
import type { RealtimeStaffRowView, RealtimeView } from '../../../src/workers/analyticsTypes'
import { BOARD_CARDS, drillHint } from '../../../src/features/realtime/boardCards'
import { cellAttributes } from '../../../src/components/figureCell'
import {
  REALTIME_STAFF_COLUMNS,
  filterStaffRows,
  localAvatar,
  realtimeCells,
  rowKey,
} from '../../../src/features/realtime/realtimeStaff'
import {
  REALTIME_QUERY_KEYS,
  replayBannerText,
  replayMomentText,
} from '../../../src/features/realtime/realtimeQuery'

const shanghai = new ZoneClock('Asia/Shanghai')
const newYork = new ZoneClock('America/New_York')
// 2026-11-20 15:30:00 in Shanghai = 2026-11-20T07:30:00Z.
const NOV20_1530 = Date.UTC(2026, 10, 20, 7, 30) / 1000

function boardView(): RealtimeView {
  return {
    asOf: NOV20_1530,
    today: '2026-11-20',
    workerMs: 3,
    version: 7,
    queue: 4,
    servicers_receiving: 3,
    sessions_in_human: 7,
    figures: {
      ...emptyOverviewFigures(),
      human_sessions: 12,
      addressed: 3,
      replied: 1,
      first_response_seconds: 91,
      surveys_sent: 8,
      surveys_answered: 6,
      satisfied: 2,
    },
    staff: [],
  }
}

function staffRow(patch: Partial<RealtimeStaffRowView> = {}): RealtimeStaffRowView {
  return {
    servicer_userid: 'u1',
    open_kfid: 'kf1',
    status: 1,
    first_online_at: NOV20_1530 - 3600,
    online_seconds: 3725,
    ongoing_sessions: 2,
    reception_limit: 5,
    today_segments: 9,
    addressed: 3,
    replied: 2,
    first_response_seconds: 61,
    surveys_sent: 3,
    surveys_answered: 3,
    satisfied: 1,
    middling: 1,
    dissatisfied: 1,
    name: '张三',
    department: '客服部',
    accountName: '售前咨询',
    ...patch,
  }
}

describe('实时看板 今日数据 cards', () => {
  it('are the guide’s nine, in its order, keyed by the report’s keys', () => {
    expect(BOARD_CARDS.map((c) => [c.label, c.metric])).toEqual([
      ['排队人数', 'queue'],
      ['接待中员工数', 'servicers_receiving'],
      ['咨询中会话数', 'sessions_in_human'],
      ['人工回复率', 'replied'],
      ['接入人工会话数', 'human_sessions'],
      ['平均首响时长', 'first_response_seconds'],
      ['“满意”评价占比', 'satisfied'],
      ['满意评价发送数', 'surveys_sent'],
      ['参评率', 'surveys_answered'],
    ])
  })

  it('reuse 数据总览’s definitions and drill-downs for the same figures', () => {
    for (const card of BOARD_CARDS.slice(3)) {
      const overview = ALL_OVERVIEW_CARDS.find((c) => c.id === card.metric)
      expect(overview).toBeDefined()
      expect(card.definition).toBe(overview?.definition)
      expect(card.drill).toEqual({
        to: 'sessions',
        metric: overview?.drillKey,
        card: overview?.id,
      })
    }
    expect(BOARD_CARDS[0]?.definition).toBe('当前排队中的客户数。')
    expect(BOARD_CARDS[2]?.definition).toBe('当前人工接待中的会话数。')
    expect(BOARD_CARDS[1]?.definition).toMatch(/^当前状态为“正在接待”的员工数。/)
  })

  it('show raw figures, formatted by src/domain/display', () => {
    const view = boardView()
    const shown = Object.fromEntries(BOARD_CARDS.map((c) => [c.metric, c.figure(view)]))
    expect(shown.queue).toEqual({ metric: 'queue', kind: 'count', value: 4, shown: '4' })
    expect(shown.servicers_receiving?.shown).toBe('3')
    expect(shown.sessions_in_human?.shown).toBe('7')
    expect(shown.replied).toEqual({
      metric: 'replied',
      kind: 'rate',
      num: 1,
      den: 3,
      shown: '33%',
    })
    expect(shown.human_sessions?.shown).toBe('12')
    expect(shown.first_response_seconds).toEqual({
      metric: 'first_response_seconds',
      kind: 'average',
      num: 91,
      den: 1,
      shown: '1分31秒',
    })
    expect(shown.satisfied).toEqual({
      metric: 'satisfied',
      kind: 'rate',
      num: 2,
      den: 6,
      shown: '33%',
    })
    expect(shown.surveys_sent?.shown).toBe('8')
    expect(shown.surveys_answered).toEqual({
      metric: 'surveys_answered',
      kind: 'rate',
      num: 6,
      den: 8,
      shown: '75%',
    })
    for (const card of BOARD_CARDS) expect(card.figure(view).metric).toBe(card.metric)
  })

  it('show – for a rate or an average with nothing to divide by', () => {
    const view = { ...boardView(), figures: emptyOverviewFigures() }
    const byMetric = new Map(BOARD_CARDS.map((c) => [c.metric, c.figure(view).shown]))
    expect(byMetric.get('replied')).toBe('–')
    expect(byMetric.get('first_response_seconds')).toBe('–')
    expect(byMetric.get('satisfied')).toBe('–')
    expect(byMetric.get('surveys_answered')).toBe('–')
    expect(byMetric.get('human_sessions')).toBe('0')
  })

  it('drill to the queue and the sessions in human reception by state, and to the table', () => {
    expect(BOARD_CARDS[0]?.drill).toEqual({ to: 'state', state: 2 })
    expect(BOARD_CARDS[1]?.drill).toEqual({ to: 'receiving' })
    expect(BOARD_CARDS[2]?.drill).toEqual({ to: 'state', state: 3 })
    expect(drillHint(BOARD_CARDS[0]!)).toBe('排队人数:查看会话记录')
    expect(drillHint(BOARD_CARDS[1]!)).toBe('接待中员工数:查看正在接待的员工')
  })
})

describe('实时看板 接待员工数据', () => {
  const cell = realtimeCells

  it('has the guide’s columns in its order, each with a definition', () => {
    expect(REALTIME_STAFF_COLUMNS.map((c) => c.header)).toEqual([
      '接待员工',
      '客服账号',
      '接待状态',
      '今日首次在线时间',
      '今日在线时长',
      '进行中会话数',
      '接待上限',
      '今日接待会话数',
      '人工回复率',
      '平均首响时长',
      '参评率',
      '满意度评分',
      '操作',
    ])
    for (const column of REALTIME_STAFF_COLUMNS) expect(column.definition).not.toBe('')
  })

  it('carries the report’s realtime.staff keys with raw values', () => {
    const row = staffRow()
    const attributes = REALTIME_STAFF_COLUMNS.flatMap((c) => c.figures?.(row) ?? []).map(
      cellAttributes,
    )
    expect(attributes).toEqual([
      { 'data-metric': 'status', 'data-value': '1' },
      { 'data-metric': 'online_seconds', 'data-value': '3725' },
      { 'data-metric': 'ongoing_sessions', 'data-value': '2' },
      { 'data-metric': 'reception_limit', 'data-value': '5' },
      { 'data-metric': 'today_segments', 'data-value': '9' },
      { 'data-metric': 'replied', 'data-num': '2', 'data-den': '3' },
      { 'data-metric': 'first_response_seconds', 'data-num': '61', 'data-den': '2' },
      { 'data-metric': 'surveys_answered', 'data-num': '3', 'data-den': '3' },
      { 'data-metric': 'satisfied', 'data-num': '1', 'data-den': '3' },
      { 'data-metric': 'middling', 'data-num': '1', 'data-den': '3' },
      { 'data-metric': 'dissatisfied', 'data-num': '1', 'data-den': '3' },
    ])
  })

  it('formats the cells', () => {
    const row = staffRow()
    expect(cell('status', row)[0]?.shown).toBe('正在接待')
    expect(cell('status', staffRow({ status: 2 }))[0]?.shown).toBe('停止接待')
    expect(cell('online_seconds', row)[0]?.shown).toBe('1小时2分5秒')
    expect(cell('replied', row)[0]?.shown).toBe('67%')
    expect(cell('first_response_seconds', row)[0]?.shown).toBe('31秒')
    expect(cell('satisfied', row).map((f) => f.shown)).toEqual(['33%', '33%', '33%'])
  })

  it('shows – for no reception limit (0 is a limit) and for rates over nothing', () => {
    const none = staffRow({ reception_limit: null, addressed: 0, replied: 0, surveys_sent: 0 })
    const [limit] = cell('reception_limit', none)
    expect(limit?.shown).toBe('–')
    expect(cellAttributes(limit!)).toEqual({ 'data-metric': 'reception_limit' })
    expect(cell('reception_limit', staffRow({ reception_limit: 0 }))[0]?.shown).toBe('0')
    expect(cell('replied', none)[0]?.shown).toBe('–')
    expect(cell('first_response_seconds', none)[0]?.shown).toBe('–')
    expect(cell('surveys_answered', none)[0]?.shown).toBe('–')
  })

  it('filters by 接待状态 and by a part of the 客服账号 name', () => {
    const rows = [
      staffRow({ servicer_userid: 'u1', open_kfid: 'kf1', accountName: '售前咨询' }),
      staffRow({ servicer_userid: 'u1', open_kfid: 'kf2', accountName: 'VIP 售后' }),
      staffRow({ servicer_userid: 'u2', open_kfid: 'kf1', accountName: '售前咨询', status: 2 }),
    ]
    const keys = (filtered: RealtimeStaffRowView[]) => filtered.map(rowKey)
    expect(filterStaffRows(rows, {})).toHaveLength(3)
    expect(keys(filterStaffRows(rows, { status: 1 }))).toEqual([rowKey(rows[0]!), rowKey(rows[1]!)])
    expect(keys(filterStaffRows(rows, { status: 2 }))).toEqual([rowKey(rows[2]!)])
    expect(keys(filterStaffRows(rows, { search: ' vip ' }))).toEqual([rowKey(rows[1]!)])
    expect(filterStaffRows(rows, { search: '售前', status: 2 })).toEqual([rows[2]])
    expect(filterStaffRows(rows, { search: '不存在' })).toEqual([])
  })

  it('lists who is receiving first, otherwise in the report order', () => {
    const rows = [
      staffRow({ servicer_userid: 'u1', open_kfid: 'kf1', status: 2 }),
      staffRow({ servicer_userid: 'u2', open_kfid: 'kf1', status: 1 }),
      staffRow({ servicer_userid: 'u3', open_kfid: 'kf1', status: 2 }),
      staffRow({ servicer_userid: 'u4', open_kfid: 'kf1', status: 1 }),
    ]
    expect(filterStaffRows(rows, {}).map((r) => r.servicer_userid)).toEqual([
      'u2',
      'u4',
      'u1',
      'u3',
    ])
    expect(rows.map((r) => r.servicer_userid)).toEqual(['u1', 'u2', 'u3', 'u4'])
  })

  it('loads only avatars inside the data (nothing leaves the browser)', () => {
    expect(localAvatar('data:image/png;base64,iVBORw0KGgo=')).toBe(
      'data:image/png;base64,iVBORw0KGgo=',
    )
    expect(localAvatar('data:image/svg+xml,%3Csvg%3E%3C/svg%3E')).not.toBeNull()
    expect(localAvatar('https://wework.qpic.cn/avatar.png')).toBeNull()
    expect(localAvatar('data:text/html,<b>x</b>')).toBeNull()
    expect(localAvatar('javascript:alert(1)')).toBeNull()
    expect(localAvatar(undefined)).toBeNull()
  })
})

describe('实时看板 URL and replay', () => {
  it('reads and writes 接待状态 and the account search', () => {
    const parsed = parseViewQuery(
      { account: 'kf1', at: '2026-11-20T15:30', status: '2', search: '售前' },
      shanghai,
      REALTIME_QUERY_KEYS,
    )
    expect(parsed.notices).toEqual([])
    expect(parsed.filters).toMatchObject({ account: 'kf1', at: NOV20_1530 })
    expect(parsed.extra).toEqual({ status: 2, search: '售前' })
    const written = serializeViewFilters(parsed.filters, {
      clock: shanghai,
      keys: REALTIME_QUERY_KEYS,
      extra: parsed.extra,
      ...(parsed.atText ? { atText: parsed.atText } : {}),
    })
    expect(written).toEqual({ account: 'kf1', at: '2026-11-20T15:30', status: '2', search: '售前' })
  })

  it('falls back to 全部 with a notice for a bad 接待状态', () => {
    const parsed = parseViewQuery({ status: '3' }, shanghai, REALTIME_QUERY_KEYS)
    expect(parsed.extra).toEqual({})
    expect(parsed.notices).toEqual(['链接中的接待状态无效,已显示全部员工'])
  })

  it('names the replay moment in the dataset’s zone', () => {
    expect(replayMomentText(NOV20_1530, shanghai)).toBe('2026-11-20 15:30')
    expect(replayMomentText(NOV20_1530 + 5, shanghai)).toBe('2026-11-20 15:30:05')
    expect(replayMomentText(NOV20_1530, newYork)).toBe('2026-11-20 02:30')
    expect(replayBannerText(NOV20_1530, shanghai)).toBe(
      '正在回放 2026-11-20 15:30 的看板,数据不会自动刷新',
    )
  })
})
