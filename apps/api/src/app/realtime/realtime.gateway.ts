import { OnGatewayConnection, WebSocketGateway } from '@nestjs/websockets';
import { WS_PATH } from '@pulse/contracts';
import type { IncomingMessage } from 'node:http';
import type { WebSocket } from 'ws';

import { RealtimeHub } from './realtime-hub.service';
import { DEFAULT_REALTIME_TUNING } from './realtime-tuning';
import { modeOf } from './upgrade-request';

/**
 * `/ws` on the application's HTTP(S) server (through `PulseWsAdapter`, which refuses
 * upgrades before the handshake); every accepted socket goes to the hub.
 */
@WebSocketGateway({
  path: WS_PATH,
  perMessageDeflate: false,
  maxPayload: DEFAULT_REALTIME_TUNING.maxClientMessageBytes,
})
export class RealtimeGateway implements OnGatewayConnection {
  constructor(private readonly hub: RealtimeHub) {}

  handleConnection(socket: WebSocket, request: IncomingMessage): void {
    this.hub.attach(socket, modeOf(request.url));
  }
}
