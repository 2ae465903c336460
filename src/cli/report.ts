// npm run --silent report -- --input FILE [--input FILE ...] [--from YYYY-MM-DD] [--to YYYY-MM-DD]
//     [--account OPEN_KFID] [--group GROUP_ID] [--servicer USERID] [--at TIME]
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { basename } from 'node:path'
import type { DatasetSource } from '../domain/import/readDatasetFile'
import { runReport } from '../domain/report/runReport'
import type { ReportArgs } from '../domain/report/reportTypes'

const USAGE =
  '用法: npm run --silent report -- --input 文件 [--input 文件 ...] [--from YYYY-MM-DD] [--to YYYY-MM-DD] ' +
  '[--account 客服账号ID] [--group 接待组ID] [--servicer 接待人员ID] [--at 时间]'

const VALUE_FLAGS: Record<string, keyof ReportArgs | 'input'> = {
  '--input': 'input',
  '--from': 'from',
  '--to': 'to',
  '--account': 'account',
  '--group': 'group',
  '--servicer': 'servicer',
  '--at': 'at',
}

function fail(message: string, code = 2): never {
  process.stderr.write(`${message}\n`)
  process.exit(code)
}

function parseArgs(argv: string[]): { inputs: string[]; args: ReportArgs } {
  const inputs: string[] = []
  const args: ReportArgs = {}
  for (let i = 0; i < argv.length; i += 1) {
    const token = argv[i]!
    const [flag, inline] = token.includes('=') ? token.split(/=(.*)/s, 2) : [token, undefined]
    const key = VALUE_FLAGS[flag!]
    if (key === undefined) fail(`未知的参数「${token}」\n${USAGE}`)
    const value = inline ?? argv[++i]
    if (value === undefined) fail(`参数 ${flag} 缺少取值\n${USAGE}`)
    if (key === 'input') inputs.push(value)
    else args[key] = value
  }
  if (inputs.length === 0) fail(`缺少 --input\n${USAGE}`)
  return { inputs, args }
}

function fileSource(path: string): DatasetSource {
  return {
    name: basename(path),
    async *chunks() {
      for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
        yield chunk as Uint8Array
      }
    },
  }
}

async function main(): Promise<void> {
  const { inputs, args } = parseArgs(process.argv.slice(2))
  for (const path of inputs) {
    try {
      const info = await stat(path)
      if (!info.isFile()) fail(`「${path}」不是文件`, 1)
    } catch {
      fail(`无法读取文件「${path}」`, 1)
    }
  }
  // Node decodes NDJSON fastest line by line (see readNdjsonStream.ts).
  const outcome = await runReport(inputs.map(fileSource), args, { decoding: 'lines' })
  if (!outcome.ok) fail(outcome.reason, 1)
  process.stdout.write(`${JSON.stringify(outcome.report, null, 2)}\n`)
}

main().catch((error: unknown) => {
  fail(`报告生成失败:${error instanceof Error ? error.message : String(error)}`, 1)
})
