import type { ClusterEndpoint, NodeMonitoringFlags, NodeType } from '@pulse/contracts';
import { Column, CreateDateColumn, Entity, PrimaryColumn, Unique, UpdateDateColumn } from 'typeorm';

/** A monitored PVE, PBS or PMG instance. Secrets are stored sealed (AES-256-GCM). */
@Entity({ name: 'nodes' })
@Unique('UQ_nodes_type_seq', ['type', 'seq'])
export class NodeEntity {
  /** `<type>-<seq>`, e.g. `pve-0`; never reused. */
  @PrimaryColumn({ type: 'varchar', length: 32 })
  id!: string;

  @Column({ type: 'varchar', length: 8 })
  type!: NodeType;

  @Column({ type: 'integer' })
  seq!: number;

  /** Unique without regard to case. */
  @Column({ type: 'varchar', length: 100, unique: true, collation: 'NOCASE' })
  name!: string;

  @Column({ type: 'varchar', length: 255 })
  host!: string;

  @Column({ name: 'guest_url', type: 'varchar', length: 255, nullable: true })
  guestUrl!: string | null;

  @Column({ name: 'username', type: 'varchar', length: 128, nullable: true })
  user!: string | null;

  @Column({ name: 'password_sealed', type: 'text', nullable: true })
  passwordSealed!: string | null;

  @Column({ name: 'token_name', type: 'varchar', length: 128, nullable: true })
  tokenName!: string | null;

  @Column({ name: 'token_value_sealed', type: 'text', nullable: true })
  tokenValueSealed!: string | null;

  @Column({ type: 'varchar', length: 128, nullable: true })
  fingerprint!: string | null;

  @Column({ name: 'verify_ssl', type: 'boolean', default: false })
  verifySsl!: boolean;

  @Column({ type: 'simple-json' })
  monitoring!: NodeMonitoringFlags;

  @Column({ name: 'is_cluster', type: 'boolean', default: false })
  isCluster!: boolean;

  @Column({ name: 'cluster_name', type: 'varchar', length: 100, nullable: true })
  clusterName!: string | null;

  @Column({ name: 'cluster_endpoints', type: 'simple-json', nullable: true })
  clusterEndpoints!: ClusterEndpoint[] | null;

  @CreateDateColumn({ name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at' })
  updatedAt!: Date;
}
