import { GuestSummary, NodeSummary, SimulatorControl } from './control/simulator-control';
import { FaultController } from './faults/fault-controller';
import { ApiError } from './http/api-error';
import { PbsModel } from './pbs/pbs-model';
import { PmgModel } from './pmg/pmg-model';
import { GuestLifecycle } from './pve/model/guest-lifecycle';
import { LiveUpdater } from './pve/model/live-updater';
import { PveCluster } from './pve/model/pve-cluster';
import { Guest } from './pve/model/pve.types';

export interface RuntimeParts {
  cluster: PveCluster;
  lifecycle: GuestLifecycle;
  updater: LiveUpdater;
  pbs: PbsModel;
  pmg: PmgModel;
  faults: FaultController;
  tickSeconds: number;
  describe: () => Record<string, unknown>;
}

/** Ticks and scripted changes, shared by the programmatic API and the control listener. */
export class SimulatorRuntime implements SimulatorControl {
  readonly faults: FaultController;
  private tickCount = 0;

  constructor(private readonly parts: RuntimeParts) {
    this.faults = parts.faults;
  }

  get ticks(): number {
    return this.tickCount;
  }

  tick(): void {
    this.parts.updater.tick(this.parts.tickSeconds);
    this.parts.pbs.tick();
    this.parts.pmg.tick();
    this.tickCount++;
  }

  tickTimes(count: number): { ticks: number } {
    if (!Number.isInteger(count) || count < 1 || count > 10000) {
      throw new ApiError(400, 'count must be an integer between 1 and 10000');
    }
    for (let i = 0; i < count; i++) this.tick();

    return { ticks: this.tickCount };
  }

  info(): Record<string, unknown> {
    return { ...this.parts.describe(), ticks: this.tickCount };
  }

  inventory(): { nodes: NodeSummary[]; guests: GuestSummary[] } {
    const { cluster } = this.parts;

    return {
      nodes: cluster.nodes.map((node) => ({
        name: node.name,
        ip: node.ip,
        online: cluster.isNodeOnline(node.name),
      })),
      guests: cluster.guests.map(summary),
    };
  }

  guestAction(vmid: number, action: string): GuestSummary {
    const guest = this.guest(vmid);
    if (action === 'start') this.parts.lifecycle.start(guest);
    else if (action === 'stop') this.parts.lifecycle.stop(guest);
    else throw new ApiError(400, `unknown action ${action}`);

    return summary(guest);
  }

  migrate(vmid: number, target: unknown): GuestSummary {
    if (typeof target !== 'string' || target.length === 0) {
      throw new ApiError(400, 'target must be a node name');
    }
    const guest = this.guest(vmid);
    this.parts.lifecycle.migrate(guest, target);

    return summary(guest);
  }

  private guest(vmid: number): Guest {
    const guest = this.parts.cluster.guest(vmid);
    if (!guest) throw new ApiError(404, `no guest ${vmid}`);

    return guest;
  }
}

function summary(guest: Guest): GuestSummary {
  return {
    vmid: guest.vmid,
    type: guest.type,
    name: guest.name,
    node: guest.node,
    status: guest.status,
    template: guest.template,
  };
}
