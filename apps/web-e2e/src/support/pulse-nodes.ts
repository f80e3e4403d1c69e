import { SimulatedProduct } from './proxmox-simulator';

/** Registers a simulated PVE or PBS through Pulse's real node API, pinned to its certificate. */
export async function addInstance(
  baseUrl: string,
  type: 'pve' | 'pbs',
  name: string,
  product: SimulatedProduct,
): Promise<string> {
  const response = await fetch(`${baseUrl}/api/config/nodes`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      type,
      name,
      host: product.url,
      tokenName: product.tokenId,
      tokenValue: product.tokenSecret,
      fingerprint: product.fingerprint,
    }),
  });
  const body = (await response.json()) as { id?: string; error?: string };
  if (response.status !== 201 || !body.id) {
    throw new Error(`POST /api/config/nodes answered ${response.status}: ${JSON.stringify(body)}`);
  }

  return body.id;
}
