export type StatusTone = 'ok' | 'warn' | 'off' | 'danger';

const TONES: Record<string, StatusTone> = {
  running: 'ok',
  online: 'ok',
  available: 'ok',
  healthy: 'ok',
  active: 'ok',
  ok: 'ok',
  paused: 'warn',
  suspended: 'warn',
  degraded: 'warn',
  unknown: 'warn',
  stopped: 'off',
  offline: 'off',
  inactive: 'off',
  disabled: 'off',
  unavailable: 'danger',
  error: 'danger',
  failed: 'danger',
};

/** The colour family of a Proxmox status word; unfamiliar words count as warnings. */
export function statusTone(status: string): StatusTone {
  return TONES[status.toLowerCase()] ?? 'warn';
}
