// The stored dataset written back as kf-dataset NDJSON (data-format.md): the meta line, the
// directory in directory order, then every event in input order with the fields it was read with
// (unknown fields included; `time` as Unix seconds). Importing it again gives the same dataset,
// so `npm run report` can be run over exactly what the app holds.
import type { KfEvent } from './records'
import type { DirectoryRecord } from './validateDirectory'

/** The NDJSON lines, without newlines. */
export function* datasetNdjsonLines(
  timezone: string,
  directory: Iterable<DirectoryRecord>,
  events: Iterable<KfEvent>,
): Generator<string, void, undefined> {
  yield JSON.stringify({ record: 'meta', format: 'kf-dataset', version: 1, timezone })
  for (const entry of directory) yield JSON.stringify({ record: entry.kind, ...entry.value })
  for (const event of events) {
    const { seq: _seq, extra, ...fields } = event
    yield JSON.stringify({ record: 'event', ...extra, ...fields })
  }
}
