import {
  BadRequestException,
  ConflictException,
  Injectable,
  Logger,
  NotFoundException,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { NodeConfigRequest, NodeResponse, NodeTestResponse, NodeType } from '@pulse/contracts';
import { Observable, Subject } from 'rxjs';

import { CryptoService } from '../../services/crypto/crypto.service';
import { PollTarget } from '../polling/collectors/collector.types';
import { clusterEndpointsOf } from './domain/cluster-endpoints';
import { resolveFlags } from './domain/node-defaults';
import { toNodeResponse } from './domain/node-response';
import { NodeConfigDto, UpdateNodeDto } from './dto/node-config.dto';
import { NodeEntity } from './entities/node.entity';
import { NodeConnectionService, NodeConnectionSettings } from './node-connection.service';
import { normalizeRequest } from './domain/node-request';
import { NodesRepository } from './nodes.repository';

/** A node was added, changed or removed; pollers reconcile on it. */
export interface NodeConfigEvent {
  kind: 'added' | 'updated' | 'removed';
  id: string;
  type: NodeType;
}

/** Adds, changes, removes and tests the monitored PVE, PBS and PMG instances. */
@Injectable()
export class NodesService implements OnApplicationBootstrap {
  private readonly logger = new Logger(NodesService.name);
  private readonly connected = new Map<string, boolean>();
  private readonly events = new Subject<NodeConfigEvent>();

  constructor(
    private readonly nodes: NodesRepository,
    private readonly crypto: CryptoService,
    private readonly connection: NodeConnectionService,
  ) {}

  /** Refuses to start when stored credentials cannot be read, instead of dropping nodes. */
  async onApplicationBootstrap(): Promise<void> {
    const sample = await this.nodes.findOneWithSecret();
    if (sample) {
      this.crypto.open((sample.passwordSealed ?? sample.tokenValueSealed) as string);
    }
  }

  /** Every change of the node configuration, after it was stored. */
  get changes$(): Observable<NodeConfigEvent> {
    return this.events.asObservable();
  }

  /** Every configured node with its secrets opened, for the pollers. */
  async pollTargets(): Promise<PollTarget[]> {
    const nodes = await this.nodes.findAll();

    return nodes.map((node) => this.toPollTarget(node));
  }

  async pollTarget(id: string): Promise<PollTarget | undefined> {
    const node = await this.nodes.findById(id);

    return node ? this.toPollTarget(node) : undefined;
  }

  /** Records what the last poll or test said about reaching the node. */
  setConnected(id: string, connected: boolean): void {
    this.connected.set(id, connected);
  }

  async list(): Promise<NodeResponse[]> {
    const nodes = await this.nodes.findAll();

    return nodes.map((node) => toNodeResponse(node, this.connected.get(node.id) ?? false));
  }

  async create(request: NodeConfigDto): Promise<NodeEntity> {
    const input = normalizeRequest(request);
    requireCredentials(input);
    await this.requireFreeName(input.name);

    const { response, cluster } = await this.connection.test(this.settingsOf(input));
    const node = await this.nodes.create({
      type: input.type,
      name: input.name,
      host: input.host,
      guestUrl: input.guestURL ?? null,
      user: input.user ?? null,
      passwordSealed: this.sealOrNull(input.password),
      tokenName: input.tokenName ?? null,
      tokenValueSealed: this.sealOrNull(input.tokenValue),
      fingerprint: input.fingerprint ?? null,
      verifySsl: input.verifySSL ?? false,
      monitoring: resolveFlags(input.type, input),
      isCluster: cluster?.isCluster ?? false,
      clusterName: cluster?.clusterName ?? null,
      clusterEndpoints: cluster?.isCluster ? clusterEndpointsOf(cluster, input.host) : null,
    });
    this.connected.set(node.id, response.status === 'success');
    this.logger.log({ id: node.id, type: node.type, cluster: node.isCluster }, 'Node added');
    this.events.next({ kind: 'added', id: node.id, type: node.type });

    return node;
  }

  async update(id: string, request: UpdateNodeDto): Promise<NodeEntity> {
    const node = await this.require(id);
    if (request.type && request.type !== node.type) {
      throw new BadRequestException('The type of a node cannot change; add a new node instead');
    }
    const input = normalizeRequest({ ...withoutBlanks(request), type: node.type });
    if (input.name && input.name.toLowerCase() !== node.name.toLowerCase()) {
      await this.requireFreeName(input.name);
    }

    applyChanges(node, input);
    this.applySecrets(node, input);
    const saved = await this.nodes.save(node);
    this.logger.log({ id }, 'Node updated');
    this.events.next({ kind: 'updated', id, type: saved.type });

    return saved;
  }

  async remove(id: string): Promise<void> {
    const node = await this.require(id);
    await this.nodes.remove(id);
    this.connected.delete(id);
    this.logger.log({ id }, 'Node removed');
    this.events.next({ kind: 'removed', id, type: node.type });
  }

  /** Tests settings that are not stored (yet). */
  async testConfig(request: NodeConfigDto): Promise<NodeTestResponse> {
    const input = normalizeRequest(request);
    requireCredentials(input);

    return (await this.connection.test(this.settingsOf(input))).response;
  }

  async testStored(id: string): Promise<NodeTestResponse> {
    const node = await this.require(id);
    const { response } = await this.connection.test(this.storedSettings(node));
    this.connected.set(id, response.status === 'success');

    return response;
  }

  private settingsOf(input: NodeConfigRequest): NodeConnectionSettings {
    return {
      type: input.type,
      host: input.host,
      user: input.user,
      password: input.password,
      tokenName: input.tokenName,
      tokenValue: input.tokenValue,
      fingerprint: input.fingerprint,
      verifySSL: input.verifySSL ?? false,
    };
  }

  private toPollTarget(node: NodeEntity): PollTarget {
    return {
      ...this.storedSettings(node),
      id: node.id,
      name: node.name,
      monitoring: node.monitoring,
      isCluster: node.isCluster,
      clusterName: node.clusterName ?? undefined,
      clusterEndpoints: (node.clusterEndpoints ?? []).map((member) => ({
        nodeName: member.NodeName,
        host: member.Host,
        ip: member.IP,
      })),
    };
  }

  private storedSettings(node: NodeEntity): NodeConnectionSettings {
    return {
      type: node.type,
      host: node.host,
      user: node.user ?? undefined,
      password: node.passwordSealed ? this.crypto.open(node.passwordSealed) : undefined,
      tokenName: node.tokenName ?? undefined,
      tokenValue: node.tokenValueSealed ? this.crypto.open(node.tokenValueSealed) : undefined,
      fingerprint: node.fingerprint ?? undefined,
      verifySSL: node.verifySsl,
    };
  }

  /**
   * Empty secrets in an update keep the stored ones; a new password replaces a token. A new
   * token secret alone keeps the stored token name.
   */
  private applySecrets(node: NodeEntity, input: Partial<NodeConfigRequest>): void {
    if (input.password) {
      node.passwordSealed = this.crypto.seal(input.password);
      node.tokenName = null;
      node.tokenValueSealed = null;
    }
    if (input.tokenValue) {
      requireTokenAllowed(node.type, input.tokenName ?? node.tokenName);
      node.tokenValueSealed = this.crypto.seal(input.tokenValue);
      node.passwordSealed = null;
    }
    if (!node.passwordSealed && !node.tokenValueSealed) {
      throw new BadRequestException('Authentication credentials required');
    }
  }

  private sealOrNull(value: string | undefined): string | null {
    return value ? this.crypto.seal(value) : null;
  }

  private async requireFreeName(name: string): Promise<void> {
    if (await this.nodes.findByName(name)) {
      throw new ConflictException('A node with this name already exists');
    }
  }

  private async require(id: string): Promise<NodeEntity> {
    const node = await this.nodes.findById(id);
    if (!node) {
      throw new NotFoundException('Node not found');
    }

    return node;
  }
}

const PMG_PASSWORD_ONLY =
  'Proxmox Mail Gateway supports password login only: give user and password';

function requireCredentials(input: Partial<NodeConfigRequest>): void {
  const password = Boolean(input.user && input.password);
  const token = Boolean(input.tokenName && input.tokenValue);
  if (!password && !token) {
    throw new BadRequestException(
      'Authentication credentials required: give user and password, or tokenName and tokenValue',
    );
  }
  if (input.type === 'pmg' && !password) {
    throw new BadRequestException(PMG_PASSWORD_ONLY);
  }
}

/** In an update an empty name or host means "keep the stored one", as for the secrets. */
function withoutBlanks(request: UpdateNodeDto): UpdateNodeDto {
  const kept = { ...request };
  if (!kept.name?.trim()) {
    delete kept.name;
  }
  if (!kept.host?.trim()) {
    delete kept.host;
  }

  return kept;
}

function requireTokenAllowed(type: NodeType, tokenName: string | null | undefined): void {
  if (type === 'pmg') {
    throw new BadRequestException(PMG_PASSWORD_ONLY);
  }
  if (!tokenName) {
    throw new BadRequestException('A token secret needs its tokenName');
  }
}

function applyChanges(node: NodeEntity, input: Partial<NodeConfigRequest>): void {
  node.name = input.name ?? node.name;
  node.host = input.host ?? node.host;
  node.guestUrl = input.guestURL ?? node.guestUrl;
  node.user = input.user ?? node.user;
  node.tokenName = input.tokenName ?? node.tokenName;
  node.fingerprint = input.fingerprint === '' ? null : (input.fingerprint ?? node.fingerprint);
  node.verifySsl = input.verifySSL ?? node.verifySsl;
  node.monitoring = resolveFlags(node.type, input, node.monitoring);
}
