import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { NodeType } from '@pulse/contracts';
import { DataSource, EntityManager, IsNull, Not } from 'typeorm';

import { NodeEntity } from './entities/node.entity';
import { NodeSequenceEntity } from './entities/node-sequence.entity';

export type NewNode = Omit<NodeEntity, 'id' | 'seq' | 'createdAt' | 'updatedAt'>;

@Injectable()
export class NodesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findAll(): Promise<NodeEntity[]> {
    return this.nodes().find({ order: { type: 'ASC', seq: 'ASC' } });
  }

  findById(id: string): Promise<NodeEntity | null> {
    return this.nodes().findOneBy({ id });
  }

  /** Case-insensitive, as the column's collation. */
  findByName(name: string): Promise<NodeEntity | null> {
    return this.nodes().findOneBy({ name });
  }

  /** Any node holding a sealed secret, to check the key at start. */
  findOneWithSecret(): Promise<NodeEntity | null> {
    return this.nodes().findOne({
      where: [{ passwordSealed: Not(IsNull()) }, { tokenValueSealed: Not(IsNull()) }],
    });
  }

  /** Inserts the node under the next never-used id of its type, in one transaction. */
  create(node: NewNode): Promise<NodeEntity> {
    return this.dataSource.transaction(async (manager) => {
      const seq = await this.allocate(manager, node.type);
      const entity = manager.create(NodeEntity, { ...node, id: `${node.type}-${seq}`, seq });

      return manager.save(entity);
    });
  }

  save(node: NodeEntity): Promise<NodeEntity> {
    return this.nodes().save(node);
  }

  async remove(id: string): Promise<boolean> {
    const result = await this.nodes().delete({ id });

    return (result.affected ?? 0) > 0;
  }

  private async allocate(manager: EntityManager, type: NodeType): Promise<number> {
    const sequences = manager.getRepository(NodeSequenceEntity);
    const current = await sequences.findOneBy({ type });
    const seq = current?.next ?? 0;
    await sequences.save({ type, next: seq + 1 });

    return seq;
  }

  private nodes() {
    return this.dataSource.getRepository(NodeEntity);
  }
}
