import { NodeResponse } from '@pulse/contracts';

import { NodeEntity } from '../entities/node.entity';

/** What `GET /api/config/nodes` shows of a stored node: never a secret, only whether one is set. */
export function toNodeResponse(node: NodeEntity, connected: boolean): NodeResponse {
  return {
    id: node.id,
    type: node.type,
    name: node.name,
    host: node.host,
    ...(node.guestUrl ? { guestURL: node.guestUrl } : {}),
    ...(node.user ? { user: node.user } : {}),
    hasPassword: node.passwordSealed !== null,
    ...(node.tokenName ? { tokenName: node.tokenName } : {}),
    hasToken: node.tokenValueSealed !== null,
    ...(node.fingerprint ? { fingerprint: node.fingerprint } : {}),
    verifySSL: node.verifySsl,
    ...node.monitoring,
    status: connected ? 'connected' : 'disconnected',
    ...(node.type === 'pve' ? clusterFields(node) : {}),
  };
}

function clusterFields(node: NodeEntity): Partial<NodeResponse> {
  return {
    isCluster: node.isCluster,
    ...(node.clusterName ? { clusterName: node.clusterName } : {}),
    ...(node.isCluster ? { clusterEndpoints: node.clusterEndpoints ?? [] } : {}),
  };
}
