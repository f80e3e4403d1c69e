import { SimulatedProduct } from './proxmox-simulator';

/** Registers a simulated PVE through Pulse's real node API, pinned to its certificate. */
export async function addPveInstance(
  baseUrl: string,
  name: string,
  pve: SimulatedProduct,
): Promise<string> {
  const response = await fetch(`${baseUrl}/api/config/nodes`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      type: 'pve',
      name,
      host: pve.url,
      tokenName: pve.tokenId,
      tokenValue: pve.tokenSecret,
      fingerprint: pve.fingerprint,
    }),
  });
  const body = (await response.json()) as { id?: string; error?: string };
  if (response.status !== 201 || !body.id) {
    throw new Error(`POST /api/config/nodes answered ${response.status}: ${JSON.stringify(body)}`);
  }

  return body.id;
}
