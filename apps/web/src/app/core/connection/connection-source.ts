/**
 * Something that watches the server and reports to the ConnectionStore: the live state's
 * WebSocket does.
 */
export abstract class ConnectionSource {
  abstract start(): void;
  abstract stop(): void;
}
