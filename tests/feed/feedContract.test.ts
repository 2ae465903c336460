// The feed contract's envelope (src/domain/feed/feedContract.ts) and one page meeting the
// store by id (feedPage.ts).
import { describe, expect, it } from 'vitest'
import type { KfEvent } from '../../src/domain/dataset/records'
import { parseSyncResponse, syncUrl } from '../../src/domain/feed/feedContract'
import { planFeedPage } from '../../src/domain/feed/feedPage'

const ok = { next_cursor: 'c1', has_more: 0, events: [] }

describe('parseSyncResponse', () => {
  it('accepts the contract, with or without a directory, ignoring other fields', () => {
    expect(parseSyncResponse(ok)).toEqual({ ok: true, response: ok })
    const event = { id: 'e1', type: 'enter_session', time: 1 }
    const full = {
      errcode: 0,
      errmsg: 'ok',
      next_cursor: 'c2',
      has_more: 1,
      events: [event, 'not even an object'],
      directory: { accounts: [{ open_kfid: 'k' }], customers: [] },
    }
    expect(parseSyncResponse(full)).toEqual({
      ok: true,
      response: {
        next_cursor: 'c2',
        has_more: 1,
        // Each event is judged later, one by one: the envelope keeps them all.
        events: [event, 'not even an object'],
        directory: { accounts: [{ open_kfid: 'k' }], customers: [] },
      },
    })
    expect(parseSyncResponse({ ...ok, directory: null })).toEqual({ ok: true, response: ok })
  })

  const bad: [string, unknown, string][] = [
    ['null', null, '返回内容不是一个 JSON 对象'],
    ['an array', [ok], '返回内容不是一个 JSON 对象'],
    ['a string', 'ok', '返回内容不是一个 JSON 对象'],
    [
      'a WeChat error',
      { errcode: 40001, errmsg: 'invalid credential' },
      '服务器返回错误码 40001:invalid credential',
    ],
    ['no next_cursor', { has_more: 0, events: [] }, '缺少 next_cursor'],
    ['a numeric next_cursor', { ...ok, next_cursor: 5 }, 'next_cursor 应为文本'],
    ['an empty next_cursor', { ...ok, next_cursor: '' }, 'next_cursor 不能为空'],
    ['no has_more', { next_cursor: 'c', events: [] }, '缺少 has_more'],
    ['has_more true', { ...ok, has_more: true }, 'has_more 应为 0 或 1,实际为「true」'],
    ['has_more 2', { ...ok, has_more: 2 }, 'has_more 应为 0 或 1,实际为「2」'],
    ['has_more "1"', { ...ok, has_more: '1' }, 'has_more 应为 0 或 1,实际为「"1"」'],
    ['no events', { next_cursor: 'c', has_more: 0 }, '缺少 events'],
    ['events an object', { ...ok, events: { 0: {} } }, 'events 应为数组'],
    ['directory a list', { ...ok, directory: [] }, 'directory 应为对象'],
    [
      'directory.accounts an object',
      { ...ok, directory: { accounts: {} } },
      'directory.accounts 应为数组',
    ],
    [
      'directory.customers text',
      { ...ok, directory: { customers: 'x' } },
      'directory.customers 应为数组',
    ],
  ]
  it.each(bad)('refuses %s', (_name, body, reason) => {
    expect(parseSyncResponse(body)).toEqual({ ok: false, reason })
  })

  it('builds the endpoint from the setting', () => {
    expect(syncUrl('https://feed.example.com/kf')).toBe('https://feed.example.com/kf/sync')
    expect(syncUrl('https://feed.example.com/kf/')).toBe('https://feed.example.com/kf/sync')
  })
})

describe('planFeedPage', () => {
  const K = 'wkAccount'
  const C = 'wmCustomer'
  const enter = (id: string, time: number) => ({
    id,
    type: 'enter_session',
    time,
    open_kfid: K,
    external_userid: C,
  })

  it('adds new events by id, counts repeats, keeps the first of a conflict, lists the invalid', () => {
    const stored = new Map<string, KfEvent>()
    const first = planFeedPage(
      {
        events: [
          enter('a', 100),
          enter('b', 101),
          { id: 'x', type: 'state', time: 102, open_kfid: K, external_userid: C, state: 9 },
        ],
        directory: { accounts: [{ open_kfid: K, name: '旗舰店' }, { name: '没有 open_kfid' }] },
      },
      { timezone: null, find: (id) => stored.get(id), nextSeq: 0 },
    )
    // a and b are new (seq 0 and 1); x has state 9, outside 0–4.
    expect(first.added.map((e) => [e.id, e.seq])).toEqual([
      ['a', 0],
      ['b', 1],
    ])
    expect(first.invalid).toEqual([
      {
        place: '实时数据 events 第 3 项',
        reason: '会话状态变更事件字段 state 的值「9」无效,应为 0 / 1 / 2 / 3 / 4',
        record: { id: 'x', type: 'state', time: 102, open_kfid: K, external_userid: C, state: 9 },
      },
    ])
    expect(first.directory).toEqual([{ kind: 'account', value: { open_kfid: K, name: '旗舰店' } }])
    expect(first.invalidDirectory.map((p) => [p.place, p.reason])).toEqual([
      ['实时数据 directory.accounts 第 2 项', '客服账号缺少必填字段 open_kfid'],
    ])
    for (const event of first.added) stored.set(event.id, event)

    // The same page again, overlapping one more: b is a repeat (its time spelled in ISO),
    // a comes back with another time (a conflict, the stored one kept), c is new: seq 2.
    const second = planFeedPage(
      {
        events: [
          enter('a', 999),
          enter('b', '1970-01-01T08:01:41+08:00' as unknown as number),
          enter('c', 103),
        ],
      },
      { timezone: 'Asia/Shanghai', find: (id) => stored.get(id), nextSeq: 2 },
    )
    expect(second.added.map((e) => [e.id, e.seq])).toEqual([['c', 2]])
    expect(second.duplicates).toBe(1)
    expect(second.conflicts.map((c) => [c.stored.time, c.incoming.time])).toEqual([[100, 999]])
    expect(second.invalid).toEqual([])
  })
})
