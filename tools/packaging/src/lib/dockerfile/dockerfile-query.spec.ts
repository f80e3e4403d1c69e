import { parseDockerfile } from './dockerfile-parser';
import {
  copiesOf,
  envOf,
  finalStage,
  healthcheckOf,
  instructionsOf,
  runCommands,
  workdirOf,
} from './dockerfile-query';

const stage = parseDockerfile(
  [
    'FROM node:20 AS app',
    'WORKDIR /app',
    'ENV A=1 B="two words"',
    'ENV A=3',
    'RUN --mount=type=cache,target=/root/.npm npm ci',
    'RUN ["node", "-e", "1"]',
    'COPY --from=build /src/dist ./',
    'WORKDIR web',
    'COPY ["a b.txt", "c", "./out/"]',
  ].join('\n'),
).stages[0];

describe('dockerfile queries', () => {
  it('lists RUN commands without their options, in either form', () => {
    expect(runCommands(stage)).toEqual(['npm ci', 'node -e 1']);
  });

  it('merges ENV instructions, later ones winning', () => {
    expect(envOf(stage)).toEqual({ A: '3', B: 'two words' });
  });

  it('resolves COPY destinations against the WORKDIR in effect', () => {
    expect(copiesOf(stage)).toEqual([
      { from: 'build', sources: ['/src/dist'], destination: '/app', line: 7 },
      { from: undefined, sources: ['a b.txt', 'c'], destination: '/app/web/out', line: 9 },
    ]);
    expect(workdirOf(stage)).toBe('/app/web');
    expect(instructionsOf(stage, 'WORKDIR')).toHaveLength(2);
  });

  it('rejects a COPY without a destination', () => {
    const broken = parseDockerfile('FROM a\nCOPY onlyone').stages[0];

    expect(() => copiesOf(broken)).toThrow(/line 2: COPY needs a source and a destination/);
  });

  it('reads the last HEALTHCHECK with its options and exec command', () => {
    const file = parseDockerfile(
      [
        'FROM a',
        'HEALTHCHECK CMD ["old"]',
        'FROM b',
        'HEALTHCHECK --interval=5s CMD ["node", "check.js"]',
      ].join('\n'),
    );
    const shellForm = parseDockerfile('FROM a\nHEALTHCHECK CMD curl -f http://x').stages[0];

    expect(healthcheckOf(finalStage(file))).toEqual({
      options: { interval: '5s' },
      command: ['node', 'check.js'],
    });
    expect(healthcheckOf(shellForm)).toEqual({ options: {}, command: undefined });
    expect(healthcheckOf(stage)).toBeUndefined();
  });
});
