import { RunningServer } from './pulse-server';

export default async function globalTeardown(): Promise<void> {
  await (globalThis as { pulseServer?: RunningServer }).pulseServer?.stop();
}
