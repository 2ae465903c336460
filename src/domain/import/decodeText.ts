import { DatasetRefused } from './datasetRefused'

export const NOT_TEXT = '文件不是文本(可能是二进制文件或其他格式),无法作为 kf-dataset 导入'

/** UTF-8 text of a whole file; a binary file (bad UTF-8, NUL bytes) is refused. */
export function decodeText(bytes: Uint8Array): string {
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new DatasetRefused(NOT_TEXT)
  }
  if (text.includes('\u0000')) throw new DatasetRefused(NOT_TEXT)
  return text
}
