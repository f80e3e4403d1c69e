export interface NavItem {
  label: string;
  path: string;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { label: 'Dashboard', path: '/dashboard' },
  { label: 'Storage', path: '/storage' },
  { label: 'Backups', path: '/backups' },
  { label: 'Docker', path: '/docker' },
  { label: 'Hosts', path: '/hosts' },
  { label: 'Alerts', path: '/alerts' },
  { label: 'Settings', path: '/settings' },
];
