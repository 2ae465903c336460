// Hand-worked report cases: each input is small enough that its figures are worked out by hand
// from ../shared/spec/metrics.md and data-format.md and written here, never copied from output.
import type { Report, ReportArgs } from '../../src/domain/report/reportTypes'

export type DeepPartial<T> = T extends (infer U)[]
  ? DeepPartial<U>[]
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T

/** A file as the user gives it: a dataset object (written as JSON), or the file's exact text. */
export type CaseInput = { name: string; dataset: unknown } | { name: string; text: string }

export interface ReportCase {
  /** The rule the case pins, in the spec's words. */
  name: string
  inputs: CaseInput[]
  args?: ReportArgs
  /**
   * A subset of the report: objects are matched on the keys given, arrays element by element
   * and on their length (vitest's toMatchObject). `refused` expects the import to refuse the
   * input whole, with a reason that matches.
   */
  expect: DeepPartial<Report> | { refused: RegExp }
}
