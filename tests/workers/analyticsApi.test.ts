import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { KfDatabase } from '../../src/db/kfDatabase'
import { bytesSource } from '../../src/domain/import/readDatasetFile'
import { runReport } from '../../src/domain/report/runReport'
import { createAnalyticsApi, type DemoData } from '../../src/workers/analytics.api'
import { ev, T10 } from '../fixtureEvents'

const NOW = T10 + 3600

const dataset = {
  format: 'kf-dataset',
  version: 1,
  timezone: 'Asia/Shanghai',
  accounts: [{ open_kfid: 'kf1', name: '旗舰店' }],
  servicers: [{ userid: 'alice', name: '王丽' }],
  groups: [
    {
      group_id: 'g1',
      name: '售前组',
      reception_limit: 3,
      open_kfids: ['kf1'],
      servicer_userids: ['alice'],
    },
  ],
  customers: [
    { external_userid: 'c1', nickname: '小明', is_friend: true },
    { external_userid: 'c2', nickname: '小红' },
  ],
  events: [
    ev('e1', 0, { type: 'enter_session' }),
    ev('e2', 5, { type: 'message', origin: 'customer', content: '你好<b>在吗</b>' }),
    ev('e3', 20, { type: 'state', state: 3, servicer_userid: 'alice' }),
    ev('e4', 50, {
      type: 'message',
      origin: 'servicer',
      servicer_userid: 'alice',
      content: '在的',
    }),
    ev('e5', 60, { type: 'state', state: 4 }),
    ev('e6', 100, { type: 'enter_session', external_userid: 'c2' }),
    { id: 'bad', type: 'message', time: 'yesterday', open_kfid: 'kf1', external_userid: 'c1' },
  ],
}
const text = JSON.stringify(dataset)

const file = (name: string, content: string) => new File([content], name)

const noDemo = async (): Promise<DemoData> => ({
  timezone: 'Asia/Shanghai',
  directory: [],
  events: [],
})

let dbCounter = 0
function newApi(name = `kf-test-${dbCounter++}`, demo = noDemo) {
  return createAnalyticsApi({ database: new KfDatabase(name), now: () => NOW, demo })
}

