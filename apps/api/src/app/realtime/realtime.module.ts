import { Module } from '@nestjs/common';

import { NodesModule } from '../nodes/nodes.module';
import { StateModule } from '../state/state.module';
import { NodeEventsRelay } from './node-events.relay';
import { RealtimeHub } from './realtime-hub.service';
import { RealtimeMetrics } from './realtime-metrics.service';
import { RealtimeController } from './realtime.controller';
import { RealtimeGateway } from './realtime.gateway';
import { StateFeed } from './state-feed.service';
import { UpgradeGate } from './upgrade-gate.service';

/**
 * The WebSocket endpoint `/ws`: live state for the web app, in full or as deltas, and event
 * messages. Other features send events with `RealtimeHub.broadcast` and may refuse upgrades
 * with `UpgradeGate.addGuard`. The application must use `PulseWsAdapter` (see `createPulseApp`).
 */
@Module({
  imports: [StateModule, NodesModule],
  controllers: [RealtimeController],
  providers: [
    RealtimeHub,
    RealtimeMetrics,
    StateFeed,
    UpgradeGate,
    RealtimeGateway,
    NodeEventsRelay,
  ],
  exports: [RealtimeHub, UpgradeGate],
})
export class RealtimeModule {}
