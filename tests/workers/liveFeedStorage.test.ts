import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { KfDatabase } from '../../src/db/kfDatabase'
import { writeFeedPage } from '../../src/db/feedRepository'
import { StaleDatasetError } from '../../src/db/datasetRepository'
import { createAnalyticsApi, type DemoData } from '../../src/workers/analytics.api'
import type { FeedPageInput } from '../../src/workers/analyticsTypes'
import { ev, T10 } from '../fixtureEvents'

const NOW = T10 + 3600

/** A tiny demo (yesterday's one closed session), so that the 演示数据 source is active. */
const demo = async (): Promise<DemoData> => ({
  timezone: 'Asia/Shanghai',
  directory: [
    { kind: 'account', value: { open_kfid: 'kf1', name: '旗舰店' } },
    { kind: 'servicer', value: { userid: 'alice', name: '王丽' } },
    {
      kind: 'group',
      value: {
        group_id: 'g1',
        name: '售前组',
        reception_limit: 3,
        open_kfids: ['kf1'],
        servicer_userids: ['alice'],
      },
    },
  ],
  events: [
    ev('d1', -86400, { type: 'enter_session' }),
    ev('d2', -86390, { type: 'state', state: 4 }),
  ],
})

// Today's live traffic, page by page. At NOW (11:00):
// - alice is on (status 1 at 09:58);
// - c1 entered at 10:00, was taken by alice at 10:00:20, answered at 10:00:50: state 3, open;
// - c2 entered at 10:01:40 and waits in the queue (state 2).
const page1 = [
  ev('live-1', -120, { type: 'servicer_status', servicer_userid: 'alice', status: 1 }),
  ev('live-2', 0, { type: 'enter_session' }),
  ev('live-3', 5, { type: 'message', origin: 'customer', content: '在吗' }),
]
const page2 = [
  ev('live-4', 20, { type: 'state', state: 3, servicer_userid: 'alice' }),
  ev('live-5', 50, {
    type: 'message',
    origin: 'servicer',
    servicer_userid: 'alice',
    content: '在',
  }),
  ev('live-6', 100, { type: 'enter_session', external_userid: 'c2' }),
  ev('live-7', 101, { type: 'state', state: 2, external_userid: 'c2' }),
]

let counter = 0
async function demoApi(name = `kf-feed-${counter++}`) {
  const api = createAnalyticsApi({ database: new KfDatabase(name), now: () => NOW, demo })
  await api.loadDemo()
  return { api, name }
}

const page = (
  cursor: string | null,
  nextCursor: string,
  events: unknown[],
  extra: Partial<FeedPageInput> = {},
): FeedPageInput => ({ sourceKey: 'demo', cursor, nextCursor, events, ...extra })

