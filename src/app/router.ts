// The pages, as data: path, menu title and the page component (loaded when first opened).
// Hash history: the built dist/ works from any static host and any sub-path, with no rewrites.
import { createRouter, createWebHashHistory, type RouteRecordRaw } from 'vue-router'

declare module 'vue-router' {
  interface RouteMeta {
    /** The page's name in the menu and the breadcrumbs. */
    title?: string
    /** The page reads the shared filters (range, account, group, at): menu links carry them. */
    sharesFilters?: boolean
  }
}

export const routes: RouteRecordRaw[] = [
  // The board opens first, as in WeChat's 客服统计: the page a team lead keeps open all day.
  { path: '/', redirect: '/realtime' },
  {
    path: '/realtime',
    name: 'realtime',
    meta: { title: '实时看板' },
    component: () => import('@/features/realtime/RealtimePage.vue'),
  },
  {
    path: '/overview',
    name: 'overview',
    meta: { title: '数据总览', sharesFilters: true },
    component: () => import('@/features/overview/OverviewPage.vue'),
  },
  {
    path: '/staff',
    name: 'staff',
    meta: { title: '员工统计', sharesFilters: true },
    component: () => import('@/features/staff/StaffPage.vue'),
  },
  {
    path: '/sessions',
    name: 'sessions',
    meta: { title: '会话记录', sharesFilters: true },
    component: () => import('@/features/sessions/SessionsPage.vue'),
  },
  {
    path: '/data',
    name: 'data',
    meta: { title: '数据管理' },
    component: () => import('@/features/data/DataPage.vue'),
  },
  { path: '/:pathMatch(.*)*', redirect: '/realtime' },
]

export const router = createRouter({
  history: createWebHashHistory(),
  routes,
})
