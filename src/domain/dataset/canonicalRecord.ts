// Duplicate or conflict? data-format.md: the whole record equal after parsing, ignoring key
// order and the NDJSON `record` tag, numbers by value, `time` as an instant.
import type { KfEvent } from './records'

function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`
  if (typeof value === 'object' && value !== null) {
    const entries = Object.keys(value)
      .sort()
      .map(
        (key) =>
          `${JSON.stringify(key)}:${stableStringify((value as Record<string, unknown>)[key])}`,
      )
    return `{${entries.join(',')}}`
  }
  return JSON.stringify(value) ?? 'null'
}

/** The record's content as one comparable string (input order `seq` is not content). */
export function canonicalRecord(event: KfEvent): string {
  const { seq: _seq, extra, ...modelled } = event
  return stableStringify({ ...extra, ...modelled })
}

export function sameRecord(a: KfEvent, b: KfEvent): boolean {
  return canonicalRecord(a) === canonicalRecord(b)
}
