import { parseDockerfile } from '../lib/dockerfile/dockerfile-parser';
import {
  copiesOf,
  envOf,
  finalStage,
  healthcheckOf,
  instructionsOf,
  runCommands,
  workdirOf,
} from '../lib/dockerfile/dockerfile-query';
import { parseCommand, splitWords } from '../lib/dockerfile/dockerfile-words';
import { readRepoFile } from '../lib/repo-files';

const dockerfile = parseDockerfile(readRepoFile('docker/Dockerfile'));
const stages = dockerfile.stages;
const runtime = finalStage(dockerfile);

const stageNamed = (name: string) => stages.find((stage) => stage.name === name);
const lastArgs = (keyword: string) => instructionsOf(runtime, keyword).at(-1)?.args ?? '';
const exec = (args: string) => {
  const command = parseCommand(args);

  return 'exec' in command ? command.exec : undefined;
};
const copyInto = (source: string) =>
  copiesOf(runtime).find((copy) => copy.sources.includes(source));

describe('docker/Dockerfile', () => {
  it('builds in several stages on the slim Node 20 image', () => {
    expect(stages.length).toBeGreaterThanOrEqual(3);
    stages.forEach((stage) => expect(stage.baseImage).toMatch(/^node:20(\.\d+)*-bookworm-slim$/));
  });

  it('installs python3, make and g++ in every stage that runs npm ci (better-sqlite3)', () => {
    const installing = stages.filter((stage) =>
      runCommands(stage).some((run) => run.includes('npm ci')),
    );

    expect(installing.length).toBeGreaterThanOrEqual(2);
    installing.forEach((stage) => {
      const apt = runCommands(stage).find((run) => run.includes('apt-get install'));
      expect(splitWords(apt ?? '')).toEqual(expect.arrayContaining(['python3', 'make', 'g++']));
    });
  });

  it('installs every dependency, then builds the api and the web app with Nx', () => {
    const build = stages[0];
    const runs = runCommands(build);
    const npmCi = runs.findIndex((run) => /^npm ci(\s|$)/.test(run) && !run.includes('--omit'));
    const nxBuild = runs.findIndex((run) => run.startsWith('npx nx run-many -t build -p '));

    expect(npmCi).toBeGreaterThanOrEqual(0);
    expect(nxBuild).toBeGreaterThan(npmCi);
    expect(splitWords(runs[nxBuild]).slice(6).sort()).toEqual(['api', 'web']);
    expect(copiesOf(build)[0].sources).toEqual(['package.json', 'package-lock.json']);
  });

  it('installs production dependencies only, from the lock file the api build writes', () => {
    const modules = copyInto('/app/node_modules');
    const depsStage = stageNamed(modules?.from ?? '');
    const depsRuns = runCommands(depsStage ?? runtime);

    expect(depsStage).toBeDefined();
    expect(depsRuns.some((run) => run.startsWith('npm ci --omit=dev'))).toBe(true);
    expect(depsRuns.filter((run) => /npm (ci|install)/.test(run))).toHaveLength(1);
    expect(copiesOf(depsStage ?? runtime)[0].sources).toEqual([
      '/src/dist/apps/api/package.json',
      '/src/dist/apps/api/package-lock.json',
    ]);
  });

  it('ships no compiler, no sources and no dev dependencies in the runtime stage', () => {
    const runs = runCommands(runtime).join('\n');

    expect(runs).not.toMatch(/npm (ci|install)|\bnx\b|g\+\+|python3/);
    expect(copiesOf(runtime).filter((copy) => !copy.from)).toEqual([
      expect.objectContaining({ sources: ['docker/healthcheck.cjs'] }),
    ]);
    copiesOf(runtime)
      .filter((copy) => copy.sources.some((source) => source.includes('node_modules')))
      .forEach((copy) => expect(copy.from).not.toBe(stages[0].name));
  });

  it('copies the built server and the built web app, and points the server at the web app', () => {
    const server = copyInto('/src/dist/apps/api');
    const web = copyInto('/src/dist/apps/web/browser');

    expect(server?.destination).toBe(workdirOf(runtime));
    expect(web?.destination).toBe(envOf(runtime)['PULSE_FRONTEND_DIR']);
    expect(exec(lastArgs('CMD'))?.at(-1)).toBe('main.js');
  });

  it('runs as a numeric non-root user that owns /data', () => {
    const [uid, gid] = lastArgs('USER').split(':');
    const runs = runCommands(runtime).join('\n');

    expect(uid).toMatch(/^[1-9]\d*$/);
    expect(runs).toContain(`useradd --system --uid ${uid}`);
    expect(runs).toContain(`chown ${uid}:${gid} /data`);
  });

  it('declares /data as the volume and the data directory, in Docker mode', () => {
    const env = envOf(runtime);

    expect(exec(lastArgs('VOLUME')) ?? splitWords(lastArgs('VOLUME'))).toEqual(['/data']);
    expect(env).toMatchObject({ PULSE_DATA_DIR: '/data', PULSE_DOCKER: 'true' });
  });

  it('runs the server with the malloc settings of npm start and the tools', () => {
    const malloc: Record<string, string> = JSON.parse(
      readRepoFile('tools/runtime/malloc-env.json'),
    );
    const start: string = JSON.parse(readRepoFile('package.json')).scripts.start;

    expect(Object.keys(malloc).length).toBeGreaterThan(0);
    expect(envOf(runtime)).toMatchObject(malloc);
    for (const [name, value] of Object.entries(malloc)) {
      expect(start).toContain(`${name}=${value} `);
    }
  });

  it('runs the server with the V8 flags of npm start and the tools', () => {
    const flags: string[] = JSON.parse(readRepoFile('tools/runtime/node-flags.json'));
    const start: string = JSON.parse(readRepoFile('package.json')).scripts.start;

    expect(flags.length).toBeGreaterThan(0);
    expect(exec(lastArgs('CMD'))).toEqual(['node', ...flags, 'main.js']);
    expect(start).toContain(`node ${flags.join(' ')} dist/apps/api/main.js`);
  });

  it('exposes the web port and the metrics port that the server is told to use', () => {
    const exposed = instructionsOf(runtime, 'EXPOSE').flatMap((expose) => splitWords(expose.args));
    const env = envOf(runtime);

    expect(exposed.map((port) => port.replace(/\/tcp$/, ''))).toEqual(['7655', '9091']);
    expect(env).toMatchObject({ FRONTEND_PORT: '7655', PULSE_METRICS_PORT: '9091' });
  });

  it('checks its health by running the copied health script with node', () => {
    const check = healthcheckOf(runtime);
    const script = copyInto('docker/healthcheck.cjs')?.destination;

    expect(check?.command).toEqual(['node', script]);
    expect(Object.keys(check?.options ?? {}).sort()).toEqual([
      'interval',
      'retries',
      'start-period',
      'timeout',
    ]);
  });

  it('stops on SIGTERM with tini as PID 1', () => {
    expect(lastArgs('STOPSIGNAL')).toBe('SIGTERM');
    expect(exec(lastArgs('ENTRYPOINT'))).toEqual(['/usr/bin/tini', '--']);
    expect(runCommands(runtime).join('\n')).toMatch(/apt-get install .*\btini\b/);
  });

  it('copies from earlier stages only', () => {
    stages.forEach((stage, index) => {
      const earlier = stages.slice(0, index).map((previous) => previous.name);
      copiesOf(stage)
        .filter((copy) => copy.from)
        .forEach((copy) => expect(earlier).toContain(copy.from));
    });
  });
});
