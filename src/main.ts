import { createApp } from 'vue'
import { createPinia } from 'pinia'
import ElementPlus from 'element-plus'
import zhCn from 'element-plus/es/locale/lang/zh-cn'
import 'element-plus/dist/index.css'
import App from './app/App.vue'
import { router } from './app/router'
import { wireLiveFeed } from './app/liveFeedWiring'
import './app/theme.css'

const pinia = createPinia()
const app = createApp(App)
app.use(pinia)
app.use(router)
// Installed whole, in Chinese: every page may use <el-*> without importing it.
app.use(ElementPlus, { locale: zhCn })
app.mount('#app')

// What is stored (and, on first open, the demo): every page waits for it; then the live feed.
void wireLiveFeed(pinia, router)
