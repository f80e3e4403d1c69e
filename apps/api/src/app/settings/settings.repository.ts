import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';

import { SettingEntity } from './entities/setting.entity';

@Injectable()
export class SettingsRepository {
  constructor(
    @InjectRepository(SettingEntity) private readonly settings: Repository<SettingEntity>,
  ) {}

  findValue(key: string): Promise<SettingEntity | null> {
    return this.settings.findOneBy({ key });
  }

  async upsert(key: string, value: string): Promise<void> {
    await this.settings.upsert({ key, value }, ['key']);
  }

  async remove(key: string): Promise<boolean> {
    const result = await this.settings.delete({ key });

    return (result.affected ?? 0) > 0;
  }
}
