import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** One server-wide setting: a key and its JSON-encoded value. */
@Entity({ name: 'settings' })
export class SettingEntity {
  @PrimaryColumn({ type: 'varchar', length: 200 })
  key!: string;

  /** JSON text. */
  @Column({ type: 'text' })
  value!: string;

  @UpdateDateColumn({ name: 'updated_at' })
  updatedAt!: Date;
}
