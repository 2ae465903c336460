// npm run bench — a benchmark, not a test: the engine on a generated 1,000,000-event NDJSON.
// Prints events/s for read + validate, replay and aggregate, the time and peak memory of a full
// `npm run report`, and the time of a re-aggregation after a filter change.
import { spawnSync } from 'node:child_process'
import { createReadStream, existsSync, mkdirSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { collectWarnings } from '../../src/domain/import/importWarnings'
import { MemoryDataset } from '../../src/domain/import/memoryDataset'
import { readDatasetFile } from '../../src/domain/import/readDatasetFile'
import { inProcessingOrder } from '../../src/domain/replay/processingOrder'
import { replayEvents } from '../../src/domain/replay/replayEvents'
import { buildReport } from '../../src/domain/report/buildReport'
import { computeOverview } from '../../src/domain/figures/overview'
import { computeStaff } from '../../src/domain/figures/staff'
import { ZoneClock } from '../../src/domain/time/zoneClock'

const ROOT = resolve(import.meta.dirname, '../..')
const EVENTS = Number(process.env.BENCH_EVENTS ?? 1_000_000)
const FILE = join(ROOT, 'bench-data', `events-${EVENTS}.ndjson`)

function ensureDataset(): void {
  if (existsSync(FILE)) return
  mkdirSync(join(ROOT, 'bench-data'), { recursive: true })
  console.log(`生成基准数据 ${FILE} …`)
  const result = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      'mocks/demoDataset/cli.ts',
      '--events',
      String(EVENTS),
      '--days',
      '30',
      '--seed',
      '7',
      '--end',
      '2026-11-20',
      '--out',
      FILE,
    ],
    { cwd: ROOT, stdio: 'inherit' },
  )
  if (result.status !== 0) throw new Error('demo-data failed')
}

const rate = (count: number, ms: number): string =>
  `${Math.round((count / ms) * 1000).toLocaleString('en-US')} events/s`
const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`
const mb = (bytes: number): string => `${Math.round(bytes / 1024 / 1024)} MB`

async function timed<T>(label: string, run: () => T | Promise<T>): Promise<[T, number]> {
  const start = performance.now()
  const value = await run()
  const ms = performance.now() - start
  return [value, ms]
}

/** The full CLI as a user runs it, in its own process: wall time and peak RSS. */
function fullReport(): { ms: number; peakRss: number | null } {
  const args = ['--max-semi-space-size=32', '--import', 'tsx', 'src/cli/report.ts', '--input', FILE]
  const hasTime = existsSync('/usr/bin/time')
  const start = performance.now()
  const result = hasTime
    ? spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, ...args], {
        cwd: ROOT,
        maxBuffer: 1 << 30,
      })
    : spawnSync(process.execPath, args, { cwd: ROOT, maxBuffer: 1 << 30 })
  const ms = performance.now() - start
  if (result.status !== 0) throw new Error(`report failed: ${String(result.stderr)}`)
  const kb = hasTime ? Number(String(result.stderr).trim().split('\n').pop()) : NaN
  return { ms, peakRss: Number.isFinite(kb) ? kb * 1024 : null }
}

async function main(): Promise<void> {
  ensureDataset()
  console.log(`数据: ${FILE} (${mb(statSync(FILE).size)})`)

  const [parsed, readMs] = await timed('read', () =>
    readDatasetFile(
      {
        name: FILE,
        async *chunks() {
          for await (const chunk of createReadStream(FILE, { highWaterMark: 1 << 20 }))
            yield chunk as Uint8Array
        },
      },
      undefined,
      { decoding: 'lines' },
    ),
  )
  const dataset = new MemoryDataset()
  const [, planMs] = await timed('plan', () => dataset.commit(dataset.plan(parsed)))
  const count = dataset.events.length
  const [replay, replayMs] = await timed('replay', () =>
    replayEvents(inProcessingOrder(dataset.events), dataset.directory),
  )
  const [warnings, warningsMs] = await timed('warnings', () =>
    collectWarnings(dataset.events, dataset.directory, replay),
  )
  const inputs = {
    timezone: dataset.zone,
    directory: dataset.directory,
    replay,
    counters: {
      read: count,
      added: count,
      duplicates: 0,
      conflicts: 0,
      invalid: 0,
      warnings: warnings.size,
    },
  }
  const [report, aggregateMs] = await timed('aggregate', () => buildReport(inputs, {}))

  // A filter change: the replay is kept, only the figures are computed again.
  const clock = new ZoneClock(dataset.zone)
  const group = [...dataset.directory.groups.keys()][0]
  const asOf = replay.lastEventTime!
  const range = { from: clock.dayOf(replay.firstEventTime!), to: clock.dayOf(asOf) }
  const [, filterMs] = await timed('filter', () => {
    computeOverview(replay, dataset.directory, clock, { range, asOf, filters: { group } })
    computeStaff(replay, dataset.directory, clock, { range, asOf, filters: { group } })
  })
  const inProcessPeak = process.resourceUsage().maxRSS * 1024

  const cli = fullReport()
  console.log(
    `事件数: ${count.toLocaleString('en-US')}(会话 ${report.overview.sessions.toLocaleString('en-US')})`,
  )
  console.log(`读取 + 校验:   ${seconds(readMs)}  ${rate(count, readMs)}`)
  console.log(`导入(去重):   ${seconds(planMs)}  ${rate(count, planMs)}`)
  console.log(`回放:          ${seconds(replayMs)}  ${rate(count, replayMs)}`)
  console.log(`导入警告:      ${seconds(warningsMs)}  ${rate(count, warningsMs)}`)
  console.log(`聚合(全部报告): ${seconds(aggregateMs)}  ${rate(count, aggregateMs)}`)
  console.log(`筛选变更后重新聚合(接待组 ${group}): ${seconds(filterMs)}`)
  console.log(`本进程峰值内存: ${mb(inProcessPeak)}`)
  console.log(
    `完整报告 npm run report: ${seconds(cli.ms)}, 峰值内存 ${cli.peakRss === null ? '未知(缺少 /usr/bin/time)' : mb(cli.peakRss)}`,
  )
}

await main()
