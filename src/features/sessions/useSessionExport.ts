// 导出列表 of 会话记录: fetch every filtered row from the worker, then write XLSX or CSV.
import { ref } from 'vue'
import { ElMessage } from 'element-plus'
import { exportRows } from '@/components/exportTable'
import { useDatasetStore } from '@/stores/datasetStore'
import { analytics } from '@/workers/analyticsClient'
import { drillDownLabel } from './drillDown'
import { sessionExportHeaders, sessionExportRow } from './sessionColumns'
import {
  exportFileName,
  exportTitle,
  fetchAllSessions,
  type SessionListQuery,
} from './sessionExport'

export type ExportFormat = 'xlsx' | 'csv'

export function useSessionExport() {
  const dataset = useDatasetStore()
  const exporting = ref(false)
  const done = ref(0)
  const total = ref(0)

  async function run(query: SessionListQuery, format: ExportFormat): Promise<void> {
    if (exporting.value) return
    exporting.value = true
    done.value = 0
    total.value = 0
    try {
      const { rows, range } = await fetchAllSessions(
        (q) => analytics.sessions(q),
        query,
        (n, all) => {
          done.value = n
          total.value = all
        },
      )
      if (rows.length === 0) {
        ElMessage.info('没有符合条件的会话,无需导出')
        return
      }
      const clock = dataset.clock
      const groupName = (id: string): string =>
        dataset.status?.groups.find((g) => g.group_id === id)?.name ?? id
      await exportRows({
        fileName: exportFileName(range),
        title: exportTitle(query, range, {
          account: dataset.accountName,
          servicer: dataset.servicerName,
          group: groupName,
          metric: drillDownLabel,
        }),
        headers: sessionExportHeaders(),
        rows: rows.map((row) => sessionExportRow(row, clock)),
        format,
      })
      ElMessage.success(`已导出 ${rows.length.toLocaleString('zh-CN')} 个会话`)
    } catch (e) {
      ElMessage.error(`导出失败:${e instanceof Error ? e.message : String(e)}`)
    } finally {
      exporting.value = false
    }
  }

  return { exporting, done, total, run }
}
