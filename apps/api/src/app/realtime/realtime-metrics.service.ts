import { Injectable } from '@nestjs/common';
import { Counter, Gauge } from 'prom-client';

import { MetricsService } from '../../services/metrics/metrics.service';
import { ClientObserver } from './ws-client';

/** The hub's Prometheus metrics, on the process registry. */
@Injectable()
export class RealtimeMetrics implements ClientObserver {
  private readonly clients: Gauge;
  private readonly messages: Counter<'type'>;
  private readonly bytes: Counter;
  private readonly coalescedMessages: Counter<'type'>;
  private readonly droppedMessages: Counter<'type'>;
  private readonly disconnects: Counter<'reason'>;
  private readonly rejections: Counter<'status'>;

  constructor(metrics: MetricsService) {
    const registers = [metrics.registry];
    this.clients = new Gauge({
      name: 'pulse_websocket_clients',
      help: 'WebSocket clients connected to /ws.',
      registers,
    });
    this.messages = new Counter({
      name: 'pulse_websocket_messages_sent_total',
      help: 'Messages written to WebSocket clients, by message type.',
      labelNames: ['type'],
      registers,
    });
    this.bytes = new Counter({
      name: 'pulse_websocket_bytes_sent_total',
      help: 'Payload bytes written to WebSocket clients.',
      registers,
    });
    this.coalescedMessages = new Counter({
      name: 'pulse_websocket_messages_coalesced_total',
      help: 'Messages merged into a newer one while a slow client was behind, by type.',
      labelNames: ['type'],
      registers,
    });
    this.droppedMessages = new Counter({
      name: 'pulse_websocket_messages_dropped_total',
      help: 'Messages not queued because a slow client queue was full, by type.',
      labelNames: ['type'],
      registers,
    });
    this.disconnects = new Counter({
      name: 'pulse_websocket_client_drops_total',
      help: 'Clients disconnected by the server: slow (behind or queue full) or unresponsive.',
      labelNames: ['reason'],
      registers,
    });
    this.rejections = new Counter({
      name: 'pulse_websocket_upgrades_rejected_total',
      help: 'WebSocket upgrade requests refused before the handshake, by HTTP status.',
      labelNames: ['status'],
      registers,
    });
  }

  setClients(count: number): void {
    this.clients.set(count);
  }

  sent(type: string, bytes: number): void {
    this.messages.inc({ type });
    this.bytes.inc(bytes);
  }

  coalesced(type: string): void {
    this.coalescedMessages.inc({ type });
  }

  dropped(type: string): void {
    this.droppedMessages.inc({ type });
  }

  clientDropped(reason: 'slow' | 'unresponsive'): void {
    this.disconnects.inc({ reason });
  }

  upgradeRejected(status: number): void {
    this.rejections.inc({ status: String(status) });
  }
}
