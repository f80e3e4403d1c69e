import { isUpstreamError } from '../../../upstream';

/** One line for the warnings of a cycle: what was being read and why it failed. */
export function warningOf(what: string, error: unknown): string {
  return `${what}: ${messageOf(error)}`;
}

export function messageOf(error: unknown): string {
  if (error instanceof Error) {
    return error.message;
  }

  return String(error);
}

/** True for an upstream answer that says the node is down (595/596) rather than the instance. */
export function isNodeOffline(error: unknown): boolean {
  return isUpstreamError(error) && error.kind === 'offline';
}

/** Throws the signal's reason when the scheduler gave up on the cycle. */
export function checkAborted(signal: AbortSignal): void {
  if (signal.aborted) {
    throw signal.reason instanceof Error ? signal.reason : new Error('Poll cycle aborted');
  }
}
