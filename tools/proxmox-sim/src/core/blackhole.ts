import { createServer, Server, Socket } from 'node:net';

/** A TCP listener that accepts connections and never writes a byte: for client timeouts. */
export class Blackhole {
  private readonly server: Server;
  private readonly sockets = new Set<Socket>();
  private boundPort = 0;

  constructor(private readonly host: string) {
    this.server = createServer((socket) => {
      this.sockets.add(socket);
      socket.on('error', () => socket.destroy());
      socket.on('close', () => this.sockets.delete(socket));
    });
  }

  get port(): number {
    return this.boundPort;
  }

  listen(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(0, this.host, () => {
        const address = this.server.address();
        this.boundPort = typeof address === 'object' && address ? address.port : 0;
        resolve();
      });
    });
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.server.close(() => resolve());
      for (const socket of this.sockets) socket.destroy();
    });
  }
}
