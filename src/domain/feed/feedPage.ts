// One page of the live feed meets the store: every event and directory record is validated by
// the dataset's rules and the events are planned by `id` exactly like an import (importPlan.ts),
// so a replayed or overlapping page adds nothing and an invalid event is listed with its reason.
import { DEFAULT_TIMEZONE } from '../dataset/records'
import type { DirectoryKind } from '../dataset/validateDirectory'
import { planImport, type ImportPlan, type StoredEvents } from '../import/importPlan'
import { ParsedFileBuilder } from '../import/parsedFile'
import { parseEventTime } from '../time/eventTime'
import { DIRECTORY_LISTS, type FeedDirectory } from './feedContract'

export interface FeedPageInput {
  events: readonly unknown[]
  directory?: FeedDirectory
}

const KIND_OF_LIST: Record<(typeof DIRECTORY_LISTS)[number], DirectoryKind> = {
  accounts: 'account',
  servicers: 'servicer',
  groups: 'group',
  customers: 'customer',
}

/**
 * The plan for one page: `added` (new events, `seq` continuing `stored.nextSeq`), `duplicates`,
 * `conflicts` (same id, other content: the stored one is kept), `invalid` and
 * `invalidDirectory` (each with its place, e.g. 「实时数据 events 第 3 项」, and reason), and the
 * valid `directory` records to upsert. `label` names the source in those places. The feed's
 * times are instants, so the page takes the stored zone and is never refused for it.
 */
export function planFeedPage(
  page: FeedPageInput,
  stored: StoredEvents,
  label = '实时数据',
): ImportPlan {
  const builder = new ParsedFileBuilder(label, stored.timezone ?? DEFAULT_TIMEZONE, parseEventTime)
  const directory = page.directory ?? {}
  for (const list of DIRECTORY_LISTS) {
    directory[list]?.forEach((record, index) =>
      builder.addDirectory(
        KIND_OF_LIST[list],
        record,
        `${label} directory.${list} 第 ${index + 1} 项`,
      ),
    )
  }
  page.events.forEach((record, index) =>
    builder.addEvent(record, `${label} events 第 ${index + 1} 项`),
  )
  return planImport(builder.file, stored)
}
