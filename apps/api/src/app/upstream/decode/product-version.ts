import { decodeObject, Shape, str, text } from './shape';

/** `GET /version` on PVE, PBS and PMG. */
export interface ProductVersion {
  version: string;
  release?: string;
  repoid?: string;
}

const versionShape: Shape<ProductVersion> = { version: text, release: str, repoid: str };

export function decodeVersion(data: unknown): ProductVersion {
  return decodeObject(data, versionShape);
}
