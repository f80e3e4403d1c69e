/**
 * Resource ids as the original builds them (alerts, metadata and charts key on them). A name
 * part is left out when the instance is named like the node.
 */
export function nodeId(instance: string, node: string): string {
  return `${instance}-${node}`;
}

export function guestId(instance: string, node: string, vmid: number): string {
  return instance === node ? `${node}-${vmid}` : `${instance}-${node}-${vmid}`;
}

export function storageId(instance: string, node: string, storage: string): string {
  return instance === node ? `${node}-${storage}` : `${instance}-${node}-${storage}`;
}

/** `/dev/nvme0n1` → `<instance>-<node>-dev-nvme0n1`. */
export function physicalDiskId(instance: string, node: string, devPath: string): string {
  return `${instance}-${node}-${devPath.replace(/^\/+/, '').replace(/\//g, '-')}`;
}
