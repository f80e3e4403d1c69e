import { Route } from '@angular/router';
import type { ResourceKindName } from './pages/resource/resource-kinds';

/** The history page of one guest, node or storage (see `pages/resource/resource-kinds.ts`). */
function resourceRoute(path: string, title: string, kind: ResourceKindName): Route {
  return {
    path,
    title,
    data: { kind },
    loadComponent: () => import('./pages/resource/resource.page').then((m) => m.ResourcePage),
  };
}

export const appRoutes: Route[] = [
  { path: '', pathMatch: 'full', redirectTo: 'dashboard' },
  {
    path: 'dashboard',
    title: 'Dashboard',
    loadComponent: () => import('./pages/dashboard/dashboard.page').then((m) => m.DashboardPage),
  },
  resourceRoute('guests/:id', 'Guest', 'guest'),
  resourceRoute('nodes/:id', 'Node', 'node'),
  {
    path: 'storage',
    title: 'Storage',
    loadComponent: () => import('./pages/storage/storage.page').then((m) => m.StoragePage),
  },
  resourceRoute('storage/:id', 'Storage', 'storage'),
  {
    path: 'backups',
    title: 'Backups',
    loadComponent: () => import('./pages/backups/backups.page').then((m) => m.BackupsPage),
  },
  {
    path: 'docker',
    title: 'Docker',
    loadComponent: () => import('./pages/docker/docker.page').then((m) => m.DockerPage),
  },
  {
    path: 'hosts',
    title: 'Hosts',
    loadComponent: () => import('./pages/hosts/hosts.page').then((m) => m.HostsPage),
  },
  {
    path: 'alerts',
    title: 'Alerts',
    loadComponent: () => import('./pages/alerts/alerts.page').then((m) => m.AlertsPage),
  },
  {
    path: 'settings',
    title: 'Settings',
    loadComponent: () => import('./pages/settings/settings.page').then((m) => m.SettingsPage),
  },
  {
    path: '**',
    title: 'Page not found',
    loadComponent: () => import('./pages/not-found/not-found.page').then((m) => m.NotFoundPage),
  },
];