describe('the live feed in the analytics worker (over fake IndexedDB)', () => {
  it('stores each page with its cursor and the board follows: queue, receiving, in human', async () => {
    const { api } = await demoApi()
    const state = await api.feedState()
    expect(state.active).toEqual({ sourceKey: 'demo', feedUrl: null })
    expect(state.cursor).toBeNull()

    expect(await api.storeFeedPage(page(null, 'c-1', page1))).toMatchObject({
      stored: true,
      added: 3,
      duplicates: 0,
      invalid: 0,
    })
    let board = await api.realtime({})
    // c1 entered and wrote, nobody took it yet: state 0, neither queueing nor in human.
    expect([board.queue, board.servicers_receiving, board.sessions_in_human]).toEqual([0, 1, 0])

    await api.storeFeedPage(page('c-1', 'c-2', page2))
    board = await api.realtime({})
    expect([board.queue, board.servicers_receiving, board.sessions_in_human]).toEqual([1, 1, 1])
    // Today: two sessions (yesterday's is not today's); c1 went to a servicer (接入人工会话数 1),
    // c1's message was pending when alice's segment began (10:00:20), so the clock starts there and
    // the first response is 10:00:50 − 10:00:20 = 30 s (metrics.md §2); c2 wrote nothing.
    expect(board.figures.human_sessions).toBe(1)
    expect(board.figures).toMatchObject({
      sessions: 2,
      addressed: 1,
      replied: 1,
      first_response_seconds: 30,
    })
    expect((await api.feedState()).cursor).toBe('c-2')
    expect((await api.status()).eventCount).toBe(2 + 7)
  })

  it('a page asked with a cursor no longer stored (a replayed or other tab’s page) adds nothing', async () => {
    const { api } = await demoApi()
    await api.storeFeedPage(page(null, 'c-1', page1))
    const again = await api.storeFeedPage(page(null, 'c-1', page1))
    expect(again).toMatchObject({ stored: false, added: 0 })
    expect((await api.status()).eventCount).toBe(2 + 3)
  })

  it('an overlapping page stores only its new events, by id, and moves the cursor on', async () => {
    const { api } = await demoApi()
    await api.storeFeedPage(page(null, 'c-1', page1))
    const overlap = await api.storeFeedPage(page('c-1', 'c-2', [...page1.slice(1), ...page2]))
    expect(overlap).toMatchObject({ stored: true, added: 4, duplicates: 2 })
    expect((await api.status()).eventCount).toBe(2 + 7)
    expect((await api.feedState()).cursor).toBe('c-2')
  })

  it('lists an invalid event and a conflict in 数据问题 with their reasons, and keeps the rest', async () => {
    const { api } = await demoApi()
    await api.storeFeedPage(page(null, 'c-1', page1))
    const bad = ev('live-bad', 200, { type: 'state', state: 9 })
    const changed = { ...page1[1]!, time: T10 + 1 } // live-2 again, another time
    const result = await api.storeFeedPage(page('c-1', 'c-2', [bad, changed, ...page2]))
    expect(result).toMatchObject({ stored: true, added: 4, conflicts: 1, invalid: 1 })
    const problems = await api.dataProblems(0, 10)
    expect(problems.total).toBe(2)
    expect(problems.rows).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          source: '实时数据',
          place: '实时数据 events 第 1 项',
          reason: expect.stringContaining('state'),
          receivedAt: NOW,
          record: expect.stringContaining('live-bad'),
        }),
        expect.objectContaining({
          place: '事件 id「live-2」',
          reason: expect.stringContaining('冲突'),
        }),
      ]),
    )
    expect((await api.feedState()).problemCount).toBe(2)
    // The stored live-2 is the first one: c1's session still starts at 10:00:00.
    const sessions = await api.sessions({ range: { preset: 'today' }, offset: 0, limit: 10 })
    expect(sessions.rows.find((r) => r.external_userid === 'c1')?.start).toBe(T10)
    await api.clearDataProblems()
    expect((await api.dataProblems(0, 10)).total).toBe(0)
  })

  it('two tabs: the page one stored is refused to the other, which still sees its events', async () => {
    const { api: tabA, name } = await demoApi()
    const tabB = createAnalyticsApi({ database: new KfDatabase(name), now: () => NOW, demo })
    expect((await tabB.status()).eventCount).toBe(2)
    await tabA.storeFeedPage(page(null, 'c-1', page1))
    expect(await tabB.storeFeedPage(page(null, 'c-1', page1))).toMatchObject({ stored: false })
    const board = await tabB.realtime({})
    expect(board.servicers_receiving).toBe(1)
    expect((await tabB.status()).eventCount).toBe(2 + 3)
    // B goes on from the stored cursor.
    expect((await tabB.feedState()).cursor).toBe('c-1')
    await tabB.storeFeedPage(page('c-1', 'c-2', page2))
    expect((await tabA.realtime({})).queue).toBe(1)
  })

  it('a reload resumes from the stored cursor', async () => {
    const { api, name } = await demoApi()
    await api.storeFeedPage(page(null, 'c-1', page1))
    const reloaded = createAnalyticsApi({ database: new KfDatabase(name), now: () => NOW, demo })
    expect((await reloaded.feedState()).cursor).toBe('c-1')
    expect((await reloaded.status()).eventCount).toBe(5)
  })

  it('settings: a URL source has its own cursor; 关闭 and a missing URL say why nothing is pulled', async () => {
    const { api } = await demoApi()
    await api.storeFeedPage(page(null, 'c-1', page1))
    let state = await api.saveFeedSettings({
      source: 'url',
      url: ' https://kf.example.com/feed ',
      intervalSeconds: 5,
    })
    expect(state.settings).toEqual({
      source: 'url',
      url: 'https://kf.example.com/feed',
      intervalSeconds: 10,
    })
    expect(state.active).toEqual({
      sourceKey: 'url:https://kf.example.com/feed',
      feedUrl: 'https://kf.example.com/feed',
    })
    expect(state.cursor).toBeNull()
    state = await api.saveFeedSettings({ source: 'url', url: '', intervalSeconds: 999 })
    expect(state.settings.intervalSeconds).toBe(300)
    expect(state.active).toBeNull()
    expect(state.inactiveReason).toBe('未设置接口地址')
    state = await api.saveFeedSettings({ source: 'off', url: '', intervalSeconds: 60 })
    expect(state.inactiveReason).toBe('实时数据源已关闭')
    state = await api.saveFeedSettings({ source: 'demo', url: '', intervalSeconds: 60 })
    expect(state.cursor).toBe('c-1')
  })

  it('after the demo is replaced by an import, the demo source stops and its cursor is forgotten', async () => {
    const { api } = await demoApi()
    await api.storeFeedPage(page(null, 'c-1', page1))
    const own = JSON.stringify({
      format: 'kf-dataset',
      version: 1,
      timezone: 'Asia/Shanghai',
      events: [ev('own-1', 0, { type: 'enter_session', external_userid: 'c9' })],
    })
    const preview = await api.previewImport([new File([own], 'own.json')], () => {})
    await api.commitImport(preview.token)
    const state = await api.feedState()
    expect(state.active).toBeNull()
    expect(state.inactiveReason).toContain('演示数据源只用于示例数据')
    expect(state.cursor).toBeNull()
    expect(state.addedTotal).toBe(0)
    // A demo page that was on its way when the import landed is not stored into the user's data.
    expect(await api.storeFeedPage(page(null, 'c-1', page2))).toMatchObject({ stored: false })
    expect((await api.status()).eventCount).toBe(1)
  })

  it('清空全部数据 forgets the cursors and 数据问题, and keeps the settings', async () => {
    const { api } = await demoApi()
    await api.saveFeedSettings({ source: 'demo', url: 'https://x.example', intervalSeconds: 30 })
    await api.storeFeedPage(page(null, 'c-1', [ev('live-bad', 0, { type: 'nope' })]))
    await api.clearAll()
    const state = await api.feedState()
    expect(state.cursor).toBeNull()
    expect(state.problemCount).toBe(0)
    expect(state.settings).toEqual({
      source: 'demo',
      url: 'https://x.example',
      intervalSeconds: 30,
    })
  })

  it('writeFeedPage refuses a plan made against an older version of the data', async () => {
    const { api, name } = await demoApi()
    const version = (await api.status()).version
    const db = new KfDatabase(name)
    const write = {
      expectedVersion: version - 1,
      sourceKey: 'demo',
      askedCursor: null,
      nextCursor: 'c-1',
      timezone: 'Asia/Shanghai',
      events: [],
      directory: [],
      problems: [],
      receivedAt: NOW,
      stillFeeds: () => true,
    }
    await expect(writeFeedPage(db, write)).rejects.toBeInstanceOf(StaleDatasetError)
    const stored = await writeFeedPage(db, { ...write, expectedVersion: version })
    expect(stored.stored).toBe(true)
    // Only the cursor moved: no new events, so the data's version is unchanged.
    expect(stored.meta.version).toBe(version)
  })
})

