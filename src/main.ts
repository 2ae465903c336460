import { createApp } from 'vue'
import { createPinia } from 'pinia'
import 'element-plus/dist/index.css'
import App from './app/App.vue'
import { router } from './app/router'
import { wireLiveFeed } from './app/liveFeedWiring'
import './app/theme.css'

const pinia = createPinia()
const app = createApp(App)
app.use(pinia)
app.use(router)
app.mount('#app')

// What is stored (and, on first open, the demo): every page waits for it; then the live feed.
void wireLiveFeed(pinia, router)