describe('the analytics worker API (over fake IndexedDB)', () => {
  it('previews an import without storing anything, then commits it whole', async () => {
    const api = newApi()
    const preview = await api.previewImport([file('a.json', text)], () => {})
    expect(preview.files).toEqual([
      expect.objectContaining({
        fileName: 'a.json',
        read: 7,
        added: 6,
        duplicates: 0,
        conflicts: 0,
        invalid: 1,
      }),
    ])
    expect(preview.problems).toEqual([
      expect.objectContaining({
        fileName: 'a.json',
        place: 'events 第 7 项',
        reason: expect.stringContaining('time'),
      }),
    ])
    expect((await api.status()).eventCount).toBe(0)
    const status = await api.commitImport(preview.token)
    expect(status.eventCount).toBe(6)
    expect(status.imports).toEqual([
      expect.objectContaining({ fileName: 'a.json', added: 6, invalid: 1, importedAt: NOW }),
    ])
  })

  it('adds nothing when the same file is imported again', async () => {
    const api = newApi()
    await api.commitImport((await api.previewImport([file('a.json', text)], () => {})).token)
    const again = await api.previewImport([file('a.json', text)], () => {})
    expect(again.files[0]).toMatchObject({ read: 7, added: 0, duplicates: 6, invalid: 1 })
    expect(again.canCommit).toBe(true) // its directory records are upserted again, harmlessly
    const status = await api.commitImport(again.token)
    expect(status.eventCount).toBe(6)
  })

  it('refuses a bad file whole and leaves what is stored unchanged', async () => {
    const api = newApi()
    await api.commitImport((await api.previewImport([file('a.json', text)], () => {})).token)
    const before = await api.status()
    const preview = await api.previewImport(
      [file('b.json', '{"format":"kf-dataset","version":1,"events":[')],
      () => {},
    )
    expect(preview.files[0]!.refused).toContain('截断')
    expect(preview.canCommit).toBe(false)
    expect(await api.status()).toEqual(before)
  })

  it('gives the same figures as `npm run report` for the same file, range and moment', async () => {
    const api = newApi()
    await api.commitImport((await api.previewImport([file('a.json', text)], () => {})).token)
    const outcome = await runReport([bytesSource('a.json', new TextEncoder().encode(text))], {
      from: '2026-11-20',
      to: '2026-11-20',
      at: String(NOW),
    })
    if (!outcome.ok) throw new Error(outcome.reason)
    const filters = { range: { from: '2026-11-20', to: '2026-11-20' }, at: NOW }
    const overview = await api.overview(filters)
    const { by_day: _byDay, ...total } = outcome.report.overview
    expect(overview.total).toEqual(total)
    // By hand: 2 sessions (c1, c2), 1 human, replied in 30 s; c1 is a friend.
    expect(overview.total).toMatchObject({
      sessions: 2,
      human_sessions: 1,
      replied: 1,
      first_response_seconds: 30,
      friend_customers: 1,
    })
    // 环比: the day after has the report's day as its previous period.
    const nextDay = await api.overview({ range: { from: '2026-11-21', to: '2026-11-21' }, at: NOW })
    expect(nextDay.previous).toEqual({ from: '2026-11-20', to: '2026-11-20', total })
    expect(nextDay.total.sessions).toBe(0)
    const staff = await api.staff(filters)
    expect(staff.rows.map(({ name: _n, department: _d, ...row }) => row)).toEqual(
      outcome.report.staff,
    )
    expect(staff.rows[0]!.name).toBe('王丽')
  })

  it('lists sessions, drills down to exactly the sessions a figure counts, and opens a conversation', async () => {
    const api = newApi()
    await api.commitImport((await api.previewImport([file('a.json', text)], () => {})).token)
    const base = { range: { preset: 'today' as const }, offset: 0, limit: 50 }
    const all = await api.sessions(base)
    expect(all.total).toBe(2)
    expect(all.rows.map((r) => r.nickname)).toEqual(['小红', '小明']) // newest first
    const human = await api.sessions({ ...base, metric: 'human_sessions' })
    expect(human.rows.map((r) => r.nickname)).toEqual(['小明'])
    expect(
      (await api.sessions({ ...base, nickname: '红' })).rows.map((r) => r.external_userid),
    ).toEqual(['c2'])
    expect((await api.sessions({ ...base, state: 4 })).total).toBe(1)
    expect(
      (await api.sessions({ ...base, friend: false })).rows.map((r) => r.external_userid),
    ).toEqual(['c2'])

    const conversation = await api.conversation(human.rows[0]!.key)
    expect(
      conversation?.entries.map((e) => (e.kind === 'message' ? `${e.sender}: ${e.text}` : e.text)),
    ).toEqual(['小明 进入会话', '小明: 你好<b>在吗</b>', '王丽 接入会话', '王丽: 在的', '会话结束'])
  })

  it('loads the demo only into an empty store, and a user import replaces the demo', async () => {
    const demo = async (): Promise<DemoData> => ({
      timezone: 'Asia/Shanghai',
      directory: [{ kind: 'account', value: { open_kfid: 'demo', name: '示例账号' } }],
      events: [
        { id: 'd1', type: 'enter_session', time: T10, open_kfid: 'demo', external_userid: 'x' },
      ],
    })
    const api = newApi(undefined, demo)
    const loaded = await api.loadDemo()
    expect(loaded).toMatchObject({ isDemo: true, demoOffered: true, eventCount: 1 })
    const preview = await api.previewImport([file('a.json', text)], () => {})
    expect(preview.replacesDemo).toBe(true)
    const status = await api.commitImport(preview.token)
    expect(status).toMatchObject({ isDemo: false, demoOffered: true, eventCount: 6 })
    expect(status.accounts.map((a) => a.open_kfid)).toEqual(['kf1'])
    await expect(api.loadDemo()).rejects.toThrow('已有导入的数据')
    const cleared = await api.clearAll()
    expect(cleared).toMatchObject({ eventCount: 0, demoOffered: true })
  })

  it('sees what another tab committed (the stored version changed)', async () => {
    const name = `kf-shared-${dbCounter++}`
    const tabA = newApi(name)
    const tabB = newApi(name)
    expect((await tabB.status()).eventCount).toBe(0)
    await tabA.commitImport((await tabA.previewImport([file('a.json', text)], () => {})).token)
    expect((await tabB.status()).eventCount).toBe(6)
  })

  it('commits a preview made before another tab added the same data: each event once, the rest counted as duplicates', async () => {
    const name = `kf-stale-${dbCounter++}`
    const tabA = newApi(name)
    const tabB = newApi(name)
    const previewA = await tabA.previewImport([file('a.json', text)], () => {})
    const previewB = await tabB.previewImport([file('a.json', text)], () => {})
    await tabA.commitImport(previewA.token)
    const status = await tabB.commitImport(previewB.token)
    expect(status.eventCount).toBe(6)
    expect(status.imports.map((row) => [row.added, row.duplicates, row.invalid])).toEqual([
      [6, 0, 1],
      [0, 6, 1],
    ])
  })

  it('refuses to commit a preview made before another tab cleared the data', async () => {
    const name = `kf-cleared-${dbCounter++}`
    const tabA = newApi(name)
    const tabB = newApi(name)
    await tabA.commitImport((await tabA.previewImport([file('a.json', text)], () => {})).token)
    const previewB = await tabB.previewImport([file('b.json', text)], () => {})
    await tabA.clearAll()
    await expect(tabB.commitImport(previewB.token)).rejects.toThrow('其他窗口')
    expect((await tabB.status()).eventCount).toBe(0)
  })

  it("takes in another tab's later import by reading only what was added, with the same figures as a fresh read", async () => {
    const name = `kf-append-${dbCounter++}`
    const tabA = newApi(name)
    const tabB = newApi(name)
    await tabA.commitImport((await tabA.previewImport([file('a.json', text)], () => {})).token)
    const filters = { range: { from: '2026-11-20', to: '2026-11-20' }, at: NOW }
    expect((await tabB.overview(filters)).total.sessions).toBe(2)
    // Later events (a third customer) and earlier ones (before 10:00) in two more files.
    const later = {
      ...dataset,
      events: [ev('l1', 200, { type: 'enter_session', external_userid: 'c3' })],
    }
    const earlier = {
      ...dataset,
      events: [ev('x1', -600, { type: 'message', origin: 'customer', external_userid: 'c4' })],
    }
    for (const [fileName, content] of [
      ['later.json', later],
      ['earlier.json', earlier],
    ] as const) {
      await tabA.commitImport(
        (await tabA.previewImport([file(fileName, JSON.stringify(content))], () => {})).token,
      )
      const fresh = newApi(name)
      expect(await tabB.overview(filters)).toEqual(await fresh.overview(filters))
    }
    expect((await tabB.overview(filters)).total.sessions).toBe(4)
  })

  it('gives the live board of the report for the same moment', async () => {
    const api = newApi()
    await api.commitImport((await api.previewImport([file('a.json', text)], () => {})).token)
    const at = T10 + 30 // alice's segment has started, no reply yet, c2 not come yet
    const outcome = await runReport([bytesSource('a.json', new TextEncoder().encode(text))], {
      at: String(at),
    })
    if (!outcome.ok) throw new Error(outcome.reason)
    const board = await api.realtime({ at })
    expect(board.today).toBe('2026-11-20')
    expect(board.figures).toEqual(outcome.report.realtime.today)
    expect(board).toMatchObject({ queue: 0, servicers_receiving: 0, sessions_in_human: 1 })
    expect(board.staff).toEqual([
      expect.objectContaining({
        servicer_userid: 'alice',
        open_kfid: 'kf1',
        name: '王丽',
        accountName: '旗舰店',
        ongoing_sessions: 1,
        reception_limit: 3,
        today_segments: 1,
        addressed: 1,
        replied: 0,
        first_online_at: null,
      }),
    ])
  })

  it('imports a directory of 200,000 customers (no argument-spread stack overflow)', async () => {
    const api = newApi()
    const customers = Array.from({ length: 200_000 }, (_, i) => ({
      external_userid: `c${i}`,
      nickname: `客户${i}`,
    }))
    const big = { ...dataset, customers }
    const preview = await api.previewImport([file('big.json', JSON.stringify(big))], () => {})
    expect(preview.files[0]).toMatchObject({ added: 6, directoryRecords: 200_000 + 3 })
    const status = await api.commitImport(preview.token)
    expect(status.eventCount).toBe(6)
  })
})
