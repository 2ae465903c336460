// Datasets for the browser tests, and the report that their figures must equal.
import { generateDataset, type GenerateOptions } from '../../mocks/demoDataset/generateDataset'
import { bytesSource } from '../../src/domain/import/readDatasetFile'
import type { Report, ReportArgs } from '../../src/domain/report/reportTypes'
import { runReport } from '../../src/domain/report/runReport'

/** A generated dataset as NDJSON text (meta, directory, events). */
export function generatedNdjson(options: GenerateOptions): string {
  const dataset = generateDataset(options)
  const lines: unknown[] = [{ record: 'meta', ...dataset.meta }]
  const d = dataset.directory
  for (const value of d.accounts) lines.push({ record: 'account', ...value })
  for (const value of d.servicers) lines.push({ record: 'servicer', ...value })
  for (const value of d.groups) lines.push({ record: 'group', ...value })
  for (const value of d.customers) lines.push({ record: 'customer', ...value })
  for (const event of dataset.events()) lines.push({ record: 'event', ...event })
  return lines.map((line) => JSON.stringify(line)).join('\n') + '\n'
}

export async function reportOf(name: string, text: string, args: ReportArgs): Promise<Report> {
  const outcome = await runReport([bytesSource(name, new TextEncoder().encode(text))], args)
  if (!outcome.ok) throw new Error(outcome.reason)
  return outcome.report
}
