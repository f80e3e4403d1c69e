/**
 * Something that watches the server and reports to the ConnectionStore. The health poller
 * is the first one; the WebSocket client will take its place.
 */
export abstract class ConnectionSource {
  abstract start(): void;
  abstract stop(): void;
}
