import * as XLSX from '@e965/xlsx'
import { describe, expect, it } from 'vitest'
import { DatasetRefused } from '../../src/domain/import/datasetRefused'
import { readDatasetFile, type DatasetSource } from '../../src/domain/import/readDatasetFile'

// 2026-11-20T10:00:00+08:00
const T10 = 1795140000
const encoder = new TextEncoder()

function source(name: string, bytes: Uint8Array, chunkSize = 1 << 20): DatasetSource {
  // (chunks of the given size, like a browser's File.stream() or a Node read stream)
  return {
    name,
    async *chunks() {
      for (let offset = 0; offset < bytes.byteLength; offset += chunkSize) {
        yield bytes.subarray(offset, offset + chunkSize)
      }
    },
  }
}

const read = (name: string, text: string | Uint8Array, chunkSize?: number) =>
  readDatasetFile(source(name, typeof text === 'string' ? encoder.encode(text) : text, chunkSize))

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise
  } catch (error) {
    if (error instanceof DatasetRefused) return error.message
    throw error
  }
  throw new Error('expected the file to be refused whole')
}

const META = '{"record":"meta","format":"kf-dataset","version":1,"timezone":"Asia/Shanghai"}'
const ndjson = [
  META,
  '{"record":"customer","external_userid":"c1","nickname":"小明同学","is_friend":true}',
  `{"record":"event","id":"e1","type":"message","origin":"customer","time":${T10},"open_kfid":"kf1","external_userid":"c1","content":"你好,请问在吗?"}`,
  '',
  `{"record":"event","id":"e2","type":"state","state":3,"servicer_userid":"alice","time":"2026-11-20T10:00:05+08:00","open_kfid":"kf1","external_userid":"c1"}`,
].join('\n')

describe('NDJSON is read as a stream', () => {
  it('gives the same records whatever the chunk size and line decoding, even splitting a UTF-8 character', async () => {
    const whole = await read('a.ndjson', ndjson)
    expect(whole.events.map((e) => e.id)).toEqual(['e1', 'e2'])
    expect(whole.events[0]!.content).toBe('你好,请问在吗?')
    expect(whole.events[1]!.time).toBe(T10 + 5)
    for (const decoding of ['lines', 'blocks'] as const) {
      for (const size of [1, 2, 3, 7, 64]) {
        const bytes = encoder.encode(ndjson)
        const chunked = await readDatasetFile(source('a.ndjson', bytes, size), undefined, {
          decoding,
        })
        expect(chunked.events).toEqual(whole.events)
        expect(chunked.directory).toEqual(whole.directory)
      }
    }
  })

  it('places a line of bad UTF-8 after the meta line as one invalid record, in either decoding', async () => {
    const bad = new Uint8Array([
      ...encoder.encode(`${META}\n`),
      0xff,
      0xfe,
      0x0a,
      ...encoder.encode(ndjson.split('\n')[2]!),
    ])
    for (const decoding of ['lines', 'blocks'] as const) {
      const file = await readDatasetFile(source('a.ndjson', bad, 5), undefined, { decoding })
      expect(file.invalidEvents.map((p) => [p.place, p.reason])).toEqual([
        ['第 2 行', '这一行不是有效的 UTF-8 文本'],
      ])
      expect(file.events.map((e) => e.id)).toEqual(['e1'])
    }
  })

  it('accepts CRLF line ends, a byte-order mark and a last line without a newline', async () => {
    const file = await read('a.jsonl', `\uFEFF${ndjson.replace(/\n/g, '\r\n')}`)
    expect(file.events.map((e) => e.id)).toEqual(['e1', 'e2'])
    expect(file.invalidEvents).toEqual([])
  })

  it('counts a truncated last line as one invalid record, with its line number', async () => {
    const file = await read('a.ndjson', ndjson.slice(0, -20))
    expect(file.events.map((e) => e.id)).toEqual(['e1'])
    expect(file.invalidEvents).toHaveLength(1)
    expect(file.invalidEvents[0]!.place).toBe('第 5 行')
    expect(file.invalidEvents[0]!.reason).toContain('不是有效的 JSON')
  })

  it('ignores a repeated meta line; an unknown record tag is an invalid record', async () => {
    const file = await read('a.ndjson', `${ndjson}\n${META}\n{"record":"note","text":"x"}`)
    expect(file.events).toHaveLength(2)
    expect(file.invalidEvents.map((p) => p.place)).toEqual(['第 7 行'])
    expect(file.invalidEvents[0]!.reason).toContain('未知的记录类型')
  })

  it('refuses a file whose first non-blank line is not a valid meta', async () => {
    expect(await refusal(read('a.ndjson', ndjson.split('\n').slice(1).join('\n')))).toContain(
      'meta',
    )
    expect(await refusal(read('a.ndjson', META.replace('"version":1', '"version":2')))).toContain(
      'version',
    )
    expect(
      await refusal(read('a.ndjson', META.replace('Asia/Shanghai', 'Mars/Olympus'))),
    ).toContain('未知的时区')
    expect(await refusal(read('a.ndjson', '\n\n  \n'))).toContain('空')
  })

  it('refuses a binary file', async () => {
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0xfe, 0x00, 0x01,
    ])
    expect(await refusal(read('photo.ndjson', png))).toContain('不是文本')
    expect(await refusal(read('photo.json', png))).toContain('不是文本')
    expect(
      await refusal(read('a.ndjson', encoder.encode('\u0000\u0000{"record":"meta"}'))),
    ).toContain('不是文本')
  })
})

