import { hashUnit } from '../core/prng';
import { ApiError, Enveloped } from '../http/api-error';
import { intParam } from '../http/params';
import { RouteContext, Router } from '../http/router';
import { PmgModel, PmgNode, QueueName } from './pmg-model';

const QUEUES: QueueName[] = ['deferred', 'active', 'incoming', 'hold'];
const DOMAINS = ['example.com', 'example.net', 'example.org'];
const AGE_BUCKETS = ['0', '5', '10', '20', '40', '80', '160', '320', '640', '1280', '1280+'];

type NodeResolver = (pmg: PmgModel, ctx: RouteContext) => PmgNode;

/** Postfix queue index (a directory listing, not counts), queue contents and qshape. */
export function registerPostfixRoutes(router: Router, pmg: PmgModel, node: NodeResolver): void {
  router
    .get('/nodes/{node}/postfix/queue', (ctx) => {
      node(pmg, ctx);

      return QUEUES.map((name) => ({ name }));
    })
    .get('/nodes/{node}/postfix/queue/{queue}', (ctx) => queueContent(pmg, node(pmg, ctx), ctx))
    .get('/nodes/{node}/postfix/qshape', (ctx) => qshape(node(pmg, ctx), ctx));
}

function queueName(value: string | null | undefined): QueueName {
  const name = value ?? 'deferred';
  if (!QUEUES.includes(name as QueueName)) {
    throw new ApiError(400, 'Parameter verification failed.', {
      queue: 'value not in enumeration',
    });
  }

  return name as QueueName;
}

function queueContent(pmg: PmgModel, node: PmgNode, ctx: RouteContext) {
  const queue = queueName(ctx.params['queue']);
  const start = intParam(ctx.query, 'start', 0) ?? 0;
  const limit = intParam(ctx.query, 'limit', 50) ?? 50;
  const total = node.queues[queue];
  const now = pmg.now();
  const rows = Array.from({ length: Math.max(0, Math.min(limit, total - start)) }, (_, i) => {
    const n = start + i;
    const h = (k: number) => hashUnit(node.cid, QUEUES.indexOf(queue), n, k);

    return {
      queue_id: Math.floor(h(0) * 0xffffffffff)
        .toString(16)
        .toUpperCase()
        .padStart(10, '0'),
      size: Math.round(2000 + h(1) * 80000),
      arrival_time: now - Math.round(h(2) * 86400),
      sender: `user${Math.floor(h(3) * 90)}@${DOMAINS[Math.floor(h(4) * 3)]}`,
      receivers: `info@${DOMAINS[Math.floor(h(5) * 3)]}`,
      ...(queue === 'deferred'
        ? { reason: 'connect to mx.example.net[192.0.2.25]:25: Connection timed out' }
        : {}),
    };
  });

  return new Enveloped(rows, { total });
}

function qshape(node: PmgNode, ctx: RouteContext) {
  const queue = queueName(ctx.query.get('queue'));
  const total = node.queues[queue];
  const perDomain = DOMAINS.map((domain, d) => {
    const count = Math.round(total * [0.5, 0.3, 0.2][d]);

    return { domain, total: count, ...spread(count) };
  });

  return [{ domain: 'TOTAL', total, ...spread(total) }, ...perDomain];
}

function spread(count: number): Record<string, number> {
  const row: Record<string, number> = Object.fromEntries(AGE_BUCKETS.map((b) => [b, 0]));
  row['0'] = Math.ceil(count * 0.4);
  row['10'] = Math.floor(count * 0.3);
  row['80'] = count - row['0'] - row['10'];

  return row;
}
