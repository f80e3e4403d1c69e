import { parseDockerignore } from './dockerignore';

describe('parseDockerignore', () => {
  const ignored = parseDockerignore(
    [
      '# comment',
      '',
      '.git',
      '**/node_modules',
      'dist/',
      '*.log',
      '**/.env.*',
      '!.env.example',
    ].join('\n'),
  );

  it.each([
    ['.git/config', true],
    ['node_modules/x/index.js', true],
    ['apps/api/node_modules/y.js', true],
    ['dist/apps/api/main.js', true],
    ['build.log', true],
    ['apps/build.log', false],
    ['apps/web/.env.local', true],
    ['.env.example', false],
    ['package.json', false],
    ['apps/api/src/main.ts', false],
    ['distribution/file', false],
  ])('%s ignored: %p', (path, expected) => {
    expect(ignored(path)).toBe(expected);
  });

  it('uses ? for one character and escapes regex characters', () => {
    const match = parseDockerignore('file?.t+t');

    expect([match('file1.t+t'), match('file12.t+t'), match('file1.ttt')]).toEqual([
      true,
      false,
      false,
    ]);
  });
});
