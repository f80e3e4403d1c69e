/// <reference types="jest" />
import type { SchedulerHealthResponse } from '@pulse/contracts';

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const BREAKER_STATES = ['closed', 'open', 'half_open'];
const MAX_DEAD_LETTER_TASKS = 25;

type Json = Record<string, unknown>;

/**
 * Checks a `GET /api/monitoring/scheduler/health` body against the documented shape
 * (api-inventory.md §2.13): every key, every type, optional keys only where allowed, and the
 * counts agreeing with each other. Throws a jest assertion error naming the first bad field.
 */
export function expectSchedulerHealthShape(body: unknown): SchedulerHealthResponse {
  const top = object(body, 'body');
  keys(
    top,
    'body',
    ['updatedAt', 'enabled', 'queue', 'deadLetter', 'instances'],
    ['breakers', 'staleness'],
  );
  time(top['updatedAt'], 'updatedAt');
  expect(typeof top['enabled']).toBe('boolean');

  const instances = array(top['instances'], 'instances');
  instances.forEach((item, i) => instanceShape(item, `instances[${i}]`));
  const present = instances.filter((item) => (item['deadLetter'] as Json)['present'] === true);

  queueShape(object(top['queue'], 'queue'), instances.length - present.length);
  deadLetterShape(object(top['deadLetter'], 'deadLetter'), present.length);
  if ('breakers' in top) {
    const breakers = array(top['breakers'], 'breakers');
    expect(breakers.length).toBeGreaterThan(0);
    breakers.forEach((item, i) => breakerSummaryShape(item, `breakers[${i}]`));
  }
  if ('staleness' in top) {
    const staleness = array(top['staleness'], 'staleness');
    expect(staleness).toHaveLength(instances.length);
    staleness.forEach((item, i) => stalenessShape(item, `staleness[${i}]`));
  }

  return body as SchedulerHealthResponse;
}

function queueShape(queue: Json, notDeadLettered: number): void {
  keys(queue, 'queue', ['depth', 'dueWithinSeconds', 'perType']);
  const depth = count(queue['depth'], 'queue.depth');
  expect(depth).toBeLessThanOrEqual(notDeadLettered);
  expect(count(queue['dueWithinSeconds'], 'queue.dueWithinSeconds')).toBeLessThanOrEqual(depth);
  const perType = object(queue['perType'], 'queue.perType');
  const sum = Object.entries(perType).reduce(
    (total, [type, value]) => total + count(value, `queue.perType.${type}`),
    0,
  );
  expect(sum).toBe(depth);
}

function deadLetterShape(deadLetter: Json, present: number): void {
  keys(deadLetter, 'deadLetter', ['count', 'tasks']);
  expect(count(deadLetter['count'], 'deadLetter.count')).toBe(present);
  const tasks = array(deadLetter['tasks'], 'deadLetter.tasks');
  expect(tasks).toHaveLength(Math.min(present, MAX_DEAD_LETTER_TASKS));
  tasks.forEach((task, i) => {
    const at = `deadLetter.tasks[${i}]`;
    keys(task, at, ['instance', 'type', 'nextRun', 'failures'], ['lastError']);
    text(task['instance'], `${at}.instance`);
    text(task['type'], `${at}.type`);
    time(task['nextRun'], `${at}.nextRun`);
    count(task['failures'], `${at}.failures`);
    if ('lastError' in task) text(task['lastError'], `${at}.lastError`);
  });
}

function breakerSummaryShape(item: Json, at: string): void {
  keys(item, at, ['instance', 'type', 'state', 'failures'], ['retryAt']);
  text(item['instance'], `${at}.instance`);
  text(item['type'], `${at}.type`);
  expect(BREAKER_STATES).toContain(item['state']);
  count(item['failures'], `${at}.failures`);
  if ('retryAt' in item) time(item['retryAt'], `${at}.retryAt`);
}

function stalenessShape(item: Json, at: string): void {
  keys(item, at, ['instance', 'type', 'score', 'lastSuccess'], ['lastError']);
  text(item['instance'], `${at}.instance`);
  text(item['type'], `${at}.type`);
  expect(typeof item['score']).toBe('number');
  expect(item['score']).toBeGreaterThanOrEqual(0);
  expect(item['score']).toBeLessThanOrEqual(1);
  time(item['lastSuccess'], `${at}.lastSuccess`);
  if ('lastError' in item) time(item['lastError'], `${at}.lastError`);
}

