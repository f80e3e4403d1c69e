import { AuthSettings } from './sections/auth.settings';
import { DiscoverySettings } from './sections/discovery.settings';
import { HistorySettings } from './sections/history.settings';
import { LoggingSettings } from './sections/logging.settings';
import { MockSettings } from './sections/mock.settings';
import { OidcSettings } from './sections/oidc.settings';
import { PollingSettings } from './sections/polling.settings';
import { ProxyAuthSettings } from './sections/proxy-auth.settings';
import { RuntimeSettings } from './sections/runtime.settings';
import { ServerSettings } from './sections/server.settings';

/** The settings classes, one per section of the configuration. */
export const CONFIG_SECTIONS = {
  server: ServerSettings,
  logging: LoggingSettings,
  runtime: RuntimeSettings,
  auth: AuthSettings,
  proxyAuth: ProxyAuthSettings,
  oidc: OidcSettings,
  polling: PollingSettings,
  discovery: DiscoverySettings,
  mock: MockSettings,
  history: HistorySettings,
};

export type ConfigSections = {
  [K in keyof typeof CONFIG_SECTIONS]: InstanceType<(typeof CONFIG_SECTIONS)[K]>;
};

/** The validated configuration, read once at start. Inject it by this class. */
export class PulseConfig implements ConfigSections {
  readonly server!: ServerSettings;
  readonly logging!: LoggingSettings;
  readonly runtime!: RuntimeSettings;
  readonly auth!: AuthSettings;
  readonly proxyAuth!: ProxyAuthSettings;
  readonly oidc!: OidcSettings;
  readonly polling!: PollingSettings;
  readonly discovery!: DiscoverySettings;
  readonly mock!: MockSettings;
  readonly history!: HistorySettings;

  constructor(
    /** Absolute path of the data directory. */
    readonly dataDir: string,
    /** The `.env` file in the data directory, when one was read. */
    readonly envFile: string | undefined,
    sections: ConfigSections,
  ) {
    Object.assign(this, sections);
  }
}
