// A dataset held in memory: what the report CLI and the tests import into. The app's Dexie
// store follows the same plan (importPlan.ts) inside one transaction.
import type { Directory, KfEvent } from '../dataset/records'
import { DEFAULT_TIMEZONE } from '../dataset/records'
import type { DirectoryRecord } from '../dataset/validateDirectory'
import { planImport, type ImportPlan } from './importPlan'
import type { ParsedFile } from './parsedFile'

export function emptyDirectory(): Directory {
  return { accounts: new Map(), servicers: new Map(), groups: new Map(), customers: new Map() }
}

/** Upserts by key; an upsert replaces the whole record; groups keep first-appearance order. */
export function upsertDirectory(directory: Directory, records: readonly DirectoryRecord[]): void {
  for (const record of records) {
    switch (record.kind) {
      case 'account':
        directory.accounts.set(record.value.open_kfid, record.value)
        break
      case 'servicer':
        directory.servicers.set(record.value.userid, record.value)
        break
      case 'group':
        directory.groups.set(record.value.group_id, record.value)
        break
      case 'customer':
        directory.customers.set(record.value.external_userid, record.value)
        break
    }
  }
}

export class MemoryDataset {
  timezone: string | null = null
  readonly events: KfEvent[] = []
  readonly directory: Directory = emptyDirectory()
  private byId = new Map<string, KfEvent>()

  get zone(): string {
    return this.timezone ?? DEFAULT_TIMEZONE
  }

  plan(parsed: ParsedFile): ImportPlan {
    return planImport(parsed, {
      timezone: this.timezone,
      find: (id) => this.byId.get(id),
      nextSeq: this.events.length,
    })
  }

  commit(plan: ImportPlan): void {
    this.timezone = plan.timezone
    if (this.byId.size === 0) this.byId = plan.addedById
    else for (const event of plan.added) this.byId.set(event.id, event)
    for (const event of plan.added) this.events.push(event)
    upsertDirectory(this.directory, plan.directory)
  }
}
