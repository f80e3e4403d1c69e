import { createCredentials } from './auth/credentials';
import { ControlServer } from './control/control-server';
import { Blackhole } from './core/blackhole';
import { systemClock } from './core/clock';
import { Prng } from './core/prng';
import { Product, PRODUCTS } from './core/product';
import { FaultController } from './faults/fault-controller';
import { ProductServer } from './http/product-server';
import { createPbsRouter } from './pbs/pbs.routes';
import { PbsModel } from './pbs/pbs-model';
import { seedPbsHistory } from './pbs/pbs-seed';
import { createPmgRouter } from './pmg/pmg.routes';
import { PmgModel } from './pmg/pmg-model';
import { createProductServer, ListenerContext } from './product-listeners';
import { LiveUpdater } from './pve/model/live-updater';
import { buildPveCluster } from './pve/model/pve-builder';
import { createPveRouter } from './pve/routes/pve-router';
import { isLoopbackAddress } from './scenario/loopback';
import { resolveScenario } from './scenario/scenario';
import { SimulatorRuntime } from './simulator-runtime';
import { Fingerprints, Simulator, SimulatorOptions } from './simulator.types';
import { createSelfSignedCertificate, TlsMaterial } from './tls/certificate';

type Certificates = Partial<Record<Product, TlsMaterial>>;

/** Builds the data once, opens one listener per product plus the control API. */
export async function startSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const host = options.host ?? '127.0.0.1';
  if (!isLoopbackAddress(host)) throw new Error(`host ${host} is not a loopback address`);
  const tls = options.tls ?? true;
  const seed = options.seed ?? 42;
  const clock = options.clock ?? systemClock;
  const scenario = resolveScenario(options.scenario);
  const rng = new Prng(seed);
  const certificates = tls ? await createCertificates() : {};
  const fingerprints: Fingerprints = {
    pve: certificates.pve?.fingerprint ?? '',
    pbs: certificates.pbs?.fingerprint ?? '',
    pmg: certificates.pmg?.fingerprint ?? '',
  };
  const servers: Partial<Record<Product, ProductServer>> = {};
  const faults = new FaultController(rng.fork(5), (product) => rotate(product));

  const pbs = new PbsModel(scenario.pbs, clock, rng.fork(7));
  pbs.setFingerprint(fingerprints.pbs);
  const { cluster, lifecycle } = buildPveCluster({
    scenario,
    rng: rng.fork(9),
    clock,
    faults,
    pbs,
  });
  seedPbsHistory(pbs, rng.fork(13), scenario.backupDays);
  const pmg = new PmgModel(scenario.pmg, clock, rng.fork(17), seed);
  pmg.setFingerprint(fingerprints.pmg);
  const updater = new LiveUpdater(cluster, lifecycle, rng.fork(19));
  updater.refreshNodes();

  const context: ListenerContext = {
    host,
    clock,
    ticketLifetimeSeconds: options.ticketLifetimeSeconds ?? 7200,
    credentials: createCredentials(options.credentials),
    faults,
  };
  const ports = options.ports ?? {};
  const pveDeps = {
    cluster,
    lifecycle,
    fingerprint: () => fingerprints.pve,
    pbsReachable: () => !faults.isProductOffline('pbs'),
    cephFsid: cephFsid(rng.fork(23)),
  };
  servers.pve = createProductServer(
    {
      product: 'pve',
      router: createPveRouter(pveDeps),
      tls: certificates.pve,
      port: ports.pve ?? 0,
      isNodeOffline: (node) => !!cluster.findNode(node) && !cluster.isNodeOnline(node),
    },
    context,
  );
  servers.pbs = createProductServer(
    { product: 'pbs', router: createPbsRouter(pbs), tls: certificates.pbs, port: ports.pbs ?? 0 },
    context,
  );
  servers.pmg = createProductServer(
    { product: 'pmg', router: createPmgRouter(pmg), tls: certificates.pmg, port: ports.pmg ?? 0 },
    context,
  );

  async function rotate(product: Product): Promise<string> {
    const server = servers[product];
    if (!tls || !server) throw new Error('TLS is disabled; there is no certificate to rotate');
    const material = await createSelfSignedCertificate(commonName(product));
    server.setCertificate(material);
    fingerprints[product] = material.fingerprint;
    if (product === 'pbs') pbs.setFingerprint(material.fingerprint);
    if (product === 'pmg') pmg.setFingerprint(material.fingerprint);
    cluster.touch();

    return material.fingerprint;
  }

  const blackhole = new Blackhole(host);
  const productServers = [servers.pve, servers.pbs, servers.pmg];
  try {
    await Promise.all([...productServers.map((s) => s.listen()), blackhole.listen()]);
  } catch (error) {
    await Promise.all([...productServers.map((s) => s.close()), blackhole.close()]);
    throw error;
  }
  for (const fault of options.faults ?? []) faults.add(fault);

  const runtime = new SimulatorRuntime({
    cluster,
    lifecycle,
    updater,
    pbs,
    pmg,
    faults,
    tickSeconds: (options.tickMs || 1000) / 1000,
    describe: () => ({
      pve: servers.pve?.url,
      pbs: servers.pbs?.url,
      pmg: servers.pmg?.url,
      fingerprints,
      scenario: scenario.name,
      nodes: scenario.nodes.length,
      guests: cluster.guests.length,
    }),
  });
  const control = new ControlServer(runtime, host, ports.control ?? 0);
  await control.listen();
  const timer = startTimer(options.tickMs ?? 1000, () => runtime.tick());

  return {
    pve: listener(servers.pve),
    pbs: listener(servers.pbs),
    pmg: listener(servers.pmg),
    control: { url: control.url, port: control.boundTo },
    blackhole: {
      url: `https://${host.includes(':') ? `[${host}]` : host}:${blackhole.port}`,
      port: blackhole.port,
    },
    credentials: context.credentials,
    fingerprints,
    faults,
    scenario,
    tick: () => runtime.tick(),
    get ticks() {
      return runtime.ticks;
    },
    actions: {
      start: (vmid) => runtime.guestAction(vmid, 'start'),
      stop: (vmid) => runtime.guestAction(vmid, 'stop'),
      migrate: (vmid, target) => runtime.migrate(vmid, target),
    },
    inventory: () => runtime.inventory(),
    close: async () => {
      if (timer) clearInterval(timer);
      await Promise.all([
        ...productServers.map((s) => s.close()),
        blackhole.close(),
        control.close(),
      ]);
    },
  };
}

async function createCertificates(): Promise<Certificates> {
  const materials = await Promise.all(
    PRODUCTS.map((p) => createSelfSignedCertificate(commonName(p))),
  );

  return Object.fromEntries(PRODUCTS.map((p, i) => [p, materials[i]]));
}

function commonName(product: Product): string {
  return { pve: 'pve1.sim.invalid', pbs: 'pbs-sim.sim.invalid', pmg: 'pmg1.sim.invalid' }[product];
}

function listener(server: ProductServer) {
  return { url: server.url, port: server.port };
}

function startTimer(tickMs: number, tick: () => void): NodeJS.Timeout | undefined {
  if (tickMs <= 0) return undefined;
  const timer = setInterval(tick, tickMs);
  timer.unref();

  return timer;
}

function cephFsid(rng: Prng): string {
  const hex = rng.hex(32);

  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
