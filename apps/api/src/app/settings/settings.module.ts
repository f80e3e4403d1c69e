import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { SettingEntity } from './entities/setting.entity';
import { SettingsRepository } from './settings.repository';
import { SettingsService } from './settings.service';

/** Key/value storage for server-wide settings; other features use `SettingsService`. */
@Module({
  imports: [TypeOrmModule.forFeature([SettingEntity])],
  providers: [SettingsRepository, SettingsService],
  exports: [SettingsService],
})
export class SettingsModule {}
