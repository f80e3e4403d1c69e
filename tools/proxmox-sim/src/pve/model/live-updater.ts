import { clamp, Prng } from '../../core/prng';
import { GiB, MiB } from '../../core/units';
import { GuestLifecycle } from './guest-lifecycle';
import { backupStorageFor } from './pve-builder';
import { PveCluster } from './pve-cluster';
import { Guest, PveNode } from './pve.types';

/** Moves live data one step: guest load, counters, random lifecycle events, node totals. */
export class LiveUpdater {
  private pendingBackups: Array<() => void> = [];

  constructor(
    private readonly cluster: PveCluster,
    private readonly lifecycle: GuestLifecycle,
    private readonly rng: Prng,
  ) {}

  tick(seconds: number): void {
    this.cluster.batch(() => {
      const finishing = this.pendingBackups;
      this.pendingBackups = [];
      for (const finish of finishing) finish();
      for (const guest of this.cluster.guests) {
        if (!this.cluster.isNodeOnline(guest.node)) continue;
        if (!guest.template) this.maybeEvent(guest);
        if (guest.status === 'running') this.moveGuest(guest, seconds);
      }
      this.cluster.touch();
    });
    this.refreshNodes();
  }

  /** Node CPU and memory follow the guests they host. */
  refreshNodes(): void {
    for (const node of this.cluster.nodes) {
      let cores = 0;
      let mem = 0;
      for (const guest of this.cluster.guestsOn(node.name)) {
        cores += guest.cpu * guest.maxcpu;
        mem += guest.mem;
      }
      this.moveNode(node, cores, mem);
    }
  }

  private maybeEvent(guest: Guest): void {
    const events = this.cluster.scenario.events;
    const running = guest.status === 'running';
    if (running && this.rng.chance(events.stop)) {
      this.lifecycle.stop(guest);
    } else if (!running && this.rng.chance(events.start)) {
      this.lifecycle.start(guest);
    } else if (running && this.rng.chance(events.migrate)) {
      this.migrateSomewhere(guest);
    } else if (this.rng.chance(events.backup)) {
      const storage = backupStorageFor(this.cluster, guest);
      this.pendingBackups.push(this.lifecycle.beginBackup(guest, storage));
    }
  }

  private migrateSomewhere(guest: Guest): void {
    const targets = this.cluster.nodes.filter(
      (node) => node.name !== guest.node && this.cluster.isNodeOnline(node.name),
    );
    if (targets.length > 0) this.lifecycle.migrate(guest, this.rng.pick(targets).name);
  }

  private moveGuest(guest: Guest, seconds: number): void {
    const rng = this.rng;
    if (rng.chance(0.02)) guest.cpuTarget = clamp(rng.next() ** 2.5 * 0.8, 0.005, 0.9);
    const noise = rng.jitter(0, 0.05 * (0.2 + guest.cpuTarget));
    guest.cpu = clamp(guest.cpu + 0.3 * (guest.cpuTarget - guest.cpu) + noise, 0.001, 1);
    const memGoal = guest.maxmem * guest.memTarget;
    const memNoise = rng.jitter(0, 0.01 * guest.maxmem);
    guest.mem = Math.round(
      clamp(
        guest.mem + 0.2 * (memGoal - guest.mem) + memNoise,
        0.05 * guest.maxmem,
        0.98 * guest.maxmem,
      ),
    );
    const activity = (0.3 + guest.cpu * 2) * seconds;
    const c = guest.counters;
    c.netin += Math.round(guest.rates.netin * activity * rng.between(0.5, 1.5));
    c.netout += Math.round(guest.rates.netout * activity * rng.between(0.5, 1.5));
    c.diskread += Math.round(guest.rates.diskread * activity * rng.between(0.2, 1.8));
    const written = Math.round(guest.rates.diskwrite * activity * rng.between(0.5, 1.5));
    c.diskwrite += written;
    guest.diskUsed = Math.min(
      Math.round(guest.maxdisk * 0.97),
      guest.diskUsed + Math.round(written * 0.001),
    );
    if (guest.type === 'lxc')
      guest.swap = Math.round(clamp(guest.swap + rng.jitter(0, MiB), 0, guest.maxswap));
  }

  private moveNode(node: PveNode, guestCores: number, guestMem: number): void {
    const rng = this.rng;
    const online = this.cluster.isNodeOnline(node.name);
    node.cpu = online ? clamp(0.01 + guestCores / node.maxcpu + rng.between(0, 0.02), 0, 1) : 0;
    const ksmSaved = guestMem * 0.05;
    node.memUsed = Math.round(Math.min(node.baseMem + guestMem - ksmSaved, node.maxmem * 0.97));
    node.iowait = clamp(rng.between(0, 0.02) + node.cpu * 0.02, 0, 1);
    const current = node.cpu * node.maxcpu * rng.between(0.8, 1.2);
    node.load = [current, node.load[1] * 0.9 + current * 0.1, node.load[2] * 0.98 + current * 0.02];
    if (node.swapTotal > 0) {
      node.swapUsed = Math.round(
        clamp(node.swapUsed + rng.jitter(0, 16 * MiB), 0, node.swapTotal * 0.3),
      );
    }
    node.rootUsed = Math.min(node.rootUsed + rng.int(0, 64 * 1024), node.rootTotal - GiB);
  }
}
