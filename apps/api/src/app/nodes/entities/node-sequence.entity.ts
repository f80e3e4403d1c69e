import type { NodeType } from '@pulse/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The next free id number per node type; only grows, so a deleted id is never handed out. */
@Entity({ name: 'node_sequences' })
export class NodeSequenceEntity {
  @PrimaryColumn({ type: 'varchar', length: 8 })
  type!: NodeType;

  @Column({ type: 'integer' })
  next!: number;
}
