import { Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

const LABELS = ['method', 'route', 'status'] as const;

/** The process's Prometheus registry with the default and HTTP metrics, all `pulse_`-prefixed. */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();

  private readonly requests = new Counter({
    name: 'pulse_http_requests_total',
    help: 'HTTP requests answered, by method, route pattern and status code.',
    labelNames: LABELS,
    registers: [this.registry],
  });

  private readonly durations = new Histogram({
    name: 'pulse_http_request_duration_seconds',
    help: 'Time to answer HTTP requests, by method, route pattern and status code.',
    labelNames: LABELS,
    registers: [this.registry],
  });

  private readonly errors = new Counter({
    name: 'pulse_http_request_errors_total',
    help: 'HTTP requests answered with a 4xx or 5xx status, by method, route and status class.',
    labelNames: ['method', 'route', 'status_class'],
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'pulse_' });
  }

  recordRequest(method: string, route: string, status: number, seconds: number): void {
    const labels = { method, route, status: String(status) };
    this.requests.inc(labels);
    this.durations.observe(labels, seconds);
    if (status >= 400) {
      this.errors.inc({ method, route, status_class: `${Math.floor(status / 100)}xx` });
    }
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  render(): Promise<string> {
    return this.registry.metrics();
  }
}
