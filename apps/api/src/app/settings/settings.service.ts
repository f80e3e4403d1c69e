import { Injectable } from '@nestjs/common';

import { SettingsRepository } from './settings.repository';

/** Server-wide settings stored as JSON values under string keys. */
@Injectable()
export class SettingsService {
  constructor(private readonly repository: SettingsRepository) {}

  async get<T>(key: string): Promise<T | undefined> {
    const row = await this.repository.findValue(key);

    return row ? (JSON.parse(row.value) as T) : undefined;
  }

  async set<T>(key: string, value: T): Promise<void> {
    await this.repository.upsert(key, JSON.stringify(value));
  }

  delete(key: string): Promise<boolean> {
    return this.repository.remove(key);
  }
}
