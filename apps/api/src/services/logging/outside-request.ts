import { storage } from 'nestjs-pino/storage';

/**
 * Runs `work` outside the log context of the HTTP request that triggered it. Timers and
 * promise chains started by `work` then log without that request's id, which matters for
 * long-lived work such as pollers that a request merely starts.
 */
export function outsideRequest<T>(work: () => T): T {
  return storage.exit(work);
}