describe('an import previewed before a live pull lands', () => {
  const own = (events: unknown[]) =>
    new File(
      [JSON.stringify({ format: 'kf-dataset', version: 1, timezone: 'Asia/Shanghai', events })],
      'own.json',
    )

  it('replaces the demo all the same, the pull included', async () => {
    const { api } = await demoApi()
    const preview = await api.previewImport(
      [own([ev('own-1', 0, { type: 'enter_session', external_userid: 'c9' })])],
      () => {},
    )
    expect(preview.replacesDemo).toBe(true)
    await api.storeFeedPage(page(null, 'c-1', page1))
    const status = await api.commitImport(preview.token)
    expect(status.isDemo).toBe(false)
    expect(status.eventCount).toBe(1)
  })

  it('adds to the user’s data after the pull, each event once: one the pull brought is a duplicate', async () => {
    const { api } = await demoApi()
    const first = await api.previewImport(
      [own([ev('own-1', -3600, { type: 'enter_session', external_userid: 'c9' })])],
      () => {},
    )
    await api.commitImport(first.token)
    await api.saveFeedSettings({
      source: 'url',
      url: 'https://kf.example.com/feed',
      intervalSeconds: 60,
    })
    const url = { sourceKey: 'url:https://kf.example.com/feed' }
    // The file holds live-2 and live-3, which the feed also sends, and one event of its own.
    const second = await api.previewImport(
      [
        own([
          page1[1],
          page1[2],
          ev('own-2', 300, { type: 'enter_session', external_userid: 'c8' }),
        ]),
      ],
      () => {},
    )
    expect(second.files[0]).toMatchObject({ added: 3, duplicates: 0 })
    expect(await api.storeFeedPage(page(null, 'c-1', page1, url))).toMatchObject({ added: 3 })
    const status = await api.commitImport(second.token)
    expect(status.eventCount).toBe(1 + 3 + 1)
    expect(status.imports.at(-1)).toMatchObject({ added: 1, duplicates: 2, conflicts: 0 })
    const sessions = await api.sessions({ range: { preset: 'all' }, offset: 0, limit: 50 })
    expect(sessions.total).toBe(3)
  })

  it('is refused when the data was cleared in between: nothing half-planned is stored', async () => {
    const { api } = await demoApi()
    const first = await api.previewImport(
      [own([ev('own-1', 0, { type: 'enter_session', external_userid: 'c9' })])],
      () => {},
    )
    await api.commitImport(first.token)
    const second = await api.previewImport(
      [own([ev('own-2', 5, { type: 'enter_session', external_userid: 'c8' })])],
      () => {},
    )
    await api.clearAll()
    await expect(api.commitImport(second.token)).rejects.toThrow('数据已在其他窗口中改变')
    expect((await api.status()).eventCount).toBe(0)
  })
})
