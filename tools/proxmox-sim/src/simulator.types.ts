import { CredentialOverrides, SimulatorCredentials } from './auth/credentials';
import { GuestSummary, NodeSummary } from './control/simulator-control';
import { Clock } from './core/clock';
import { FaultController } from './faults/fault-controller';
import { FaultInput } from './faults/fault.types';
import { PresetName, ResolvedScenario, ScenarioSpec } from './scenario/scenario.types';

export interface SimulatorOptions {
  /** Loopback only (127.0.0.0/8, ::1, localhost). Default 127.0.0.1. */
  host?: string;
  /** Self-signed HTTPS (default) or plain HTTP. */
  tls?: boolean;
  scenario?: ScenarioSpec | PresetName;
  seed?: number;
  /** Interval of automatic live-data steps; 0 disables the timer (drive `tick()` by hand). */
  tickMs?: number;
  ports?: { pve?: number; pbs?: number; pmg?: number; control?: number };
  /** Milliseconds since epoch; inject to test ticket expiry. */
  clock?: Clock;
  ticketLifetimeSeconds?: number;
  credentials?: CredentialOverrides;
  /** Faults active from the start (CLI flags use this). */
  faults?: FaultInput[];
}

export interface Listener {
  url: string;
  port: number;
}

export interface Fingerprints {
  pve: string;
  pbs: string;
  pmg: string;
}

export interface Simulator {
  pve: Listener;
  pbs: Listener;
  pmg: Listener;
  control: Listener;
  /** Accepts TCP connections and never answers (not even a TLS handshake). */
  blackhole: Listener;
  credentials: SimulatorCredentials;
  /** Updated in place when a certificate is rotated. */
  fingerprints: Fingerprints;
  faults: FaultController;
  scenario: ResolvedScenario;
  tick(): void;
  readonly ticks: number;
  actions: {
    start(vmid: number): GuestSummary;
    stop(vmid: number): GuestSummary;
    migrate(vmid: number, target: string): GuestSummary;
  };
  inventory(): { nodes: NodeSummary[]; guests: GuestSummary[] };
  close(): Promise<void>;
}
