import { UpstreamError } from '../errors/upstream-error';
import { PayloadDecoder, UpstreamTransport } from '../http/transport';
import { guestPath } from './pve-guests.client';
import {
  decodeAgentInfo,
  decodeFilesystems,
  decodeInterfaces,
  decodeOsInfo,
} from './pve-agent.decoders';
import {
  PveAgentFilesystem,
  PveAgentInfo,
  PveAgentInterface,
  PveAgentOsInfo,
} from './pve-agent.types';

export interface AgentTimeouts {
  fsinfoMs: number;
  networkMs: number;
  osinfoMs: number;
  versionMs: number;
  /** Extra attempts after a timeout (not after other errors). */
  retries: number;
  retryDelayMs: number;
}

export const DEFAULT_AGENT_TIMEOUTS: AgentTimeouts = {
  fsinfoMs: 15_000,
  networkMs: 10_000,
  osinfoMs: 10_000,
  versionMs: 10_000,
  retries: 1,
  retryDelayMs: 500,
};

/**
 * QEMU guest agent calls. A VM without a running agent answers HTTP 500 ("QEMU guest agent is not
 * running"); that surfaces as an `upstream5xx` error for which `isGuestAgentError` is true.
 */
export class PveAgentClient {
  constructor(
    private readonly transport: UpstreamTransport,
    private readonly timeouts: AgentTimeouts = DEFAULT_AGENT_TIMEOUTS,
  ) {}

  fsinfo(node: string, vmid: number): Promise<PveAgentFilesystem[]> {
    return this.call(node, vmid, 'get-fsinfo', decodeFilesystems, this.timeouts.fsinfoMs);
  }

  networkInterfaces(node: string, vmid: number): Promise<PveAgentInterface[]> {
    const command = 'network-get-interfaces';

    return this.call(node, vmid, command, decodeInterfaces, this.timeouts.networkMs);
  }

  osInfo(node: string, vmid: number): Promise<PveAgentOsInfo> {
    return this.call(node, vmid, 'get-osinfo', decodeOsInfo, this.timeouts.osinfoMs);
  }

  info(node: string, vmid: number): Promise<PveAgentInfo> {
    return this.call(node, vmid, 'info', decodeAgentInfo, this.timeouts.versionMs);
  }

  private async call<T>(
    node: string,
    vmid: number,
    command: string,
    decode: PayloadDecoder<T>,
    timeoutMs: number,
  ): Promise<T> {
    const path = `${guestPath('qemu', node, vmid)}/agent/${command}`;
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.transport.get(path, decode, { timeoutMs });
      } catch (error) {
        const timedOut = error instanceof UpstreamError && error.kind === 'timeout';
        if (!timedOut || attempt >= this.timeouts.retries) {
          throw error;
        }
        await delay(this.timeouts.retryDelayMs);
      }
    }
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
