import { Clock } from './core/clock';
import { Prng } from './core/prng';
import { formatUuid } from './core/uuid';
import { FaultController } from './faults/fault-controller';
import { PbsModel } from './pbs/pbs-model';
import { seedPbsHistory } from './pbs/pbs-seed';
import { PmgModel } from './pmg/pmg-model';
import { LiveUpdater } from './pve/model/live-updater';
import { buildPveCluster } from './pve/model/pve-builder';
import { ResolvedScenario } from './scenario/scenario.types';
import { Fingerprints } from './simulator.types';

export interface ModelInput {
  scenario: ResolvedScenario;
  seed: number;
  clock: Clock;
  faults: FaultController;
  fingerprints: Fingerprints;
  rng: Prng;
}

/** Builds all data once, in a fixed order so the same seed always gives the same data. */
export function buildModels(input: ModelInput) {
  const { scenario, rng, clock, faults } = input;
  const pbs = new PbsModel(scenario.pbs, clock, rng.fork(7));
  pbs.setFingerprint(input.fingerprints.pbs);
  const { cluster, lifecycle } = buildPveCluster({
    scenario,
    rng: rng.fork(9),
    clock,
    faults,
    pbs,
  });
  seedPbsHistory(pbs, rng.fork(13), scenario.backupDays);
  const pmg = new PmgModel(scenario.pmg, clock, rng.fork(17), input.seed);
  pmg.setFingerprint(input.fingerprints.pmg);
  const updater = new LiveUpdater(cluster, lifecycle, rng.fork(19));
  updater.refreshNodes();

  return { pbs, cluster, lifecycle, pmg, updater, cephFsid: formatUuid(rng.fork(23).hex(32)) };
}

export type Models = ReturnType<typeof buildModels>;
