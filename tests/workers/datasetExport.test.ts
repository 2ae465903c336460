import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { KfDatabase } from '../../src/db/kfDatabase'
import { bytesSource } from '../../src/domain/import/readDatasetFile'
import { runReport } from '../../src/domain/report/runReport'
import { createAnalyticsApi, type DemoData } from '../../src/workers/analytics.api'
import { ev, T10 } from '../fixtureEvents'

const NOW = T10 + 3600

const noDemo = async (): Promise<DemoData> => ({
  timezone: 'Asia/Shanghai',
  directory: [],
  events: [],
})

describe('导出全部数据', () => {
  it('writes what is stored as kf-dataset NDJSON that imports back whole, unknown fields and all', async () => {
    const api = createAnalyticsApi({
      database: new KfDatabase('kf-export-1'),
      now: () => NOW,
      demo: noDemo,
    })
    const file = JSON.stringify({
      format: 'kf-dataset',
      version: 1,
      timezone: 'Europe/Berlin',
      accounts: [{ open_kfid: 'kf1', name: '旗舰店' }],
      servicers: [{ userid: 'alice', name: '王丽', department: '售前' }],
      customers: [{ external_userid: 'c1', nickname: '小明', is_friend: true }],
      events: [
        ev('e1', 0, { type: 'enter_session', scene: 'menu' }),
        ev('e2', 5, { type: 'message', origin: 'customer', content: '在吗' }),
        ev('e3', 20, { type: 'state', state: 3, servicer_userid: 'alice' }),
      ],
    })
    await api.commitImport((await api.previewImport([new File([file], 'a.json')], () => {})).token)
    const text = await (await api.exportDataset()).text()
    const lines = text
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>)
    expect(lines[0]).toEqual({
      record: 'meta',
      format: 'kf-dataset',
      version: 1,
      timezone: 'Europe/Berlin',
    })
    expect(lines.slice(1, 4).map((l) => l.record)).toEqual(['account', 'servicer', 'customer'])
    expect(lines[4]).toEqual({
      record: 'event',
      id: 'e1',
      type: 'enter_session',
      time: T10,
      open_kfid: 'kf1',
      external_userid: 'c1',
      scene: 'menu',
    })
    expect(lines).toHaveLength(1 + 3 + 3)

    const outcome = await runReport(
      [bytesSource('export.ndjson', new TextEncoder().encode(text))],
      { at: String(NOW) },
    )
    expect(outcome.ok).toBe(true)
    if (!outcome.ok) return
    expect(outcome.report.import).toMatchObject({ read: 3, added: 3, invalid: 0, duplicates: 0 })
    const board = await api.realtime({ at: NOW })
    expect(board.figures).toEqual(outcome.report.realtime.today)
    expect(board.sessions_in_human).toBe(outcome.report.realtime.sessions_in_human)
  })
})
