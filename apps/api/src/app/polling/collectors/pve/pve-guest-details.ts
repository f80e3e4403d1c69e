import type { GuestMetadataOptions } from '../collector-options';
import { warningOf } from '../shared/errors';
import { BackgroundWork, runWithinBudget } from '../shared/budget';
import {
  agentErrorReason,
  agentNetwork,
  containerNetwork,
  osFields,
  summarizeFilesystems,
} from './pve-agent.normalize';
import type { PveCycle } from './pve-cycle';
import type { ContainerDetails, VmDetails } from './pve-guests.normalize';
import { STATUS_TIMEOUT_MS, type VmStatus } from './pve-vm-status';

/** A guest as the details cache needs to know it. */
export interface GuestRef {
  id: string;
  node: string;
  vmid: number;
  type: 'qemu' | 'lxc';
  running: boolean;
}

interface Entry {
  vm: VmDetails;
  container: ContainerDetails;
  /** When the next read is due (ms); 0 means never read. */
  nextDue: number;
  osDue: number;
  wasRunning: boolean;
  inFlight: boolean;
}

const AGENT_DOWN = new Set(['agent-not-running', 'agent-disabled']);

/**
 * Per-guest details that cost one call per guest: the VM's agent switch (`status/current`) and
 * the guest agent (file systems, network, OS), container interfaces. Each guest is read at most
 * once per refresh interval (plus jitter), a bounded number per cycle, a few calls at a time;
 * the cycle waits for them only up to a time budget.
 */
export class GuestDetailsCache {
  private readonly entries = new Map<string, Entry>();
  private readonly background = new BackgroundWork();

  constructor(
    private readonly options: GuestMetadataOptions,
    private readonly random: () => number,
    /** This cycle's VM status when already read (saves a second call per VM). */
    private readonly statusOf: (id: string, now: number) => VmStatus | undefined = () => undefined,
  ) {}

  vm(id: string): VmDetails | undefined {
    const entry = this.entries.get(id);

    return entry?.nextDue ? entry.vm : undefined;
  }

  container(id: string): ContainerDetails | undefined {
    return this.entries.get(id)?.container;
  }

  async refresh(cycle: PveCycle, guests: readonly GuestRef[]): Promise<void> {
    const due = this.track(guests, cycle.now);
    const failures: unknown[] = [];
    const work = runWithinBudget(due, {
      limit: this.options.maxConcurrent,
      budgetMs: this.options.budgetMs,
      signal: cycle.signal,
      run: (guest) => this.read(cycle, guest, failures),
    });
    const finished = await work.withinBudget;
    if (!finished) {
      this.background.keep(work.done);
    }
    if (failures.length) {
      const what = `Details of ${failures.length} guest(s) on ${cycle.target.name}`;
      cycle.warnings.push(warningOf(what, failures[0]));
    }
  }

  /** Waits for reads still running from earlier cycles (they fail fast once the client closes). */
  settle(): Promise<void> {
    return this.background.settle();
  }

  /** Forgets guests that are gone and answers the running ones whose details are due. */
  private track(guests: readonly GuestRef[], now: number): GuestRef[] {
    const present = new Set(guests.map((guest) => guest.id));
    for (const id of this.entries.keys()) {
      if (!present.has(id)) this.entries.delete(id);
    }
    const due: { guest: GuestRef; at: number }[] = [];
    for (const guest of guests) {
      const entry = this.entryOf(guest.id);
      const started = guest.running && !entry.wasRunning;
      entry.wasRunning = guest.running;
      if (guest.running && !entry.inFlight && (started || entry.nextDue <= now)) {
        due.push({ guest, at: started ? 0 : entry.nextDue });
      }
    }
    due.sort((a, b) => a.at - b.at);

    return due.slice(0, this.options.perCycle).map((item) => item.guest);
  }

  private entryOf(id: string): Entry {
    let entry = this.entries.get(id);
    if (!entry) {
      entry = { vm: {}, container: {}, nextDue: 0, osDue: 0, wasRunning: false, inFlight: false };
      this.entries.set(id, entry);
    }

    return entry;
  }

  private async read(cycle: PveCycle, guest: GuestRef, failures: unknown[]): Promise<void> {
    const entry = this.entryOf(guest.id);
    entry.inFlight = true;
    try {
      if (guest.type === 'qemu') {
        await this.readVm(cycle, guest, entry);
      } else {
        await this.readContainer(cycle, guest, entry);
      }
      entry.nextDue = cycle.now + this.options.refreshMs + this.random() * this.options.jitterMs;
    } catch (error) {
      failures.push(error);
      entry.nextDue = cycle.now + this.options.retryBackoffMs;
    } finally {
      entry.inFlight = false;
    }
  }

  /** Addresses from the interfaces, the root volume (device of the root disk) from the config. */
  private async readContainer(cycle: PveCycle, guest: GuestRef, entry: Entry): Promise<void> {
    const { guests } = cycle.client;
    const [interfaces, config] = await Promise.all([
      guests.lxcInterfaces(guest.node, guest.vmid),
      guests.config('lxc', guest.node, guest.vmid).catch(() => undefined),
    ]);
    entry.container.network = containerNetwork(interfaces);
    const rootfs = config?.['rootfs']?.split(',')[0];
    if (rootfs) {
      entry.container.rootDevice = rootfs;
    }
  }

  private async readVm(cycle: PveCycle, guest: GuestRef, entry: Entry): Promise<void> {
    const status =
      this.statusOf(guest.id, cycle.now) ??
      (await cycle.client.guests.qemuStatus(guest.node, guest.vmid, {
        timeoutMs: STATUS_TIMEOUT_MS,
      }));
    entry.vm.agentEnabled = status.agent === true;
    if (!entry.vm.agentEnabled) {
      entry.vm.agentDisks = undefined;
      entry.vm.network = undefined;

      return;
    }
    await this.readAgent(cycle, guest, entry);
  }

  private async readAgent(cycle: PveCycle, guest: GuestRef, entry: Entry): Promise<void> {
    const { agent } = cycle.client;
    try {
      entry.vm.agentDisks = summarizeFilesystems(await agent.fsinfo(guest.node, guest.vmid));
    } catch (error) {
      const reason = agentErrorReason(error);
      entry.vm.agentDisks = { reason };
      if (AGENT_DOWN.has(reason)) {
        entry.vm.network = undefined;

        return;
      }
    }
    await ignoreFailure(async () => {
      entry.vm.network = agentNetwork(await agent.networkInterfaces(guest.node, guest.vmid));
    });
    if (entry.osDue <= cycle.now) {
      await ignoreFailure(() => this.readOs(cycle, guest, entry));
    }
  }

  private async readOs(cycle: PveCycle, guest: GuestRef, entry: Entry): Promise<void> {
    const { agent } = cycle.client;
    const os = osFields(await agent.osInfo(guest.node, guest.vmid));
    const info = await agent.info(guest.node, guest.vmid).catch(() => undefined);
    entry.vm.osName = os.osName;
    entry.vm.osVersion = os.osVersion;
    entry.vm.agentVersion = info?.version ?? entry.vm.agentVersion;
    entry.osDue = cycle.now + this.options.osInfoRefreshMs;
  }
}

/** Network and OS details are extras: a failure keeps what was read before. */
async function ignoreFailure(read: () => Promise<void>): Promise<void> {
  try {
    await read();
  } catch {
    // The previous values stay; the next refresh tries again.
  }
}