function instanceShape(item: Json, at: string): void {
  keys(item, at, [
    'key',
    'type',
    'displayName',
    'instance',
    'connection',
    'pollStatus',
    'breaker',
    'deadLetter',
  ]);
  for (const key of ['type', 'displayName', 'instance', 'connection']) {
    text(item[key], `${at}.${key}`);
  }
  expect(item['key']).toBe(`${item['type']}::${item['instance']}`);

  const poll = object(item['pollStatus'], `${at}.pollStatus`);
  keys(
    poll,
    `${at}.pollStatus`,
    ['consecutiveFailures'],
    ['lastSuccess', 'lastError', 'firstFailureAt'],
  );
  const failures = count(poll['consecutiveFailures'], `${at}.pollStatus.consecutiveFailures`);
  optionalTimes(poll, `${at}.pollStatus`, ['lastSuccess', 'firstFailureAt']);
  expect('firstFailureAt' in poll).toBe(failures > 0);
  if ('lastError' in poll) {
    const error = object(poll['lastError'], `${at}.pollStatus.lastError`);
    keys(error, `${at}.pollStatus.lastError`, ['at', 'message', 'category']);
    time(error['at'], `${at}.pollStatus.lastError.at`);
    text(error['message'], `${at}.pollStatus.lastError.message`);
    expect(['transient', 'permanent']).toContain(error['category']);
  }

  const breaker = object(item['breaker'], `${at}.breaker`);
  keys(breaker, `${at}.breaker`, ['state', 'failureCount'], ['since', 'lastTransition', 'retryAt']);
  expect(BREAKER_STATES).toContain(breaker['state']);
  count(breaker['failureCount'], `${at}.breaker.failureCount`);
  optionalTimes(breaker, `${at}.breaker`, ['since', 'lastTransition', 'retryAt']);
  expect('retryAt' in breaker).toBe(breaker['state'] === 'open');

  deadLetterEntryShape(object(item['deadLetter'], `${at}.deadLetter`), `${at}.deadLetter`);
}

function deadLetterEntryShape(entry: Json, at: string): void {
  const details = ['reason', 'firstAttempt', 'lastAttempt', 'retryCount', 'nextRetry'];
  expect(typeof entry['present']).toBe('boolean');
  if (entry['present'] !== true) {
    keys(entry, at, ['present']);

    return;
  }
  keys(entry, at, ['present', ...details]);
  expect(['max_retry_attempts', 'permanent_failure']).toContain(entry['reason']);
  optionalTimes(entry, at, ['firstAttempt', 'lastAttempt', 'nextRetry']);
  count(entry['retryCount'], `${at}.retryCount`);
}

function keys(value: Json, at: string, required: string[], optional: string[] = []): void {
  const actual = Object.keys(value);
  const unexpected = actual.filter((key) => !required.includes(key) && !optional.includes(key));
  const missing = required.filter((key) => !actual.includes(key));
  expect({ at, unexpected, missing }).toEqual({ at, unexpected: [], missing: [] });
}

function optionalTimes(value: Json, at: string, names: string[]): void {
  for (const name of names.filter((key) => key in value)) {
    time(value[name], `${at}.${name}`);
  }
}

function object(value: unknown, at: string): Json {
  expect({
    at,
    isObject: typeof value === 'object' && value !== null && !Array.isArray(value),
  }).toEqual({ at, isObject: true });

  return value as Json;
}

function array(value: unknown, at: string): Json[] {
  expect({ at, isArray: Array.isArray(value) }).toEqual({ at, isArray: true });
  (value as unknown[]).forEach((item, i) => object(item, `${at}[${i}]`));

  return value as Json[];
}

function text(value: unknown, at: string): string {
  expect({ at, type: typeof value }).toEqual({ at, type: 'string' });
  expect((value as string).length).toBeGreaterThan(0);

  return value as string;
}

function time(value: unknown, at: string): void {
  expect({ at, value }).toEqual({ at, value: expect.stringMatching(RFC3339) });
}

function count(value: unknown, at: string): number {
  expect({ at, whole: Number.isInteger(value) && (value as number) >= 0 }).toEqual({
    at,
    whole: true,
  });

  return value as number;
}
