import { Route } from '@angular/router';

export const appRoutes: Route[] = [
  { path: '', pathMatch: 'full', redirectTo: 'dashboard' },
  {
    path: 'dashboard',
    title: 'Dashboard',
    loadComponent: () => import('./pages/dashboard/dashboard.page').then((m) => m.DashboardPage),
  },
  {
    path: 'guests/:id',
    title: 'Guest',
    data: { kind: 'guest' },
    loadComponent: () => import('./pages/resource/resource.page').then((m) => m.ResourcePage),
  },
  {
    path: 'nodes/:id',
    title: 'Node',
    data: { kind: 'node' },
    loadComponent: () => import('./pages/resource/resource.page').then((m) => m.ResourcePage),
  },
  {
    path: 'storage',
    title: 'Storage',
    loadComponent: () => import('./pages/storage/storage.page').then((m) => m.StoragePage),
  },
  {
    path: 'storage/:id',
    title: 'Storage',
    data: { kind: 'storage' },
    loadComponent: () => import('./pages/resource/resource.page').then((m) => m.ResourcePage),
  },
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
