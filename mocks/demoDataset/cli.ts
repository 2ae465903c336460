// npm run demo-data -- --days N --events N --seed N --out FILE(.json|.ndjson|.xlsx)
//                      [--end YYYY-MM-DD] [--timezone ZONE]
// Writes a seeded demo dataset. Bad arguments: a message on stderr and exit code 2.
import { DEFAULT_TIMEZONE, MAX_DAYS, generateDataset } from './generateDataset'
import { formatOfPath, writeDataset } from './writeDataset'
import { ZoneCalendar, dateOfDayNumber, dayNumberOfDate, isValidTimeZone } from './zonedTime'

const USAGE =
  '用法：npm run demo-data -- --out 文件(.json|.ndjson|.xlsx) [--days 天数，默认 30] ' +
  '[--events 事件数，默认 20000] [--seed 种子，默认 1] [--end 最后一天 YYYY-MM-DD，默认昨天] ' +
  '[--timezone 时区，默认 Asia/Shanghai]'

class UsageError extends Error {}

interface CliOptions {
  days: number
  events: number
  seed: number
  out: string
  end: string | null
  timezone: string
}

const KNOWN = new Set(['days', 'events', 'seed', 'out', 'end', 'timezone'])

function parseArgs(argv: readonly string[]): CliOptions | 'help' {
  const values = new Map<string, string>()
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string
    if (arg === '--help' || arg === '-h') return 'help'
    if (!arg.startsWith('--')) throw new UsageError(`无法识别的参数「${arg}」`)
    let name = arg.slice(2)
    let value: string | undefined
    const eq = name.indexOf('=')
    if (eq >= 0) {
      value = name.slice(eq + 1)
      name = name.slice(0, eq)
    } else {
      value = argv[i + 1]
      if (value === undefined || value.startsWith('--'))
        throw new UsageError(`参数 --${name} 缺少取值`)
      i += 1
    }
    if (!KNOWN.has(name)) throw new UsageError(`未知参数 --${name}`)
    if (values.has(name)) throw new UsageError(`参数 --${name} 重复出现`)
    values.set(name, value)
  }

  const whole = (name: string, fallback: number, min: number, max: number): number => {
    const text = values.get(name)
    if (text === undefined) return fallback
    const n = /^\d+$/.test(text) ? Number(text) : NaN
    if (!Number.isSafeInteger(n) || n < min || n > max) {
      throw new UsageError(`--${name} 应为 ${min} 到 ${max} 之间的整数，收到「${text}」`)
    }
    return n
  }
  const days = whole('days', 30, 1, MAX_DAYS)
  const events = whole('events', 20_000, 1, 100_000_000)

  let seed = 1
  const seedText = values.get('seed')
  if (seedText !== undefined) {
    seed = /^-?\d+$/.test(seedText) ? Number(seedText) : NaN
    if (!Number.isSafeInteger(seed)) throw new UsageError(`--seed 应为整数，收到「${seedText}」`)
  }

  const out = values.get('out')
  if (out === undefined || out === '') throw new UsageError('缺少 --out 输出文件')
  if (formatOfPath(out) === null) {
    throw new UsageError(`--out「${out}」的扩展名不受支持：应为 .json、.ndjson 或 .xlsx`)
  }

  const end = values.get('end') ?? null
  if (end !== null && dayNumberOfDate(end) === null) {
    throw new UsageError(`--end「${end}」不是有效日期，应为 YYYY-MM-DD`)
  }
  const timezone = values.get('timezone') ?? DEFAULT_TIMEZONE
  if (!isValidTimeZone(timezone))
    throw new UsageError(`未知时区「${timezone}」（应为 IANA 名称，如 Asia/Shanghai）`)
  return { days, events, seed, out, end, timezone }
}

function humanBytes(bytes: number): string {
  if (bytes >= 1 << 20) return `${(bytes / (1 << 20)).toFixed(1)} MB`
  if (bytes >= 1 << 10) return `${(bytes / (1 << 10)).toFixed(1)} KB`
  return `${bytes} B`
}

async function main(): Promise<number> {
  let options: CliOptions | 'help'
  try {
    options = parseArgs(process.argv.slice(2))
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    process.stderr.write(`参数错误：${error.message}\n${USAGE}\n`)
    return 2
  }
  if (options === 'help') {
    process.stderr.write(`${USAGE}\n`)
    return 0
  }

  const began = performance.now()
  // Only the CLI reads the clock: the default last day is yesterday in the dataset's zone.
  const endDate =
    options.end ??
    dateOfDayNumber(
      new ZoneCalendar(options.timezone).dayNumberAt(Math.floor(Date.now() / 1000)) - 1,
    )
  const dataset = generateDataset({
    seed: options.seed,
    endDate,
    days: options.days,
    targetEvents: options.events,
    timezone: options.timezone,
  })
  let summary
  try {
    summary = await writeDataset(dataset, options.out)
  } catch (error) {
    process.stderr.write(`写入失败：${error instanceof Error ? error.message : String(error)}\n`)
    return 1
  }
  const seconds = ((performance.now() - began) / 1000).toFixed(1)
  const d = dataset.directory
  process.stderr.write(
    `已生成 ${summary.events} 条事件（${dataset.startDate} 至 ${dataset.endDate}，${dataset.meta.timezone}，` +
      `种子 ${options.seed}）：${d.accounts.length} 个客服账号、${d.servicers.length} 名接待人员、` +
      `${d.groups.length} 个接待组、${d.customers.length} 位客户 → ${options.out}` +
      `（${summary.format.toUpperCase()}，${humanBytes(summary.bytes)}，${seconds} 秒）\n`,
  )
  return 0
}

main().then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`生成失败：${error instanceof Error ? error.message : String(error)}\n`)
    process.exitCode = 1
  },
)
