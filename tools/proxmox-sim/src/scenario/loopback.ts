import { isIPv4 } from 'node:net';

export function isLoopbackAddress(address: string): boolean {
  if (address === '::1' || address === 'localhost') return true;

  return isIPv4(address) && address.startsWith('127.');
}

/** Node i gets 127.0.0.(i+1); past 254 nodes the third octet grows (still inside 127/8). */
export function loopbackForIndex(index: number): string {
  const third = Math.floor(index / 254);
  const fourth = (index % 254) + 1;

  return `127.0.${third}.${fourth}`;
}
