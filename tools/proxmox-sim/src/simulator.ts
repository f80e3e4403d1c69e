import { createCredentials } from './auth/credentials';
import { ControlServer } from './control/control-server';
import { Blackhole } from './core/blackhole';
import { systemClock } from './core/clock';
import { Prng } from './core/prng';
import { Product, PRODUCTS } from './core/product';
import { FaultController } from './faults/fault-controller';
import { ProductServer } from './http/product-server';
import { createPbsRouter } from './pbs/pbs.routes';
import { createPmgRouter } from './pmg/pmg.routes';
import { createProductServer, ListenerContext } from './product-listeners';
import { createPveRouter } from './pve/routes/pve-router';
import { isLoopbackAddress } from './scenario/loopback';
import { resolveScenario } from './scenario/scenario';
import { buildModels, Models } from './simulator-models';
import { SimulatorRuntime } from './simulator-runtime';
import { Fingerprints, Simulator, SimulatorOptions } from './simulator.types';
import { createSelfSignedCertificate, TlsMaterial } from './tls/certificate';

type Certificates = Partial<Record<Product, TlsMaterial>>;
type Servers = Record<Product, ProductServer>;

/** Builds the data once, opens one listener per product plus the control API. */
export async function startSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const host = options.host ?? '127.0.0.1';
  if (!isLoopbackAddress(host)) throw new Error(`host ${host} is not a loopback address`);
  const tls = options.tls ?? true;
  const seed = options.seed ?? 42;
  const clock = options.clock ?? systemClock;
  const scenario = resolveScenario(options.scenario);
  const rng = new Prng(seed);
  const certificates: Certificates = tls ? await createCertificates() : {};
  const fingerprints = fingerprintsOf(certificates);
  const started: { servers?: Servers } = {};
  const faults = new FaultController(rng.fork(5), (product) => {
    if (!started.servers) throw new Error('simulator is still starting');

    return rotate(product, started.servers[product], models, fingerprints);
  });
  const models = buildModels({ scenario, seed, clock, faults, fingerprints, rng });
  const context: ListenerContext = {
    host,
    clock,
    ticketLifetimeSeconds: options.ticketLifetimeSeconds ?? 7200,
    credentials: createCredentials(options.credentials),
    faults,
  };
  const servers = createServers(
    { models, certificates, context, fingerprints },
    options.ports ?? {},
  );
  started.servers = servers;
  const blackhole = await openListeners(Object.values(servers), new Blackhole(host));
  for (const fault of options.faults ?? []) faults.add(fault);

  return assemble({ options, models, servers, blackhole, context, fingerprints });
}

interface ServerInput {
  models: Models;
  certificates: Certificates;
  context: ListenerContext;
  fingerprints: Fingerprints;
}

function createServers(input: ServerInput, ports: NonNullable<SimulatorOptions['ports']>): Servers {
  const { models, certificates, context } = input;
  const { cluster } = models;
  const pveDeps = {
    cluster,
    lifecycle: models.lifecycle,
    fingerprint: () => input.fingerprints.pve,
    pbsReachable: () => !context.faults.isProductOffline('pbs'),
    cephFsid: models.cephFsid,
  };
  const pve = createProductServer(
    {
      product: 'pve',
      router: createPveRouter(pveDeps),
      tls: certificates.pve,
      port: ports.pve ?? 0,
      isNodeOffline: (node) => !!cluster.findNode(node) && !cluster.isNodeOnline(node),
    },
    context,
  );
  const pbsRouter = createPbsRouter(models.pbs);
  const pmgRouter = createPmgRouter(models.pmg);
  const pbs = createProductServer(
    { product: 'pbs', router: pbsRouter, tls: certificates.pbs, port: ports.pbs ?? 0 },
    context,
  );
  const pmg = createProductServer(
    { product: 'pmg', router: pmgRouter, tls: certificates.pmg, port: ports.pmg ?? 0 },
    context,
  );

  return { pve, pbs, pmg };
}

