// 导入: read every file, plan it against what is stored (and the files before it), and judge
// the warnings on the merged dataset — all before anything is written.
import type { Directory, KfEvent } from '@/domain/dataset/records'
import type { DirectoryRecord } from '@/domain/dataset/validateDirectory'
import { DatasetRefused } from '@/domain/import/datasetRefused'
import { planImport } from '@/domain/import/importPlan'
import { collectWarnings } from '@/domain/import/importWarnings'
import { emptyDirectory, upsertDirectory } from '@/domain/import/memoryDataset'
import { readDatasetFile, type DatasetSource } from '@/domain/import/readDatasetFile'
import { inProcessingOrder } from '@/domain/replay/processingOrder'
import { createReplayer, type Replayer } from '@/domain/replay/replayEvents'
import type { ImportRow } from '@/db/kfDatabase'
import { recordText } from './recordText'
import type { ImportPreview, ImportPreviewFile, ImportProblem } from './analyticsTypes'
import type { DatasetCache } from './datasetCache'

/** Problems listed in the preview (all of them are counted). */
export const MAX_LISTED_PROBLEMS = 50_000

export interface PendingImport {
  token: string
  expectedVersion: number
  /** The data's resetVersion when previewed: while it stays, the data has only grown since. */
  expectedResetVersion: number
  timezone: string
  /** The stored data is the demo: a user's import replaces it. */
  replacesDemo: boolean
  events: KfEvent[]
  directory: DirectoryRecord[]
  imports: Omit<ImportRow, 'id'>[]
  /**
   * The replay of the dataset as it will be once committed (made to judge the warnings): the
   * cache adopts it instead of replaying everything again.
   */
  merged: { directory: Directory; replayer: Replayer; addedById: Map<string, KfEvent> } | null
}

export interface NamedSource extends DatasetSource {
  size: number
}

export async function previewImport(
  cache: DatasetCache,
  sources: NamedSource[],
  onFileProgress: (source: NamedSource, progress: { bytes: number; events: number }) => void,
  token: string,
): Promise<{ preview: ImportPreview; pending: PendingImport }> {
  const replacesDemo = cache.meta.isDemo
  const storedEvents = replacesDemo ? [] : cache.events
  const byId = replacesDemo ? new Map<string, KfEvent>() : cache.byId
  let timezone = replacesDemo ? null : cache.meta.timezone
  let nextSeq = replacesDemo ? 0 : cache.meta.nextSeq
  const addedById = new Map<string, KfEvent>()
  const added: KfEvent[] = []
  const directory: DirectoryRecord[] = []
  const imports: Omit<ImportRow, 'id'>[] = []
  const files: ImportPreviewFile[] = []
  const problems: ImportProblem[] = []
  const list = (problem: ImportProblem): void => {
    if (problems.length < MAX_LISTED_PROBLEMS) problems.push(problem)
  }

  for (const source of sources) {
    const file: ImportPreviewFile = {
      fileName: source.name,
      size: source.size,
      read: 0,
      added: 0,
      duplicates: 0,
      conflicts: 0,
      invalid: 0,
      directoryRecords: 0,
    }
    files.push(file)
    try {
      const parsed = await readDatasetFile(source, (progress) => onFileProgress(source, progress))
      const plan = planImport(parsed, { timezone, find: (id) => byId.get(id), nextSeq }, addedById)
      timezone = plan.timezone
      nextSeq += plan.added.length
      for (const event of plan.added) added.push(event)
      // (a loop: spreading a directory of 100k+ customers into push() overflows the stack)
      for (const record of plan.directory) directory.push(record)
      Object.assign(file, {
        read: plan.read,
        added: plan.added.length,
        duplicates: plan.duplicates,
        conflicts: plan.conflicts.length,
        invalid: plan.invalid.length,
        directoryRecords: plan.directory.length,
      })
      imports.push({
        fileName: source.name,
        size: source.size,
        added: plan.added.length,
        duplicates: plan.duplicates,
        conflicts: plan.conflicts.length,
        invalid: plan.invalid.length,
        importedAt: 0,
      })
      for (const problem of plan.invalid) {
        list({
          fileName: source.name,
          place: problem.place,
          reason: problem.reason,
          record: recordText(problem.record),
        })
      }
      for (const problem of plan.invalidDirectory) {
        list({
          fileName: source.name,
          place: problem.place,
          reason: `目录记录无效:${problem.reason}`,
          record: recordText(problem.record),
        })
      }
      for (const conflict of plan.conflicts) {
        list({
          fileName: source.name,
          place: `事件 id「${conflict.incoming.id}」`,
          reason: '冲突:已有相同 id 但内容不同的事件,保留先导入的记录',
          record: recordText({ 已有: conflict.stored, 本次: conflict.incoming }),
        })
      }
    } catch (error) {
      if (!(error instanceof DatasetRefused)) throw error
      file.refused = error.message
      list({ fileName: source.name, place: '整个文件', reason: error.message })
    }
  }

  // Warnings are judged on the merged dataset; the preview lists those of the new events.
  let warnings = 0
  let merged: PendingImport['merged'] = null
  if (added.length > 0) {
    const mergedDirectory = emptyDirectory()
    if (!replacesDemo) upsertDirectory(mergedDirectory, cache.directoryRecords())
    upsertDirectory(mergedDirectory, directory)
    const replayer = createReplayer(mergedDirectory)
    replayer.add(inProcessingOrder(storedEvents.concat(added)))
    merged = { directory: mergedDirectory, replayer, addedById }
    const found = collectWarnings(added, mergedDirectory, replayer.replay)
    warnings = found.size
    for (const [id, reasons] of found) {
      list({ fileName: '', place: `事件 id「${id}」`, reason: `警告(已导入):${reasons.join(';')}` })
    }
  }

  const pending: PendingImport = {
    token,
    expectedVersion: cache.version,
    expectedResetVersion: cache.resetVersion,
    timezone: timezone ?? cache.timezone,
    replacesDemo,
    events: added,
    directory,
    imports,
    merged,
  }
  const canCommit = files.some(
    (file) => file.refused === undefined && (file.added > 0 || file.directoryRecords > 0),
  )
  return {
    preview: { token, files, problems, warnings, canCommit, replacesDemo } as ImportPreview,
    pending,
  }
}
