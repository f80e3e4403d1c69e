#!/usr/bin/env node
import { CliError, parseArgs, USAGE } from './cli/parse-args';
import { ScenarioError } from './scenario/scenario';
import { startSimulator } from './simulator';
import { Simulator } from './simulator.types';

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);

    return;
  }
  const started = Date.now();
  const sim = await startSimulator(options.simulator);
  process.stdout.write(
    options.json ? `${JSON.stringify(summary(sim))}\n` : describe(sim, Date.now() - started),
  );
  const stop = () => void sim.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

function summary(sim: Simulator) {
  return {
    pve: { url: sim.pve.url, fingerprint: sim.fingerprints.pve, ...sim.credentials.pve },
    pbs: { url: sim.pbs.url, fingerprint: sim.fingerprints.pbs, ...sim.credentials.pbs },
    pmg: { url: sim.pmg.url, fingerprint: sim.fingerprints.pmg, ...sim.credentials.pmg },
    control: sim.control.url,
    blackhole: sim.blackhole.url,
  };
}

function describe(sim: Simulator, startupMs: number): string {
  const s = sim.scenario;
  const { pve, pbs, pmg } = sim.credentials;

  return [
    `Proxmox simulator: scenario ${s.name}, ${s.nodes.length} nodes, ` +
      `${sim.inventory().guests.length} guests (started in ${startupMs} ms)`,
    '',
    `PVE  ${sim.pve.url}   fingerprint ${sim.fingerprints.pve || '-'}`,
    `     user ${pve.user} / password ${pve.password}`,
    `     token ${pve.tokenId} = ${pve.tokenSecret}`,
    `PBS  ${sim.pbs.url}   fingerprint ${sim.fingerprints.pbs || '-'}`,
    `     user ${pbs.user} / password ${pbs.password}`,
    `     token ${pbs.tokenId} : ${pbs.tokenSecret}`,
    `PMG  ${sim.pmg.url}   fingerprint ${sim.fingerprints.pmg || '-'}`,
    `     user ${pmg.user} / password ${pmg.password}   (tickets only)`,
    '',
    `Control API  ${sim.control.url}   (POST /faults, DELETE /faults, POST /tick, GET /guests)`,
    `Blackhole    ${sim.blackhole.url}   (accepts, never answers)`,
    'Ctrl+C stops the simulator.',
    '',
  ].join('\n');
}

main().catch((error: unknown) => {
  const known = error instanceof CliError || error instanceof ScenarioError;
  process.stderr.write(`proxmox-sim: ${(error as Error).message}\n`);
  if (known) process.stderr.write(`\n${USAGE}\n`);
  process.exit(known ? 2 : 1);
});
