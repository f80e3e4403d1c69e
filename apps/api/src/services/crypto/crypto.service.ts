import { Injectable, Logger } from '@nestjs/common';
import { join } from 'node:path';

import { PulseConfig } from '../config/pulse-config';
import { EncryptionKeyError, KEY_FILE_NAME, createKeyFile, readKeyFile } from './key-file';
import { SecretBox } from './secret-box';

/**
 * Seals and opens secrets with the key in `<data dir>/.encryption.key`. The key is created on
 * the first write; reading a sealed secret without it is an error, never an empty value.
 */
@Injectable()
export class CryptoService {
  private readonly logger = new Logger(CryptoService.name);
  private box: SecretBox | undefined;

  constructor(private readonly config: PulseConfig) {}

  get keyPath(): string {
    return join(this.config.dataDir, KEY_FILE_NAME);
  }

  hasKey(): boolean {
    return this.box !== undefined || readKeyFile(this.config.dataDir) !== null;
  }

  seal(plain: string): string {
    return this.loadBox(true).seal(plain);
  }

  open(sealed: string): string {
    return this.loadBox(false).open(sealed);
  }

  private loadBox(createIfMissing: boolean): SecretBox {
    if (this.box) {
      return this.box;
    }

    let key = readKeyFile(this.config.dataDir);
    if (!key && !createIfMissing) {
      throw new EncryptionKeyError(
        `The encryption key ${this.keyPath} is missing, so stored credentials cannot be read. ` +
          'Restore the file from a backup of the data directory.',
      );
    }
    if (!key) {
      key = createKeyFile(this.config.dataDir);
      this.logger.log({ path: this.keyPath }, 'Created a new encryption key');
    }
    this.box = new SecretBox(key);

    return this.box;
  }
}
