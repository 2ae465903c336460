// A dataset held in memory: what the report CLI and the tests import into. The app's Dexie
// store follows the same plan (importPlan.ts) inside one transaction.
import type { Account, Customer, Directory, Group, KfEvent, Servicer } from '../dataset/records'
import { DEFAULT_TIMEZONE } from '../dataset/records'
import type { DirectoryRecord } from '../dataset/validateDirectory'
import { planImport, type ImportPlan } from './importPlan'
import type { ParsedFile } from './parsedFile'

export function emptyDirectory(): Directory {
  return { accounts: new Map(), servicers: new Map(), groups: new Map(), customers: new Map() }
}

/** A directory's tables as lists: a Directory's maps (`directoryLists`) or a file's arrays. */
export interface DirectoryLists {
  accounts: Iterable<Account>
  servicers: Iterable<Servicer>
  groups: Iterable<Group>
  customers: Iterable<Customer>
}

export function directoryLists(directory: Directory): DirectoryLists {
  return {
    accounts: directory.accounts.values(),
    servicers: directory.servicers.values(),
    groups: directory.groups.values(),
    customers: directory.customers.values(),
  }
}

/** Every record, table by table in directory order (accounts, servicers, groups, customers). */
export function directoryRecords(lists: DirectoryLists): DirectoryRecord[] {
  const records: DirectoryRecord[] = []
  for (const value of lists.accounts) records.push({ kind: 'account', value })
  for (const value of lists.servicers) records.push({ kind: 'servicer', value })
  for (const value of lists.groups) records.push({ kind: 'group', value })
  for (const value of lists.customers) records.push({ kind: 'customer', value })
  return records
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
