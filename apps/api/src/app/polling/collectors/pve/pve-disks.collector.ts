import type { PhysicalDisk } from '@pulse/contracts';

import type { PveDisk, PveSmart } from '../../../upstream';
import { mapSettled } from '../shared/concurrency';
import { warningOf } from '../shared/errors';
import type { PveCycle } from './pve-cycle';
import { toPhysicalDisk } from './pve-disks.normalize';

/**
 * Physical disks of every online node with SMART health, wear and temperature (slow cycles only).
 * A node that is offline or fails keeps the disks it last reported.
 */
export class PveDisksCollector {
  private readonly byNode = new Map<string, PhysicalDisk[]>();

  async collect(cycle: PveCycle, nodes: readonly string[], online: ReadonlySet<string>) {
    const reachable = nodes.filter((node) => online.has(node));
    const results = await mapSettled(
      reachable,
      cycle.options.nodeConcurrency,
      (node) => this.readNode(cycle, node),
      cycle.signal,
    );
    results.forEach((result, i) => {
      if (result.status === 'fulfilled') {
        this.byNode.set(reachable[i], result.value);
      } else {
        cycle.warnings.push(warningOf(`Disks of node ${reachable[i]}`, result.reason));
      }
    });
    for (const node of this.byNode.keys()) {
      if (!nodes.includes(node)) this.byNode.delete(node);
    }

    return nodes.flatMap((node) => this.byNode.get(node) ?? []);
  }

  private async readNode(cycle: PveCycle, node: string): Promise<PhysicalDisk[]> {
    const disks = await cycle.client.disks.list(node);
    const smart = await mapSettled(disks, 2, (disk) => this.smart(cycle, node, disk));

    return disks.map((disk, i) =>
      toPhysicalDisk({
        instance: cycle.target.name,
        node,
        disk,
        smart: smart[i].status === 'fulfilled' ? smart[i].value : undefined,
        now: cycle.now,
      }),
    );
  }

  /** SMART adds temperature (and wear when the list lacks it); a failure only loses those. */
  private smart(cycle: PveCycle, node: string, disk: PveDisk): Promise<PveSmart> {
    return cycle.client.disks.smart(node, disk.devpath);
  }
}
