import { formatConsoleLine } from './console-stream';

describe('formatConsoleLine', () => {
  it('prints time, level, context, message and fields on one line', () => {
    const line = JSON.stringify({
      time: '2026-01-02T03:04:05.000Z',
      level: 'info',
      context: 'NodesService',
      msg: 'Node online',
      requestId: 'r-1',
      node: { id: 'pve1' },
    });

    expect(formatConsoleLine(line)).toBe(
      '2026-01-02T03:04:05.000Z INFO  [NodesService] Node online ' +
        'requestId=r-1 node={"id":"pve1"}\n',
    );
  });

  it('adds the stack of an error below the line', () => {
    const line = JSON.stringify({
      time: 't',
      level: 'error',
      msg: 'failed',
      err: { message: 'boom', stack: 'Error: boom\n    at here' },
    });

    expect(formatConsoleLine(line)).toBe('t ERROR failed\nError: boom\n    at here\n');
  });

  it('passes lines that are not JSON through', () => {
    expect(formatConsoleLine('plain text\n')).toBe('plain text\n');
  });
});
