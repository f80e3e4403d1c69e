import { request } from 'node:https';

/**
 * One GET against the simulator with an API token, bypassing Pulse's upstream client, so tests
 * can compare what Pulse derived with what the upstream said. Answers the envelope's `data`.
 */
export function rawGet<T = unknown>(baseUrl: string, path: string, authorization: string) {
  return new Promise<T>((resolve, reject) => {
    const req = request(
      `${baseUrl}/api2/json${path}`,
      { headers: { Authorization: authorization }, rejectUnauthorized: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          if ((res.statusCode ?? 500) >= 400) {
            reject(new Error(`GET ${path}: ${res.statusCode} ${text.slice(0, 200)}`));
          } else {
            resolve((JSON.parse(text) as { data: T }).data);
          }
        });
      },
    );
    req.on('error', reject);
    req.end();
  });
}

export const pveToken = (id: string, secret: string) => `PVEAPIToken=${id}=${secret}`;
export const pbsToken = (id: string, secret: string) => `PBSAPIToken=${id}:${secret}`;
