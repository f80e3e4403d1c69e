import { Env } from '../env.decorator';
import { asFlag, asInt, asNumber, asString } from '../env-parsers';
import { IsCount, IsFlag, IsOptionalHttpUrl, IsOptionalText, IsPercent } from '../env-validators';

/** How and where the server runs, plus switches that change its behaviour as a whole. */
export class RuntimeSettings {
  @Env('DEMO_MODE', asFlag)
  @IsFlag()
  demoMode = false;

  @Env('PULSE_DOCKER', asFlag)
  @IsFlag()
  docker = false;

  @Env('PULSE_DEV', asFlag)
  @IsFlag()
  dev = false;

  @Env('NODE_ENV', asString)
  @IsOptionalText()
  nodeEnv?: string;

  /** Set by systemd for services it starts. */
  @Env('INVOCATION_ID', asString)
  @IsOptionalText()
  systemdInvocationId?: string;

  /** Set by Kubernetes in every pod. */
  @Env('KUBERNETES_SERVICE_HOST', asString)
  @IsOptionalText()
  kubernetesServiceHost?: string;

  /**
   * How far V8 lets the old generation grow past what its last full collection left, in
   * percent (see app/memory); 0 keeps V8's own factor, which goes up to 300%.
   */
  @Env('PULSE_HEAP_GROWTH_PERCENT', asInt)
  @IsCount(0, 300)
  heapGrowthPercent = 20;

  /** Also compact the heap between poll cycles, now and then (see app/memory). */
  @Env('PULSE_HEAP_COMPACTION', asFlag)
  @IsFlag()
  heapCompaction = true;

  /** Percent of the time the compaction pauses may take; 0 switches them off. */
  @Env('PULSE_HEAP_COMPACTION_BUDGET', asNumber)
  @IsPercent()
  heapCompactionBudgetPercent = 0.4;

  @Env('PULSE_DEV_ALLOW_CONTAINER_SSH', asFlag)
  @IsFlag()
  devAllowContainerSsh = false;

  @Env('PULSE_UPDATE_SERVER', asString)
  @IsOptionalHttpUrl()
  updateServer?: string;

  @Env('PULSE_SENSOR_PROXY_SOCKET', asString)
  @IsOptionalText()
  sensorProxySocket?: string;

  @Env('PULSE_INIT_CONFIG_DATA', asString, { secret: true })
  @IsOptionalText()
  initConfigData?: string;

  @Env('PULSE_INIT_CONFIG_FILE', asString)
  @IsOptionalText()
  initConfigFile?: string;

  @Env('PULSE_INIT_CONFIG_PASSPHRASE', asString, { secret: true })
  @IsOptionalText()
  initConfigPassphrase?: string;
}
