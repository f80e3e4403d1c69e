import type { Response } from 'express';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';

/**
 * Sends a JSON body that is made a piece at a time, gzipped (level 1, on libuv's pool) when the
 * client takes it. The pieces are made as the socket drains, so a large answer never exists as
 * one string or buffer. Answers whether the whole body was sent (false: the client went away).
 */
export async function sendJsonPieces(
  res: Response,
  pieces: Iterable<string>,
  gzip: boolean,
): Promise<boolean> {
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Vary', 'Accept-Encoding');
  const source = Readable.from(pieces);
  try {
    if (gzip) {
      res.setHeader('Content-Encoding', 'gzip');
      await pipeline(source, createGzip({ level: 1 }), res);
    } else {
      await pipeline(source, res);
    }

    return true;
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ERR_STREAM_PREMATURE_CLOSE') {
      return false;
    }
    throw error;
  }
}
