import { NodeSequenceEntity } from '../../app/nodes/entities/node-sequence.entity';
import { NodeEntity } from '../../app/nodes/entities/node.entity';
import { SettingEntity } from '../../app/settings/entities/setting.entity';

/** Every entity, listed as classes (globs do not survive the webpack bundle). */
export const ENTITIES = [SettingEntity, NodeEntity, NodeSequenceEntity];
