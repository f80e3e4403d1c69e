import { Env } from '../env.decorator';
import { asFlag, asInt, asNumber } from '../env-parsers';
import { IsCount, IsFlag, IsPercent } from '../env-validators';

/** Synthetic monitoring data instead of real Proxmox connections. */
export class MockSettings {
  @Env('PULSE_MOCK_MODE', asFlag)
  @IsFlag()
  enabled = false;

  @Env('PULSE_MOCK_NODES', asInt)
  @IsCount(0, 1000)
  nodes = 7;

  @Env('PULSE_MOCK_VMS_PER_NODE', asInt)
  @IsCount(0, 10_000)
  vmsPerNode = 5;

  @Env('PULSE_MOCK_LXCS_PER_NODE', asInt)
  @IsCount(0, 10_000)
  lxcsPerNode = 8;

  @Env('PULSE_MOCK_DOCKER_HOSTS', asInt)
  @IsCount(0, 1000)
  dockerHosts = 3;

  @Env('PULSE_MOCK_DOCKER_CONTAINERS', asInt)
  @IsCount(0, 10_000)
  dockerContainers = 12;

  @Env('PULSE_MOCK_GENERIC_HOSTS', asInt)
  @IsCount(0, 1000)
  genericHosts = 4;

  @Env('PULSE_MOCK_RANDOM_METRICS', asFlag)
  @IsFlag()
  randomMetrics = true;

  @Env('PULSE_MOCK_STOPPED_PERCENT', asNumber)
  @IsPercent()
  stoppedPercent = 20;
}
