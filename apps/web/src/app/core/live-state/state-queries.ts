import { StateSnapshot } from '@pulse/contracts';

/** `connectionHealth` keys of everything that is not a PVE instance. */
const OTHER_SOURCES = /^(pbs|pmg|docker|host)-/;

/** True once a Proxmox VE instance is configured, even before its first poll. */
export function hasPveInstance(state: StateSnapshot): boolean {
  const keys = Object.keys(state.connectionHealth);

  return state.nodes.length > 0 || keys.some((key) => !OTHER_SOURCES.test(key));
}

/** Names of the PVE instances whose last poll failed. */
export function unreachablePveInstances(state: StateSnapshot): string[] {
  return Object.entries(state.connectionHealth)
    .filter(([key, healthy]) => !healthy && !OTHER_SOURCES.test(key))
    .map(([key]) => key)
    .sort();
}

/** True once a Proxmox Backup Server is configured, even before its first poll. */
export function hasPbsInstance(state: StateSnapshot): boolean {
  const keys = Object.keys(state.connectionHealth);

  return state.pbs.length > 0 || keys.some((key) => key.startsWith('pbs-'));
}
