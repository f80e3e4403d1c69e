import { execFile } from 'node:child_process';
import { X509Certificate } from 'node:crypto';

export interface TestCertificate {
  key: string;
  cert: string;
  /** `AA:BB:...` as PVE shows it. */
  fingerprint: string;
}

/**
 * A throwaway self-signed certificate for 127.0.0.1, made by the system openssl at test time and
 * kept in memory only (nothing is written to disk or committed).
 */
export function makeTestCertificate(commonName = 'upstream-test'): Promise<TestCertificate> {
  const args = [
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
    '2',
    '-subj',
    `/CN=${commonName}`,
    '-addext',
    'subjectAltName=IP:127.0.0.1,DNS:localhost',
  ];

  return new Promise((resolve, reject) => {
    execFile('openssl', args, { timeout: 15_000 }, (error, stdout, stderr) => {
      if (error) {
        reject(new Error(`openssl failed: ${stderr || error.message}`));
        return;
      }
      const key = block(stdout, 'PRIVATE KEY');
      const cert = block(stdout, 'CERTIFICATE');
      resolve({ key, cert, fingerprint: new X509Certificate(cert).fingerprint256 });
    });
  });
}

function block(pem: string, label: string): string {
  const match = new RegExp(`-----BEGIN ${label}-----[\\s\\S]+?-----END ${label}-----`).exec(pem);
  if (!match) {
    throw new Error(`openssl printed no ${label}`);
  }

  return `${match[0]}\n`;
}
