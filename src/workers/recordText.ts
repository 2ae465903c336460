// A record as text for a problem list (import preview, 数据问题): JSON, cut at 1,000 characters.
export function recordText(record: unknown): string | undefined {
  if (record === undefined) return undefined
  const text = typeof record === 'string' ? record : JSON.stringify(record)
  return text.length > 1000 ? `${text.slice(0, 1000)}…` : text
}
