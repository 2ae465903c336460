/// <reference types="vite/client" />
declare module '*.vue' {
  import type { DefineComponent } from 'vue'
  const component: DefineComponent<object, object, unknown>
  export default component
}

interface ImportMetaEnv {
  /** `off`: a build without the demo's live feed (MSW and the generator are left out). */
  readonly VITE_KF_DEMO?: string
}
