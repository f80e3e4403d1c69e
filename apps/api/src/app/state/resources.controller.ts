import { Controller, Get, NotFoundException, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type {
  BackupsResponse,
  GuestSnapshot,
  PbsInstance,
  StorageBackup,
  Storage,
  StorageDetail,
  StorageDetailResponse,
  StorageListResponse,
} from '@pulse/contracts';

import { StorageIdParam } from './dto/storage-id.param';
import { StateStore } from './state-store.service';

/** Read-only views of parts of the state: storage, backups and snapshots. */
@ApiTags('state')
@Controller('api')
export class ResourcesController {
  constructor(private readonly store: StateStore) {}

  @Get('storage')
  @ApiOperation({ summary: 'Every storage, as `/api/storage/:id` shows each' })
  @ApiOkResponse({ description: '`{"data": [storage], "timestamp": unix seconds}`' })
  allStorage(): StorageListResponse {
    const data = this.store.collect('storage').map((item) => this.detail(item));

    return { data, timestamp: nowSeconds() };
  }

  /**
   * One storage by id. API.md also documents `/api/storage/<node-id>`: an id that names no
   * storage but a node answers that node's storage as a list.
   */
  @Get('storage/:id')
  @ApiOperation({ summary: 'One storage by id, or the storage of one node by node id' })
  @ApiOkResponse({ description: '`{"data": storage | [storage], "timestamp": unix seconds}`' })
  storage(@Param() { id }: StorageIdParam): StorageDetailResponse | StorageListResponse {
    const all = this.store.collect('storage');
    const storage = all.find((item) => item.id === id);
    if (storage) {
      return { data: this.detail(storage), timestamp: nowSeconds() };
    }
    const node = this.store.collect('nodes').find((item) => item.id === id);
    if (node) {
      const ofNode = all.filter(
        (item) =>
          item.instance === node.instance && (item.nodes ?? [item.node]).includes(node.node),
      );

      return { data: ofNode.map((item) => this.detail(item)), timestamp: nowSeconds() };
    }
    throw new NotFoundException({ message: 'Storage not found', code: 'storage_not_found' });
  }

  @Get('backups')
  @ApiOperation({ summary: 'Every backup, task and snapshot of PVE, PBS and PMG' })
  backups(): BackupsResponse {
    return this.aggregate();
  }

  @Get('backups/unified')
  @ApiOperation({ summary: 'Same as /api/backups' })
  unified(): BackupsResponse {
    return this.aggregate();
  }

  @Get('backups/pve')
  @ApiOperation({ summary: 'Backups found on PVE storage' })
  pveBackups(): { backups: StorageBackup[] } {
    return { backups: this.store.collect('storageBackups') };
  }

  @Get('backups/pbs')
  @ApiOperation({ summary: 'The Proxmox Backup Server instances (with datastores and jobs)' })
  pbsInstances(): { instances: PbsInstance[] } {
    return { instances: this.store.collect('pbs') };
  }

  @Get('backups/:view')
  @ApiOperation({ summary: 'Any other view name answers the same as /api/backups' })
  anyView(): BackupsResponse {
    return this.aggregate();
  }

  @Get('snapshots')
  @ApiOperation({ summary: 'Snapshots of every VM and container' })
  snapshots(): { snapshots: GuestSnapshot[] } {
    return { snapshots: this.store.collect('guestSnapshots') };
  }

  /** The raw storage model: its ZFS pool when one was read, no `storage` and `avail`. */
  private detail(storage: Storage): StorageDetail {
    const { storage: _name, avail: _avail, ...detail } = storage;
    const zfsPool = this.store.zfsPool(storage.id);

    return zfsPool ? { ...detail, zfsPool } : detail;
  }

  private aggregate(): BackupsResponse {
    const state = this.store.snapshot();

    return {
      backups: state.backups,
      pveBackups: state.pveBackups,
      pbsBackups: state.pbsBackups,
      pmgBackups: state.pmgBackups,
      backupTasks: state.pveBackups.backupTasks,
      storageBackups: state.pveBackups.storageBackups,
      guestSnapshots: state.pveBackups.guestSnapshots,
    };
  }
}

function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}
