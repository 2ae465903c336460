// Warnings are judged on the whole stored dataset: the directory as it stands, and the replay.
import type { Directory, KfEvent } from '../dataset/records'
import type { Replay } from '../replay/replayTypes'
import { directoryWarnings } from './directoryWarnings'

export function collectWarnings(
  events: readonly KfEvent[],
  directory: Directory,
  replay: Replay,
): Map<string, string[]> {
  const warnings = new Map<string, string[]>()
  for (const event of events) {
    const reasons = [
      ...directoryWarnings(event, directory),
      ...(replay.warnings.get(event.id) ?? []),
    ]
    if (reasons.length > 0) warnings.set(event.id, reasons)
  }
  return warnings
}