async function openListeners(servers: ProductServer[], blackhole: Blackhole): Promise<Blackhole> {
  try {
    await Promise.all([...servers.map((s) => s.listen()), blackhole.listen()]);
  } catch (error) {
    await Promise.all([...servers.map((s) => s.close()), blackhole.close()]);
    throw error;
  }

  return blackhole;
}

async function rotate(
  product: Product,
  server: ProductServer,
  models: Models,
  fingerprints: Fingerprints,
): Promise<string> {
  if (!server.usesTls) throw new Error('TLS is disabled; there is no certificate to rotate');
  const material = await createSelfSignedCertificate(commonName(product));
  server.setCertificate(material);
  fingerprints[product] = material.fingerprint;
  if (product === 'pbs') models.pbs.setFingerprint(material.fingerprint);
  if (product === 'pmg') models.pmg.setFingerprint(material.fingerprint);
  models.cluster.touch();

  return material.fingerprint;
}

interface Parts {
  options: SimulatorOptions;
  models: Models;
  servers: Servers;
  blackhole: Blackhole;
  context: ListenerContext;
  fingerprints: Fingerprints;
}

async function assemble(parts: Parts): Promise<Simulator> {
  const { options, models, servers, blackhole, context } = parts;
  const runtime = new SimulatorRuntime({
    ...models,
    faults: context.faults,
    tickSeconds: (options.tickMs || 1000) / 1000,
    describe: () => describe(parts),
  });
  const control = new ControlServer(runtime, context.host, options.ports?.control ?? 0);
  await control.listen();
  const timer = startTimer(options.tickMs ?? 1000, () => runtime.tick());
  const listeners = Object.values(servers);

  return {
    pve: { url: servers.pve.url, port: servers.pve.port },
    pbs: { url: servers.pbs.url, port: servers.pbs.port },
    pmg: { url: servers.pmg.url, port: servers.pmg.port },
    control: { url: control.url, port: control.boundTo },
    blackhole: { url: hostUrl(context.host, blackhole.port), port: blackhole.port },
    credentials: context.credentials,
    fingerprints: parts.fingerprints,
    faults: context.faults,
    scenario: models.cluster.scenario,
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
      await Promise.all([...listeners.map((s) => s.close()), blackhole.close(), control.close()]);
    },
  };
}

function describe(parts: Parts): Record<string, unknown> {
  const { servers, models } = parts;

  return {
    pve: servers.pve.url,
    pbs: servers.pbs.url,
    pmg: servers.pmg.url,
    fingerprints: parts.fingerprints,
    scenario: models.cluster.scenario.name,
    nodes: models.cluster.nodes.length,
    guests: models.cluster.guests.length,
  };
}

async function createCertificates(): Promise<Certificates> {
  const materials = await Promise.all(
    PRODUCTS.map((p) => createSelfSignedCertificate(commonName(p))),
  );

  return Object.fromEntries(PRODUCTS.map((p, i) => [p, materials[i]]));
}

function fingerprintsOf(certificates: Certificates): Fingerprints {
  return {
    pve: certificates.pve?.fingerprint ?? '',
    pbs: certificates.pbs?.fingerprint ?? '',
    pmg: certificates.pmg?.fingerprint ?? '',
  };
}

function commonName(product: Product): string {
  return { pve: 'pve1.sim.invalid', pbs: 'pbs-sim.sim.invalid', pmg: 'pmg1.sim.invalid' }[product];
}

function hostUrl(host: string, port: number): string {
  return `https://${host.includes(':') ? `[${host}]` : host}:${port}`;
}

function startTimer(tickMs: number, tick: () => void): NodeJS.Timeout | undefined {
  if (tickMs <= 0) return undefined;
  const timer = setInterval(tick, tickMs);
  timer.unref();

  return timer;
}
