// A previewed import whose data grew before 确认导入 (a live pull, another tab's import): its
// events are checked again by id against what is stored now and numbered on from there, so the
// commit needs no new preview. Only growth is handled: data replaced or cleared since (another
// resetVersion) asks for a new preview.
import { sameRecord } from '@/domain/dataset/canonicalRecord'
import type { KfEvent } from '@/domain/dataset/records'
import type { DatasetCache } from './datasetCache'
import type { PendingImport } from './importPreview'

/** The plan against `data` now, or null when the data was replaced or cleared since. */
export function rebaseImport(plan: PendingImport, data: DatasetCache): PendingImport | null {
  if (data.resetVersion !== plan.expectedResetVersion) return null
  const imports = plan.imports.map((row) => ({ ...row }))
  // The events are the files' added events in file order: each file's share is its `added`.
  const shares = plan.imports.map((row) => row.added)
  const events: KfEvent[] = []
  let seq = data.meta.nextSeq
  let file = 0
  let left = shares[0] ?? 0
  for (const event of plan.events) {
    while (left === 0 && file < shares.length - 1) left = shares[++file] ?? 0
    left -= 1
    const stored = data.byId.get(event.id)
    const row = imports[file]
    if (stored === undefined) {
      events.push({ ...event, seq: seq++ })
    } else if (row) {
      row.added -= 1
      if (sameRecord(stored, event)) row.duplicates += 1
      else row.conflicts += 1
    }
  }
  return { ...plan, events, imports, merged: null, expectedVersion: data.version }
}
