import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';

/** Bytes kept free before and after the body for one envelope written in place. */
const HEAD_ROOM = 64;
const TAIL_ROOM = 8;

/** The `/api/state` body serialized once per change; gzip made on first demand. */
export interface SerializedState {
  seq: number;
  body: Buffer;
  etag: string;
  gzip(): Buffer;
  /**
   * The body inside an envelope (`head` + body + `tail`). The first envelope asked for is
   * written around the body in the same allocation, so it costs no copy of the body; any other
   * envelope is a new buffer.
   */
  framed(head: string, tail: string): Buffer;
}

/**
 * Serializes a value into one buffer with room around it, so that the HTTP body and one
 * WebSocket envelope (`{"type":"rawData",...,"data":<body>}`) share the same bytes.
 */
export function serializeState(seq: number, value: unknown): SerializedState {
  const json = JSON.stringify(value);
  const length = Buffer.byteLength(json);
  const bytes = Buffer.allocUnsafeSlow(HEAD_ROOM + length + TAIL_ROOM);
  bytes.write(json, HEAD_ROOM, length, 'utf8');
  const body = bytes.subarray(HEAD_ROOM, HEAD_ROOM + length);
  let inPlace: { head: string; tail: string; frame: Buffer } | undefined;
  let gzipped: Buffer | undefined;

  const framed = (head: string, tail: string): Buffer => {
    if (inPlace?.head === head && inPlace.tail === tail) {
      return inPlace.frame;
    }
    const headBytes = Buffer.from(head);
    const tailBytes = Buffer.from(tail);
    if (inPlace || headBytes.length > HEAD_ROOM || tailBytes.length > TAIL_ROOM) {
      return Buffer.concat([headBytes, body, tailBytes]);
    }
    const start = HEAD_ROOM - headBytes.length;
    headBytes.copy(bytes, start);
    tailBytes.copy(bytes, HEAD_ROOM + length);
    inPlace = { head, tail, frame: bytes.subarray(start, HEAD_ROOM + length + tailBytes.length) };

    return inPlace.frame;
  };

  return {
    seq,
    body,
    etag: `"${seq}-${createHash('sha1').update(body).digest('base64url')}"`,
    // Level 1: half the time of the default 6 on a 20 MiB state, for about a fifth more bytes.
    gzip: () => (gzipped ??= gzipSync(body, { level: 1 })),
    framed,
  };
}
