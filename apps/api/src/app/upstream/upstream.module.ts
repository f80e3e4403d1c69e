import { Module } from '@nestjs/common';
import { UpstreamClientFactory } from './upstream-client.factory';

/** Clients for Proxmox VE, Backup Server and Mail Gateway APIs. */
@Module({
  providers: [UpstreamClientFactory],
  exports: [UpstreamClientFactory],
})
export class UpstreamModule {}
