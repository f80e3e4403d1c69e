import { Logger } from '@nestjs/common';

import { PulseConfig } from '../../services/config/pulse-config';
import { HeapGrowthService } from './heap-growth.service';

function start(heapGrowthPercent: number): number[] {
  const limits: number[] = [];
  const config = { runtime: { heapGrowthPercent } } as PulseConfig;
  new HeapGrowthService(config, (percent) => limits.push(percent)).onModuleInit();

  return limits;
}

describe('HeapGrowthService', () => {
  beforeEach(() => jest.spyOn(Logger.prototype, 'debug').mockImplementation(() => undefined));
  afterEach(() => jest.restoreAllMocks());

  it('limits the heap growth to the configured percent at start', () => {
    expect(start(20)).toEqual([20]);
    expect(start(150)).toEqual([150]);
  });

  it("leaves V8's own growth alone at 0", () => {
    expect(start(0)).toEqual([]);
  });
});
