import { Global, Module } from '@nestjs/common';

import { CryptoService } from './crypto.service';

/** Encryption of secrets at rest, available to every feature. */
@Global()
@Module({
  providers: [CryptoService],
  exports: [CryptoService],
})
export class CryptoModule {}
