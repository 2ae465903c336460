// Runs every hand-worked case of ./cases through the same path as `npm run report`.
import { describe, expect, it } from 'vitest'
import { bytesSource } from '../../src/domain/import/readDatasetFile'
import { runReport } from '../../src/domain/report/runReport'
import type { CaseInput, ReportCase } from './caseTypes'

const modules = import.meta.glob<{ default: ReportCase[] }>('./cases/*.cases.ts', { eager: true })

function toSource(input: CaseInput) {
  const text = 'text' in input ? input.text : JSON.stringify(input.dataset)
  return bytesSource(input.name, new TextEncoder().encode(text))
}

for (const [file, module] of Object.entries(modules)) {
  describe(file.replace('./cases/', ''), () => {
    for (const reportCase of module.default) {
      it(reportCase.name, async () => {
        const outcome = await runReport(reportCase.inputs.map(toSource), reportCase.args ?? {})
        if ('refused' in reportCase.expect) {
          expect(outcome.ok, 'the input should be refused whole').toBe(false)
          if (!outcome.ok) expect(outcome.reason).toMatch(reportCase.expect.refused)
          return
        }
        if (!outcome.ok) throw new Error(`refused: ${outcome.reason}`)
        expect(outcome.report).toMatchObject(reportCase.expect)
      })
    }
  })
}
