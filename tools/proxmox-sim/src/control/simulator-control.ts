import { FaultController } from '../faults/fault-controller';

export interface GuestSummary {
  vmid: number;
  type: 'qemu' | 'lxc';
  name: string;
  node: string;
  status: string;
  template: boolean;
}

export interface NodeSummary {
  name: string;
  ip: string;
  online: boolean;
}

/** What the control API may do to a running simulator. */
export interface SimulatorControl {
  faults: FaultController;
  info(): Record<string, unknown>;
  inventory(): { nodes: NodeSummary[]; guests: GuestSummary[] };
  tickTimes(count: number): { ticks: number };
  guestAction(vmid: number, action: string): GuestSummary;
  migrate(vmid: number, target: unknown): GuestSummary;
}
