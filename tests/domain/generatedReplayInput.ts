// The generator's dataset as validated events and a directory, for tests of the replay on
// realistic traffic.
import { generateDataset, type GenerateOptions } from '../../mocks/demoDataset/generateDataset'
import type { KfEvent } from '../../src/domain/dataset/records'
import { validateEvent } from '../../src/domain/dataset/validateEvent'
import {
  directoryRecords,
  emptyDirectory,
  upsertDirectory,
} from '../../src/domain/import/memoryDataset'
import { parseEventTime } from '../../src/domain/time/eventTime'

export function generatedReplayInput(options: GenerateOptions) {
  const dataset = generateDataset(options)
  const events: KfEvent[] = []
  for (const raw of dataset.events()) {
    const check = validateEvent(raw, events.length, parseEventTime)
    if (!check.ok) throw new Error(check.reason)
    events.push(check.event)
  }
  const directory = emptyDirectory()
  upsertDirectory(directory, directoryRecords(dataset.directory))
  return { events, directory }
}
