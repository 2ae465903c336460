// Which container a file is (by its name, else by its first bytes), and reading it.
import { DatasetRefused } from './datasetRefused'
import type { ParsedFile } from './parsedFile'
import { readJsonFile } from './readJsonFile'
import { readNdjsonStream, type LineDecoding, type StreamProgress } from './readNdjsonStream'
import { readWorkbookFile } from './readWorkbookFile'

export interface DatasetSource {
  name: string
  /** The file's bytes, chunk by chunk (File.stream() in the browser, a read stream in Node). */
  chunks(): AsyncIterable<Uint8Array>
}

export type Container = 'json' | 'ndjson' | 'workbook' | 'csv'

export function containerOfName(name: string): Container | null {
  const lower = name.toLowerCase()
  if (lower.endsWith('.json')) return 'json'
  if (lower.endsWith('.ndjson') || lower.endsWith('.jsonl')) return 'ndjson'
  if (lower.endsWith('.xlsx')) return 'workbook'
  if (lower.endsWith('.csv')) return 'csv'
  return null
}

export interface ReadOptions {
  /** NDJSON line decoding: per line in Node, in blocks in browsers (see readNdjsonStream.ts). */
  decoding?: LineDecoding
}

export async function readDatasetFile(
  source: DatasetSource,
  onProgress?: (progress: StreamProgress) => void,
  options: ReadOptions = {},
): Promise<ParsedFile> {
  const container = containerOfName(source.name) ?? (await sniffContainer(source))
  if (container === 'ndjson') {
    return readNdjsonStream(source.name, source.chunks(), onProgress, options.decoding)
  }
  const bytes = await readAllBytes(source)
  onProgress?.({ bytes: bytes.byteLength, events: 0 })
  if (bytes.byteLength === 0) throw new DatasetRefused('文件是空的')
  if (container === 'json') return readJsonFile(source.name, bytes)
  return readWorkbookFile(container === 'csv' ? `${source.name}.csv` : source.name, bytes)
}

/** A file with another name: a zip is a workbook, a first line with a meta record is NDJSON. */
async function sniffContainer(source: DatasetSource): Promise<Container> {
  const head = await firstBytes(source, 4096)
  if (head[0] === 0x50 && head[1] === 0x4b) return 'workbook'
  const text = new TextDecoder()
    .decode(head)
    .replace(/^\uFEFF/, '')
    .trimStart()
  if (text.startsWith('{')) {
    const firstLine = text.split('\n', 1)[0] ?? ''
    return /"record"\s*:\s*"meta"/.test(firstLine) ? 'ndjson' : 'json'
  }
  throw new DatasetRefused(
    `无法识别文件「${source.name}」的格式:请导入 .json、.ndjson、.jsonl、.xlsx 或 .csv 格式的 kf-dataset 文件`,
  )
}

async function firstBytes(source: DatasetSource, count: number): Promise<Uint8Array> {
  for await (const chunk of source.chunks()) return chunk.subarray(0, count)
  return new Uint8Array()
}

export async function readAllBytes(source: DatasetSource): Promise<Uint8Array> {
  const parts: Uint8Array[] = []
  let total = 0
  for await (const chunk of source.chunks()) {
    parts.push(chunk)
    total += chunk.byteLength
  }
  const bytes = new Uint8Array(total)
  let offset = 0
  for (const part of parts) {
    bytes.set(part, offset)
    offset += part.byteLength
  }
  return bytes
}

/** A source over bytes already in memory. */
export function bytesSource(name: string, bytes: Uint8Array): DatasetSource {
  return {
    name,
    async *chunks() {
      const size = 1 << 20
      for (let offset = 0; offset < bytes.byteLength; offset += size) {
        yield bytes.subarray(offset, offset + size)
      }
    },
  }
}
