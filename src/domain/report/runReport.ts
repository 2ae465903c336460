// `npm run report`: import every input, in order, into an empty dataset; replay; report.
import { DatasetRefused } from '../import/datasetRefused'
import { collectWarnings } from '../import/importWarnings'
import { MemoryDataset } from '../import/memoryDataset'
import { readDatasetFile, type DatasetSource, type ReadOptions } from '../import/readDatasetFile'
import { inProcessingOrder } from '../replay/processingOrder'
import { replayEvents } from '../replay/replayEvents'
import { buildReport, ReportArgumentError } from './buildReport'
import type { ImportCounters, Report, ReportArgs } from './reportTypes'

export type ReportOutcome = { ok: true; report: Report } | { ok: false; reason: string }

export async function importSources(
  sources: readonly DatasetSource[],
  readOptions: ReadOptions = {},
): Promise<{ dataset: MemoryDataset; counters: ImportCounters }> {
  const dataset = new MemoryDataset()
  const counters: ImportCounters = {
    read: 0,
    added: 0,
    duplicates: 0,
    conflicts: 0,
    invalid: 0,
    warnings: 0,
  }
  for (const source of sources) {
    let plan
    try {
      plan = dataset.plan(await readDatasetFile(source, undefined, readOptions))
    } catch (error) {
      if (error instanceof DatasetRefused) {
        throw new DatasetRefused(`文件「${source.name}」无法导入:${error.message}`)
      }
      throw error
    }
    dataset.commit(plan)
    counters.read += plan.read
    counters.added += plan.added.length
    counters.duplicates += plan.duplicates
    counters.conflicts += plan.conflicts.length
    counters.invalid += plan.invalid.length
  }
  return { dataset, counters }
}

export async function runReport(
  sources: readonly DatasetSource[],
  args: ReportArgs,
  readOptions: ReadOptions = {},
): Promise<ReportOutcome> {
  try {
    const { dataset, counters } = await importSources(sources, readOptions)
    const replay = replayEvents(inProcessingOrder(dataset.events), dataset.directory)
    counters.warnings = collectWarnings(dataset.events, dataset.directory, replay).size
    const report = buildReport(
      { timezone: dataset.zone, directory: dataset.directory, replay, counters },
      args,
    )
    return { ok: true, report }
  } catch (error) {
    if (error instanceof DatasetRefused || error instanceof ReportArgumentError) {
      return { ok: false, reason: error.message }
    }
    throw error
  }
}
