// The one import center of the app (ImportCenter.vue, mounted once by the layout) and how any page
// asks it to open the file picker or import files it already has.
import { readonly, ref } from 'vue'

export interface ImportCenterHandlers {
  openPicker: () => void
  importFiles: (files: File[]) => void
}

let handlers: ImportCenterHandlers | null = null
const busy = ref(false)

/** ImportCenter.vue registers itself; the returned function unregisters it. */
export function registerImportCenter(next: ImportCenterHandlers): () => void {
  handlers = next
  return () => {
    if (handlers === next) handlers = null
  }
}

export function setImportBusy(value: boolean): void {
  busy.value = value
}

export function useImportCenter() {
  return {
    /** True while files are read, previewed or committed. */
    busy: readonly(busy),
    /** Opens the file picker of 「导入数据」. */
    openImportPicker(): void {
      handlers?.openPicker()
    },
    importFiles(files: File[]): void {
      handlers?.importFiles(files)
    },
    /** False until the layout has mounted the import center. */
    available(): boolean {
      return handlers !== null
    },
  }
}
