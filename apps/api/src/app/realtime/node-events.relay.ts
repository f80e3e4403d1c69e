import { Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { filter, Subscription } from 'rxjs';

import { NodesService } from '../nodes/nodes.service';
import { RealtimeHub } from './realtime-hub.service';

/** Tells every client when a node was deleted (`node_deleted`), as the original did. */
@Injectable()
export class NodeEventsRelay implements OnModuleInit, OnModuleDestroy {
  private subscription: Subscription | undefined;

  constructor(
    private readonly nodes: NodesService,
    private readonly hub: RealtimeHub,
  ) {}

  onModuleInit(): void {
    this.subscription = this.nodes.changes$
      .pipe(filter((event) => event.kind === 'removed'))
      .subscribe((event) => {
        this.hub.broadcast('node_deleted', { nodeType: event.type }, { timestamp: true });
      });
  }

  onModuleDestroy(): void {
    this.subscription?.unsubscribe();
  }
}
