import { PassThrough } from 'node:stream';

import { modeOf, parseUpgradeUrl, refuseUpgrade } from './upgrade-request';

describe('modeOf', () => {
  it.each([
    ['/ws?delta=1', 'delta'],
    ['/ws?delta=true', 'delta'],
    ['/ws?protocol=delta&x=1', 'delta'],
    ['/ws', 'full'],
    ['/ws?delta=0', 'full'],
    ['/ws?delta=yes', 'full'],
    ['/ws?protocol=full', 'full'],
    [undefined, 'full'],
  ])('%s asks for %s', (path, mode) => {
    expect(modeOf(path)).toBe(mode);
  });
});

describe('parseUpgradeUrl', () => {
  it('answers the path without the query', () => {
    expect(parseUpgradeUrl('/ws?delta=1')?.pathname).toBe('/ws');
    expect(parseUpgradeUrl('/ws/')?.pathname).toBe('/ws/');
  });

  it('answers undefined for a target that is not a URL', () => {
    expect(parseUpgradeUrl('http://[bad')).toBeUndefined();
  });
});

describe('refuseUpgrade', () => {
  it('writes an HTTP answer with a JSON error and ends the socket', async () => {
    const socket = new PassThrough();
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    const ended = new Promise((resolve) => socket.on('end', resolve));

    refuseUpgrade(socket, 403, 'Origin not allowed');
    await ended;
    const text = Buffer.concat(chunks).toString();
    const [head, body] = text.split('\r\n\r\n');

    expect(head.split('\r\n')).toEqual([
      'HTTP/1.1 403 Forbidden',
      'Connection: close',
      'Content-Type: application/json',
      `Content-Length: ${Buffer.byteLength(body)}`,
    ]);
    expect(JSON.parse(body)).toEqual({ error: 'Origin not allowed' });
  });

  it('leaves a destroyed socket alone', () => {
    const socket = new PassThrough();
    socket.destroy();

    expect(() => refuseUpgrade(socket, 404, 'Not found')).not.toThrow();
  });
});
