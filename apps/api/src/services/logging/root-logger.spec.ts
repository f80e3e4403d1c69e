import { LoggingSettings } from '../config/sections/logging.settings';
import { LogCollector } from '../../test/log-collector';
import { createRootLogger } from './root-logger';

function settings(overrides: Partial<LoggingSettings> = {}): LoggingSettings {
  return Object.assign(new LoggingSettings(), { format: 'json', ...overrides });
}

describe('createRootLogger', () => {
  it('writes one JSON line per event with an ISO time and a level name', () => {
    const sink = new LogCollector();

    createRootLogger(settings(), sink).info({ node: 'pve1' }, 'Node online');

    expect(sink.entries()).toEqual([
      {
        level: 'info',
        time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        node: 'pve1',
        msg: 'Node online',
      },
    ]);
  });

  it('masks secrets in logged objects', () => {
    const sink = new LogCollector();

    createRootLogger(settings(), sink).info({ config: { password: 'hunter2' } }, 'saved');

    expect(sink.lines.join('')).not.toContain('hunter2');
    expect(sink.entries()[0]['config']).toEqual({ password: '[redacted]' });
  });

  it('drops events below the configured level', () => {
    const sink = new LogCollector();
    const logger = createRootLogger(settings({ level: 'warn' }), sink);

    logger.info('hidden');
    logger.warn('shown');

    expect(sink.entries().map((entry) => entry['msg'])).toEqual(['shown']);
  });

  it('writes readable lines in console format', () => {
    const sink = new LogCollector();

    createRootLogger(settings({ format: 'console' }), sink).warn('Disk almost full');

    expect(sink.lines[0]).toMatch(/^\d{4}-\S+ WARN {2}Disk almost full\n$/);
  });
});
