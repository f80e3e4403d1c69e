import { BadRequestException } from '@nestjs/common';
import { NodeConfigRequest, NodeType } from '@pulse/contracts';

import { withRealm } from './node-defaults';
import { InvalidHostError, normalizeFingerprint, normalizeHost } from './node-host';

type NodeInput = Partial<NodeConfigRequest> & { type: NodeType };

/**
 * Trims and normalizes what the admin sent: canonical host, user with realm, fingerprint in
 * `AA:BB` form (an empty fingerprint stays empty, meaning "remove the pin").
 */
export function normalizeRequest<T extends NodeInput>(request: T): T & { host: string } {
  const normalized = { ...request };
  normalized.name = request.name?.trim();
  normalized.host = request.host === undefined ? undefined : hostOf(request.type, request.host);
  normalized.user = withRealm(request.type, request.user);
  normalized.tokenName = request.tokenName?.trim() || undefined;
  normalized.guestURL = request.guestURL?.trim() || undefined;
  normalized.fingerprint =
    request.fingerprint === undefined
      ? undefined
      : (normalizeFingerprint(request.fingerprint) ?? '');

  return normalized as T & { host: string };
}

function hostOf(type: NodeType, host: string): string {
  try {
    return normalizeHost(type, host);
  } catch (error) {
    if (error instanceof InvalidHostError) {
      throw new BadRequestException(error.message);
    }
    throw error;
  }
}
