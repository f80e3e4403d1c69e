import { startPulseServer } from './pulse-server';

export const BASE_URL_VARIABLE = 'PULSE_E2E_BASE_URL';

/** One server for the whole run; tests read its address from the environment. */
export default async function globalSetup(): Promise<void> {
  const server = await startPulseServer();

  process.env[BASE_URL_VARIABLE] = server.baseUrl;
  (globalThis as { pulseServer?: typeof server }).pulseServer = server;
}
