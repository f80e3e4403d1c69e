import type WebSocket from 'ws';

import type { TestApp } from '../../../test/test-app';
import { RealtimeHub } from '../realtime-hub.service';
import { waitSoon, WsTestClient, wsUrl } from './ws-test-client';

/**
 * The clients a spec opens against its test app: `connect` remembers each one, `closeAll`
 * (for `afterEach`) closes them and waits until the hub has let go of every client.
 */
export function wsClientPool(testApp: () => TestApp) {
  const clients: WsTestClient[] = [];

  const connect = async (
    path = '/ws',
    headers: Record<string, string> = {},
    options: WebSocket.ClientOptions = {},
  ): Promise<WsTestClient> => {
    const client = await WsTestClient.connect(wsUrl(testApp().server, path), headers, options);
    clients.push(client);

    return client;
  };

  const closeAll = async (): Promise<void> => {
    await Promise.all(clients.splice(0).map((client) => client.close()));
    const hub = testApp().app.get(RealtimeHub);
    await waitSoon('every client to be gone', () => hub.clientCount === 0);
  };

  return { connect, closeAll };
}