describe('the JSON container', () => {
  const dataset = (extra: Record<string, unknown>) =>
    JSON.stringify({ format: 'kf-dataset', version: 1, events: [], ...extra })

  it('places each invalid record by its array index', async () => {
    const file = await read(
      'a.json',
      dataset({
        events: [
          { id: 'e1', type: 'enter_session', time: T10, open_kfid: 'kf1', external_userid: 'c1' },
          42,
        ],
        groups: [{ group_id: 'g1', name: '售前', reception_limit: -1 }],
      }),
    )
    expect(file.timezone).toBe('Asia/Shanghai')
    expect(file.invalidEvents).toEqual([
      { place: 'events 第 2 项', reason: '记录不是一个对象', record: 42 },
    ])
    expect(file.invalidDirectory[0]!.place).toBe('groups 第 1 项')
    expect(file.invalidDirectory[0]!.reason).toContain('reception_limit')
  })

  it.each([
    ['', '空'],
    ['{"format":"kf-dataset","version":1,"events":[', '截断'],
    ['[1,2,3]', '顶层'],
    ['{"version":1,"events":[]}', 'format'],
    ['{"format":"kf-dataset","version":"1","events":[]}', 'version'],
    ['{"format":"kf-dataset","version":1,"events":{}}', 'events 应为数组'],
    ['{"format":"kf-dataset","version":1,"customers":"c1"}', 'customers 应为数组'],
    ['{"format":"kf-dataset","version":1,"timezone":""}', 'timezone'],
    ['{"format":"kf-dataset","version":1,"timezone":"Asia/Beijing"}', '未知的时区'],
  ])('refuses %j whole (%s)', async (text, reason) => {
    expect(await refusal(read('a.json', text))).toContain(reason)
  })

  it('takes a null timezone as Asia/Shanghai', async () => {
    expect((await read('a.json', dataset({ timezone: null }))).timezone).toBe('Asia/Shanghai')
  })
})

describe('workbooks and CSV (SheetJS)', () => {
  function workbook(sheets: Record<string, unknown[][]>): Uint8Array {
    const book = XLSX.utils.book_new()
    for (const [name, rows] of Object.entries(sheets)) {
      XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows, { cellDates: true }), name)
    }
    return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer)
  }

  it('reads every sheet, Chinese sheet names, list fields, 是 as true, JSON content and date cells', async () => {
    // A date cell is the wall time it shows, read in the dataset's zone (here UTC+9).
    const bytes = workbook({
      meta: [['timezone'], ['Asia/Tokyo']],
      客服账号: [
        ['open_kfid', 'name'],
        ['kf1', '旗舰店'],
      ],
      接待组: [
        ['group_id', 'name', 'reception_limit', 'open_kfids', 'servicer_userids'],
        ['g1', '售前组', 5, 'kf1,kf2', 'alice, bob'],
      ],
      客户: [
        ['external_userid', 'nickname', 'is_friend'],
        ['c1', '小明', '是'],
        ['c2', '小红', 'no'],
      ],
      事件: [
        [
          'id',
          'type',
          'time',
          'open_kfid',
          'external_userid',
          'origin',
          'content',
          'state',
          'servicer_userid',
        ],
        [
          'e1',
          'message',
          '2026-11-20 10:00:00',
          'kf1',
          'c1',
          'customer',
          '{"text":{"content":"在吗"}}',
        ],
        ['e2', 'state', new Date(2026, 10, 20, 10, 0, 5), 'kf1', 'c1', '', '', '3', 'alice'],
        ['e3', 'state', '2026-11-20T10:00:06+08:00', 'kf1', 'c1', '', '', 9],
      ],
    })
    const file = await read('export.xlsx', bytes)
    expect(file.timezone).toBe('Asia/Tokyo')
    // 2026-11-20 10:00:00 in Tokyo (+09:00) is one hour before 10:00 in Shanghai.
    expect(file.events.map((e) => [e.id, e.time])).toEqual([
      ['e1', T10 - 3600],
      ['e2', T10 - 3600 + 5],
    ])
    expect(file.events[0]!.content).toEqual({ text: { content: '在吗' } })
    expect(file.events[1]!.state).toBe(3)
    expect(file.invalidEvents.map((p) => p.place)).toEqual(['工作表 事件 第 4 行'])
    expect(file.invalidEvents[0]!.reason).toContain('state')
    const group = file.directory.find((r) => r.kind === 'group')
    expect(group?.value).toMatchObject({
      open_kfids: ['kf1', 'kf2'],
      servicer_userids: ['alice', 'bob'],
    })
    const friends = file.directory.filter((r) => r.kind === 'customer').map((r) => r.value)
    expect(friends).toMatchObject([{ is_friend: true }, { is_friend: false }])
  })

  it('reads a lone CSV as the events sheet, in the default zone', async () => {
    const csv = [
      'id,type,time,open_kfid,external_userid,origin,content',
      'e1,message,2026-11-20 10:00:00,kf1,c1,customer,"你好,在吗"',
      `e2,enter_session,${T10 + 1},kf1,c2,,`,
    ].join('\n')
    const file = await read('events.csv', csv)
    expect(file.events.map((e) => [e.id, e.time, e.content])).toEqual([
      ['e1', T10, '你好,在吗'],
      ['e2', T10 + 1, undefined],
    ])
  })

  it('refuses a CSV without the id, type and time columns, and an xlsx that is not a workbook', async () => {
    expect(await refusal(read('people.csv', 'name,age\n小明,12'))).toContain('缺少必需的列')
    expect(await refusal(read('fake.xlsx', '{"format":"kf-dataset"}'))).toContain('xlsx')
    expect(await refusal(read('notes.txt', 'hello'))).toContain('无法识别')
  })
})
