import { parseDockerfile } from './dockerfile-parser';

describe('parseDockerfile', () => {
  it('joins continuation lines into one instruction and keeps the first line number', () => {
    const file = parseDockerfile(
      ['FROM debian', 'RUN apt-get update \\', '  && apt-get install -y tini', 'USER 1000'].join(
        '\n',
      ),
    );

    expect(file.stages[0].instructions).toEqual([
      { keyword: 'RUN', args: 'apt-get update && apt-get install -y tini', line: 2 },
      { keyword: 'USER', args: '1000', line: 4 },
    ]);
  });

  it('drops comment and blank lines, also inside a continued instruction', () => {
    const file = parseDockerfile(
      ['# a comment', 'FROM debian', 'RUN one \\', '# inside', '', '  two', '', 'CMD x'].join('\n'),
    );

    expect(file.stages[0].instructions.map((item) => item.args)).toEqual(['one two', 'x']);
  });

  it('reads parser directives and honours another escape character', () => {
    const file = parseDockerfile(
      ['# syntax=docker/dockerfile:1', '# escape=`', 'FROM windows', 'RUN a `', '  b'].join('\r\n'),
    );

    expect(file.directives).toEqual({ syntax: 'docker/dockerfile:1', escape: '`' });
    expect(file.stages[0].instructions[0].args).toBe('a b');
  });

  it('splits stages at FROM, names them and substitutes global ARG defaults', () => {
    const file = parseDockerfile(
      [
        'ARG BASE=node:20-slim',
        'FROM ${BASE} AS Build',
        'RUN make',
        'FROM $BASE',
        'COPY --from=build /out /app',
      ].join('\n'),
    );

    expect(file.globalArgs).toEqual({ BASE: 'node:20-slim' });
    expect(file.stages.map(({ name, baseImage }) => ({ name, baseImage }))).toEqual([
      { name: 'build', baseImage: 'node:20-slim' },
      { name: undefined, baseImage: 'node:20-slim' },
    ]);
    expect(file.stages[1].instructions[0].keyword).toBe('COPY');
  });

  it('treats keywords case-insensitively', () => {
    const file = parseDockerfile('from alpine as base\nrun echo hi');

    expect(file.stages[0].name).toBe('base');
    expect(file.stages[0].instructions[0]).toEqual({ keyword: 'RUN', args: 'echo hi', line: 2 });
  });

  it.each([
    ['no FROM at all', 'RUN true', /only ARG may come before/],
    ['an empty file', '', /no FROM instruction/],
    ['a dangling continuation', 'FROM a\nRUN b \\', /ends inside a continued instruction/],
    ['a heredoc', 'FROM a\nRUN <<EOF\necho\nEOF', /heredocs are not supported/],
    ['an unreadable FROM', 'FROM a b', /cannot read "FROM a b"/],
  ])('rejects %s', (_name, text, message) => {
    expect(() => parseDockerfile(text)).toThrow(message);
  });
});
