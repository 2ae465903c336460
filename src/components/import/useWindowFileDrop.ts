// Files dropped anywhere on the page: window-level listeners (removed when the scope ends) and
// `dragging` while files are held over the window, for the full-page overlay.
import { onMounted, onScopeDispose, ref } from 'vue'

function carriesFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files')
}

export function useWindowFileDrop(onFiles: (files: File[]) => void) {
  const dragging = ref(false)
  let depth = 0

  const stop = (): void => {
    depth = 0
    dragging.value = false
  }

  function onDragEnter(event: DragEvent): void {
    if (!carriesFiles(event)) return
    event.preventDefault()
    depth += 1
    dragging.value = true
  }

  function onDragOver(event: DragEvent): void {
    if (!carriesFiles(event)) return
    event.preventDefault()
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy'
    dragging.value = true
  }

  function onDragLeave(event: DragEvent): void {
    if (!carriesFiles(event)) return
    // Moving between elements enters the next one before leaving the last: 0 is outside.
    depth = Math.max(0, depth - 1)
    if (depth === 0) dragging.value = false
  }

  function onDrop(event: DragEvent): void {
    if (!carriesFiles(event)) return
    event.preventDefault()
    stop()
    const files = Array.from(event.dataTransfer?.files ?? [])
    if (files.length > 0) onFiles(files)
  }

  const listeners: [string, (event: DragEvent) => void][] = [
    ['dragenter', onDragEnter],
    ['dragover', onDragOver],
    ['dragleave', onDragLeave],
    ['drop', onDrop],
    ['dragend', stop],
  ]

  onMounted(() => {
    for (const [name, listener] of listeners)
      window.addEventListener(name, listener as EventListener)
  })
  onScopeDispose(() => {
    for (const [name, listener] of listeners)
      window.removeEventListener(name, listener as EventListener)
  })

  return { dragging }
}
