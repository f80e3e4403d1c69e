import { execFile } from 'node:child_process';
import { X509Certificate } from 'node:crypto';

export interface TlsMaterial {
  key: string;
  cert: string;
  /** SHA-256 over the leaf certificate DER, upper-case hex pairs joined by ':'. */
  fingerprint: string;
}

/**
 * Node cannot build X.509 certificates by itself, so the system openssl makes a throwaway
 * self-signed one; key and certificate stay in memory (openssl writes them to stdout).
 */
export async function createSelfSignedCertificate(commonName: string): Promise<TlsMaterial> {
  const pem = await runOpenssl([
    'req',
    '-x509',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:prime256v1',
    '-nodes',
    '-keyout',
    '-',
    '-out',
    '-',
    '-days',
    '3650',
    '-subj',
    `/OU=Proxmox simulator/O=Pulse/CN=${commonName}`,
    '-addext',
    `subjectAltName=IP:127.0.0.1,IP:::1,DNS:localhost,DNS:${commonName}`,
  ]);
  const key = pemBlock(pem, 'PRIVATE KEY');
  const cert = pemBlock(pem, 'CERTIFICATE');

  return { key, cert, fingerprint: new X509Certificate(cert).fingerprint256 };
}

function runOpenssl(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('openssl', args, { timeout: 15000 }, (error, stdout, stderr) => {
      if (error) {
        reject(new Error(`openssl failed: ${stderr.trim() || error.message}`));
      } else {
        resolve(stdout);
      }
    });
  });
}

function pemBlock(text: string, label: string): string {
  const match = new RegExp(`-----BEGIN ${label}-----[\\s\\S]+?-----END ${label}-----`).exec(text);
  if (!match) throw new Error(`openssl output has no ${label} block`);

  return `${match[0]}\n`;
}
